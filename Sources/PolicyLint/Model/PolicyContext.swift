import IAM

/// Where a policy comes from and how to judge it.
///
///     PolicyContext(file: "policies/reader.json", environment: "prod")
///     PolicyContext(module: "storage", address: "aws_iam_role_policy.reader", environment: "dev", kind: .roleInline,
///                   suppressions: [0: [Suppression(rule: "wildcard-resource", action: "xray:PutTraceSegments",
///                                                  reason: "X-Ray has no resource-level permissions")]])
public struct PolicyContext: Sendable, Hashable {
    /// The file the policy was read from (`lint-policy`), or the generated file it is rendered into (`lint`).
    public var file: String?
    /// The stack module that renders the policy (`lint`).
    public var module: String?
    /// The Terraform address of the resource holding the policy (`lint`).
    public var address: String?
    /// The environment the policy belongs to; enables `cross-environment`.
    public var environment: String?
    /// Environment names that appear in resource names as `rag-genai-<env>-...`.
    public var knownEnvironments: [String]
    /// `nil` infers the kind from the document: no `Principal` makes an identity policy; a
    /// `Principal` makes a trust policy when every action is `sts:AssumeRole*` (or
    /// `sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`), otherwise a resource policy,
    /// of one service's kind when all its actions belong to that service (an ECR repository policy).
    public var kind: PolicyKind?
    /// Reviewed exceptions, by zero-based statement index.
    public var suppressions: [Int: [Suppression]]
    /// Where the policy was declared in Swift (stack policies), for whole-policy findings.
    public var source: SourceLocation?
    /// Where each statement was declared in Swift, by statement index (stack policies).
    public var statementSources: [SourceLocation?]

    public init(
        file: String? = nil, module: String? = nil, address: String? = nil, environment: String? = nil,
        knownEnvironments: [String] = [], kind: PolicyKind? = nil,
        suppressions: [Int: [Suppression]] = [:], source: SourceLocation? = nil, statementSources: [SourceLocation?] = []
    ) {
        self.file = file
        self.module = module
        self.address = address
        self.environment = environment
        self.knownEnvironments = knownEnvironments
        self.kind = kind
        self.suppressions = suppressions
        self.source = source
        self.statementSources = statementSources
    }
}
