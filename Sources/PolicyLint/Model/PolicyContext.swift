import IAM

/// What kind of policy a document is; it decides which rules apply.
public enum PolicyKind: String, Sendable, Hashable {
    /// Attached to a role or user: needs `Resource`, has no `Principal`.
    case identity
    /// Attached to a resource (bucket, queue, key...): has `Principal` and `Resource`.
    case resource
    /// A role's assume-role policy: has `Principal`, and no `Resource` by design.
    case trust
}

/// Where a policy comes from and how to judge it.
///
///     PolicyContext(file: "policies/reader.json", environment: "prod")
///     PolicyContext(module: "storage", address: "aws_iam_role_policy.reader", environment: "dev",
///                   suppressions: [0: [Suppression(rule: "wildcard-resource", action: "xray:PutTraceSegments",
///                                                  reason: "X-Ray has no resource-level permissions")]])
public struct PolicyContext: Sendable, Hashable {
    /// The file the policy was read from (`lint-policy`).
    public var file: String?
    /// The stack module that renders the policy (`lint`).
    public var module: String?
    /// The Terraform address of the resource holding the policy (`lint`).
    public var address: String?
    /// The environment the policy belongs to; enables `cross-environment`.
    public var environment: String?
    /// Environment names that appear in resource names as `rag-genai-<env>-...`.
    public var knownEnvironments: [String]
    /// `nil` infers the kind: a `Principal` makes it a resource policy, or a trust policy when
    /// every action is `sts:AssumeRole*` (or `sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`).
    public var kind: PolicyKind?
    /// Reviewed exceptions, by zero-based statement index.
    public var suppressions: [Int: [Suppression]]

    public static let defaultEnvironments = ["dev", "staging", "prod", "qa", "demo"]

    public init(
        file: String? = nil, module: String? = nil, address: String? = nil, environment: String? = nil,
        knownEnvironments: [String] = PolicyContext.defaultEnvironments, kind: PolicyKind? = nil,
        suppressions: [Int: [Suppression]] = [:]
    ) {
        self.file = file
        self.module = module
        self.address = address
        self.environment = environment
        self.knownEnvironments = knownEnvironments
        self.kind = kind
        self.suppressions = suppressions
    }
}
