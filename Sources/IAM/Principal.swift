import TerraformCore

/// Who a resource or trust policy applies to.
public struct Principal: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Comparable {
        case aws = "AWS", service = "Service", federated = "Federated", canonicalUser = "CanonicalUser"
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `nil` means everyone (`"Principal": "*"`).
    public var kind: Kind?
    public var identifiers: [TFString]

    public init(_ kind: Kind, _ identifiers: [TFString]) {
        self.kind = kind
        self.identifiers = identifiers
    }

    /// An AWS service, for example `lambda.amazonaws.com`.
    public static func service(_ name: String) -> Principal { Principal(.service, [TFString(name)]) }
    /// An account, role or user ARN.
    public static func aws(_ arn: TFString) -> Principal { Principal(.aws, [arn]) }
    /// Everyone: only safe with a condition that narrows the caller, or in a Deny.
    public static let anyone = Principal(kind: nil)

    private init(kind: Kind?) {
        self.kind = kind
        self.identifiers = []
    }

    static func tree(_ principals: [Principal]) -> PolicyTree {
        if principals.contains(where: { $0.kind == nil }) { return .text("*") }
        var byKind: [Kind: [TFString]] = [:]
        for principal in principals { byKind[principal.kind!, default: []] += principal.identifiers }
        return .object(byKind.map { kind, identifiers in
            let unique = Statement.unique(identifiers)
            return PolicyTree.Member(kind.rawValue, unique.count == 1 ? .value(unique[0]) : .list(unique.map { .value($0) }))
        })
    }
}
