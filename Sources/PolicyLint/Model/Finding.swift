import IAM

/// One problem the linter found in one policy.
///
/// Findings are values, not thrown errors; a suppressed finding is still returned, with the
/// ``Suppression`` that matched it, so reports show what was accepted and why.
///
///     Finding(rule: "wildcard-action", severity: .error,
///             message: #"action "s3:*" uses a wildcard; list the exact actions needed"#,
///             statement: "0", action: "s3:*")
public struct Finding: Sendable, Hashable {
    /// The rule id, one of the public contract (`wildcard-action`, ...).
    public var rule: String
    public var severity: Severity
    /// One sentence for a person: what is wrong and what to do.
    public var message: String
    /// The policy file (`lint-policy`), or the generated file the policy is rendered into (`lint`).
    public var file: String?
    /// The one-based line and column in ``file`` of the statement (or the document), for `lint-policy`.
    public var line: Int?
    public var column: Int?
    /// The Swift call that declared the statement (or the policy), for stack findings.
    public var source: SourceLocation?
    /// The stack module, for `lint`.
    public var module: String?
    /// The Terraform address of the resource holding the policy, for `lint`.
    public var address: String?
    /// What holds the policy, as the linter judged it.
    public var policyKind: PolicyKind?
    /// The statement's `Sid`, or its zero-based index as a string.
    public var statement: String?
    /// The zero-based statement index (for matching suppressions); `nil` for whole-document findings.
    public var statementIndex: Int?
    public var action: String?
    public var resource: String?
    /// The suppression that accepted this finding, if any.
    public var suppressed: Suppression?

    public init(
        rule: String, severity: Severity = .error, message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
        source: SourceLocation? = nil, module: String? = nil, address: String? = nil, policyKind: PolicyKind? = nil,
        statement: String? = nil, statementIndex: Int? = nil, action: String? = nil, resource: String? = nil,
        suppressed: Suppression? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.source = source
        self.module = module
        self.address = address
        self.policyKind = policyKind
        self.statement = statement
        self.statementIndex = statementIndex
        self.action = action
        self.resource = resource
        self.suppressed = suppressed
    }

    /// Whether a suppression accepted this finding.
    public var isSuppressed: Bool { suppressed != nil }

    /// Whether this finding should fail the run: an unsuppressed error.
    public var isBlocking: Bool { severity == .error && suppressed == nil }
}

extension Finding {
    /// A finding about statement `statement`, carrying its label and index.
    init(_ rule: String, _ severity: Severity = .error, _ message: String, statement: PolicyStatement?,
         action: String? = nil, resource: String? = nil) {
        self.init(rule: rule, severity: severity, message: message, statement: statement?.label,
                  statementIndex: statement?.index, action: action, resource: resource)
    }
}
