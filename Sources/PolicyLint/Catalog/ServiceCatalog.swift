/// The catalogued actions and resource types of one service prefix.
public struct ServiceCatalog: Sendable {
    /// The lowercase service prefix, for example `s3`.
    public let prefix: String
    /// Every action, sorted by name.
    public let actions: [CatalogAction]
    /// Resource type name to its ARN formats.
    public let resourceTypes: [String: [ARNFormat]]
    private let actionIndex: [String: Int]

    /// Parses one `@service` section of the embedded catalog text.
    init(prefix: String, text: String) {
        var rawTypes: [(String, [String])] = []
        var rawActions: [(name: String, access: Substring, refs: Substring)] = []
        // Split on UTF-8 bytes (the separators are ASCII): splitting a large section Character by
        // Character was a quarter of a cold `synth --all`.
        func split(_ text: Substring, _ separator: Character) -> [Substring] {
            text.utf8.split(separator: separator.asciiValue!, omittingEmptySubsequences: false).map { Substring($0) }
        }
        for line in split(Substring(text), "\n") where !line.isEmpty {
            if line.first == "#" {
                let fields = split(line.dropFirst(), "|").map(String.init)
                rawTypes.append((fields[0], Array(fields.dropFirst())))
            } else {
                let fields = split(line, "|")
                guard fields.count >= 3 else { continue }
                rawActions.append((String(fields[0]), fields[1], fields[2]))
            }
        }
        let noSlash = ARNFormat.placeholdersFollowedBySlash(in: rawTypes.flatMap(\.1))
        var types: [String: [ARNFormat]] = [:]
        for (type, formats) in rawTypes {
            types[type] = formats.map { ARNFormat($0, placeholdersWithoutSlash: noSlash) }
        }
        var actions: [CatalogAction] = []
        var index: [String: Int] = [:]
        for raw in rawActions {
            let refs = raw.refs.split(separator: ",").map { ref -> CatalogResourceType in
                let required = ref.hasSuffix("!")
                let type = String(required ? ref.dropLast() : ref)
                return CatalogResourceType(type: type, required: required, formats: types[type] ?? [])
            }
            index[raw.name.lowercased()] = actions.count
            actions.append(CatalogAction(service: prefix, name: raw.name, access: AccessLevel(initial: raw.access), resourceTypes: refs))
        }
        self.prefix = prefix
        self.actions = actions
        self.resourceTypes = types
        self.actionIndex = index
    }

    /// The action called `name`, compared without regard to case as IAM does.
    public func action(named name: String) -> CatalogAction? {
        actionIndex[name.lowercased()].map { actions[$0] }
    }

    /// The actions whose names match `pattern` (`*` and `?` wildcards, case-insensitive).
    public func actions(matching pattern: String) -> [CatalogAction] {
        let glob = Glob(pattern.lowercased())
        return actions.filter { glob.matches($0.name.lowercased()) }
    }
}

/// One catalogued IAM action.
public struct CatalogAction: Sendable, Hashable {
    /// The service prefix, lowercase.
    public let service: String
    /// The name as AWS spells it, for example `GetObject`.
    public let name: String
    /// The access level AWS publishes.
    public let access: AccessLevel
    /// The resource types a statement's `Resource` may name for this action; empty when the action
    /// supports no resource-level permissions and `"*"` is the only correct resource.
    public let resourceTypes: [CatalogResourceType]

    /// `service:Name`.
    public var qualifiedName: String { "\(service):\(name)" }

    /// Whether a statement can scope this action to particular resources.
    public var supportsResourceLevelPermissions: Bool { !resourceTypes.isEmpty }

    /// Every ARN format of every resource type of this action.
    public var formats: [ARNFormat] { resourceTypes.flatMap(\.formats) }
}

/// A resource type an action supports, with its ARN formats.
public struct CatalogResourceType: Sendable, Hashable {
    public let type: String
    /// Whether AWS marks it with `*` (required).
    public let required: Bool
    public let formats: [ARNFormat]
}

/// The access level AWS publishes for an action.
public enum AccessLevel: String, Sendable, Hashable {
    case list = "List"
    case read = "Read"
    case write = "Write"
    case permissionsManagement = "Permissions management"
    case tagging = "Tagging"
    case unknown = "Unknown"

    init(initial: Substring) {
        switch initial {
        case "L": self = .list
        case "R": self = .read
        case "W": self = .write
        case "P": self = .permissionsManagement
        case "T": self = .tagging
        default: self = .unknown
        }
    }
}
