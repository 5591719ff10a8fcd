/// One check of the linter: a small type with its public rule id.
///
/// Rules receive the whole analysed policy and return findings with `rule`, `severity`,
/// `message`, `statement`, `action` and `resource` filled in; the linter adds the file, module,
/// address and suppressions afterwards.
public protocol LintRule: Sendable {
    /// The public rule id (`wildcard-action`, ...).
    static var id: String { get }
    /// One line for rule lists (SARIF `shortDescription`).
    static var summary: String { get }
    /// What the rule catches and why it matters (SARIF `fullDescription` and `help`).
    static var help: String { get }

    func check(_ policy: PolicyAnalysis) -> [Finding]
}

/// A rule's id and descriptions, for output formats.
public struct RuleDescription: Sendable, Hashable {
    public let id: String
    public let summary: String
    public let help: String

    public init(id: String, summary: String, help: String) {
        self.id = id
        self.summary = summary
        self.help = help
    }

    init(_ rule: any LintRule.Type) {
        self.init(id: rule.id, summary: rule.summary, help: rule.help)
    }
}

/// Quoting used in every message, so wording stays uniform.
func quoted(_ text: String) -> String { "\"\(text)\"" }
