/// An action string of a statement, looked up in the catalog once for all rules (and once per
/// catalog for all policies: see ``IAMCatalog/resolve(_:)``).
struct ResolvedAction: Sendable {
    enum Kind: Sendable {
        /// `*`: every action of every service.
        case everything
        /// A catalogued action, named exactly (in any case).
        case exact(CatalogAction)
        /// A wildcard name in a known service, and how many actions it matches (maybe none).
        case pattern(matches: Int)
        /// A wildcard in the service prefix (`s*:Get*`); matched prefixes.
        case servicePattern([String])
        case unknownService
        /// A known service without this action.
        case unknownAction
        /// Text without `service:`.
        case malformed
        /// A Terraform interpolation or variable: cannot be checked.
        case unresolved
    }

    /// The action as written.
    let text: String
    /// `text` lowercased, for comparing with lists of action names.
    let lowercased: String
    let service: String
    let name: String
    let kind: Kind
    /// The ARN formats a statement can scope this action to, or `nil` when it cannot be scoped:
    /// an action without resource types, or one that is unknown. Empty for `*` and service
    /// wildcards, whose formats depend on the resource (see `WildcardResourceRule`).
    let scopedFormats: [ARNFormat]?

    /// Whether the text has `*` or `?`.
    var isWildcard: Bool { Glob.hasWildcard(text) }

    init(_ text: String, catalog: IAMCatalog) {
        let (service, name, kind, patternFormats) = Self.resolve(text, catalog: catalog)
        self.text = text
        self.lowercased = text.lowercased()
        self.service = service
        self.name = name
        self.kind = kind
        switch kind {
        case .everything, .servicePattern: scopedFormats = []
        case .exact(let action): scopedFormats = action.supportsResourceLevelPermissions ? action.formats : nil
        case .pattern:
            // Each format once, in the order of the matched actions (sorted by name, so stable).
            scopedFormats = patternFormats.isEmpty ? nil : patternFormats
        case .unknownService, .unknownAction, .malformed, .unresolved: scopedFormats = nil
        }
    }

    /// The service, the name, the kind and, for a pattern, the formats of the actions it matches.
    private static func resolve(_ text: String, catalog: IAMCatalog) -> (String, String, Kind, [ARNFormat]) {
        let (service, name, kind) = classify(text, catalog: catalog)
        guard case .pattern = kind, let serviceCatalog = catalog.service(service) else { return (service, name, kind, []) }
        let (count, formats) = serviceCatalog.formats(ofActionsMatching: name)
        return (service, name, .pattern(matches: count), formats)
    }

    private static func classify(_ text: String, catalog: IAMCatalog) -> (String, String, Kind) {
        if text == "*" { return ("*", "*", .everything) }
        // The byte check first: Foundation's `contains` of a string is slow on Linux.
        if text.utf8.contains(UInt8(ascii: "$")), text.contains("${") {
            let parts = text.split(separator: ":", maxSplits: 1)
            return (String(parts.first ?? ""), parts.count > 1 ? String(parts[1]) : "", .unresolved)
        }
        guard let colon = text.firstIndex(of: ":") else {
            return ("", text, .malformed)
        }
        let service = String(text[..<colon]).lowercased()
        let name = String(text[text.index(after: colon)...])
        if Glob.hasWildcard(service) {
            let glob = Glob(service)
            let matched = catalog.servicePrefixes.filter(glob.matches).sorted()
            return (service, name, matched.isEmpty ? .unknownService : .servicePattern(matched))
        }
        guard let serviceCatalog = catalog.service(service) else { return (service, name, .unknownService) }
        if Glob.hasWildcard(name) { return (service, name, .pattern(matches: 0)) }   // counted by `resolve`
        if let action = serviceCatalog.action(named: name) { return (service, name, .exact(action)) }
        return (service, name, .unknownAction)
    }
}
