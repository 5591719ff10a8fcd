/// An action string of a statement, looked up in the catalog once for all rules (and once per
/// catalog for all policies: see ``IAMCatalog/resolve(_:)``).
struct ResolvedAction: Sendable {
    enum Kind: Sendable {
        /// `*`: every action of every service.
        case everything
        /// A catalogued action, named exactly (in any case).
        case exact(CatalogAction)
        /// A wildcard name in a known service; the list may be empty.
        case pattern([CatalogAction])
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

    /// Whether the text has `*` or `?`.
    var isWildcard: Bool { Glob.hasWildcard(text) }

    /// The catalogued actions it names (one for an exact name, all matches for a pattern).
    var catalogActions: [CatalogAction] {
        switch kind {
        case .exact(let action): [action]
        case .pattern(let actions): actions
        default: []
        }
    }

    init(_ text: String, catalog: IAMCatalog) {
        self.text = text
        self.lowercased = text.lowercased()
        if text == "*" {
            (service, name, kind) = ("*", "*", .everything)
            return
        }
        // The byte check first: Foundation's `contains` of a string is slow on Linux.
        if text.utf8.contains(UInt8(ascii: "$")), text.contains("${") {
            let parts = text.split(separator: ":", maxSplits: 1)
            (service, name, kind) = (String(parts.first ?? ""), parts.count > 1 ? String(parts[1]) : "", .unresolved)
            return
        }
        guard let colon = text.firstIndex(of: ":") else {
            (service, name, kind) = ("", text, .malformed)
            return
        }
        let service = String(text[..<colon]).lowercased()
        let name = String(text[text.index(after: colon)...])
        self.service = service
        self.name = name
        if Glob.hasWildcard(service) {
            let glob = Glob(service)
            let matched = catalog.servicePrefixes.filter(glob.matches).sorted()
            kind = matched.isEmpty ? .unknownService : .servicePattern(matched)
        } else if let serviceCatalog = catalog.service(service) {
            if Glob.hasWildcard(name) {
                kind = .pattern(serviceCatalog.actions(matching: name))
            } else if let action = serviceCatalog.action(named: name) {
                kind = .exact(action)
            } else {
                kind = .unknownAction
            }
        } else {
            kind = .unknownService
        }
    }
}
