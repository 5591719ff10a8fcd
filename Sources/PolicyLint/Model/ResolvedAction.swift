import Foundation

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
    /// Whether a statement can scope this action to resources at all: `scopedFormats` is not
    /// `nil`. Known without reading a pattern's formats, which a `Resource` of `"*"` never needs.
    let isScoped: Bool
    private let formats: Formats

    /// The ARN formats a statement can scope this action to, or `nil` when it cannot be scoped:
    /// an action without resource types, or one that is unknown. Empty for `*` and service
    /// wildcards, whose formats depend on the resource (see `WildcardResourceRule`). A pattern's
    /// are read from the catalog on first use.
    var scopedFormats: [ARNFormat]? { isScoped ? formats.value : nil }

    /// Whether the text has `*` or `?`.
    var isWildcard: Bool { Glob.hasWildcard(text) }

    init(_ text: String, catalog: IAMCatalog) {
        let (service, name, kind) = Self.classify(text, catalog: catalog)
        self.text = text
        self.lowercased = text.lowercased()
        self.service = service
        self.name = name
        switch kind {
        case .everything, .servicePattern:
            self.kind = kind
            (isScoped, formats) = (true, Formats([]))
        case .exact(let action):
            self.kind = kind
            (isScoped, formats) = (action.supportsResourceLevelPermissions, Formats(action.formats))
        case .pattern:
            // How many actions match, and whether any has a resource type, in one cheap pass;
            // the formats themselves (each once, in the order of the matched actions) wait.
            let serviceCatalog = catalog.service(service)
            let (count, anyScoped) = serviceCatalog?.count(ofActionsMatching: name) ?? (0, false)
            self.kind = .pattern(matches: count)
            isScoped = anyScoped
            formats = Formats(reading: { serviceCatalog?.formats(ofActionsMatching: name).formats ?? [] })
        case .unknownService, .unknownAction, .malformed, .unresolved:
            self.kind = kind
            (isScoped, formats) = (false, Formats([]))
        }
    }

    /// Formats known at once, or read on first use (then kept: a resolved action is shared by
    /// every policy that names it).
    final class Formats: @unchecked Sendable {
        private let lock = NSLock()
        private var read: (() -> [ARNFormat])?
        private var formats: [ARNFormat] = []

        init(_ formats: [ARNFormat]) { self.formats = formats }
        init(reading: @escaping () -> [ARNFormat]) { self.read = reading }

        var value: [ARNFormat] {
            lock.lock()
            defer { lock.unlock() }
            if let read {
                formats = read()
                self.read = nil
            }
            return formats
        }
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
        if Glob.hasWildcard(name) { return (service, name, .pattern(matches: 0)) }   // counted in `init`
        if let action = serviceCatalog.action(named: name) { return (service, name, .exact(action)) }
        return (service, name, .unknownAction)
    }
}
