import IAM
import TerraformCore

/// The least-privilege policy linter: runs every ``LintRule`` on one IAM policy document.
///
/// The stack calls ``lint(_:context:)`` with each rendered policy, Terraform references already
/// replaced by sample ARNs where known (`arn:aws:s3:::rag-genai-prod-vectors/*`) and left as
/// `${aws_x.y.attr}` where not; `lint-policy` calls ``lint(bytes:context:)`` with file contents.
///
///     let findings = PolicyLinter().lint(policy, context: PolicyContext(module: "storage",
///                                        address: "aws_iam_role_policy.reader", environment: "prod"))
///     findings.contains { $0.isBlocking }   // fail the run
///
/// Findings come back in statement order (whole-document findings first), each with the
/// context's file, module and address, the policy's kind, and where known the statement's
/// Swift source (stack) or line and column (files). Suppressions from the context mark matching
/// findings as suppressed and never remove them; see ``SuppressionResolver`` for how bad
/// suppressions are reported.
public struct PolicyLinter: Sendable {
    /// Every rule, in reporting order: the one list a rule is declared in.
    public static let rules: [any LintRule] = [
        InvalidPolicyRule(), EmptyStatementRule(), PolicySizeRule(), PolicyVariableVersionRule(), InvalidSidRule(),
        UnknownConditionOperatorRule(), NotActionRule(), NotResourceRule(), UnknownServiceRule(), UnknownActionRule(),
        WildcardActionRule(), WildcardResourceRule(), ResourceMismatchRule(), PrivilegeEscalationRule(),
        PublicPrincipalRule(), CrossEnvironmentRule(),
    ]

    /// The id and descriptions of every rule, in reporting order, derived from ``rules``.
    public static let ruleDescriptions: [RuleDescription] = rules.map { RuleDescription(type(of: $0)) }

    let catalog: IAMCatalog

    public init() { self.catalog = .shared }

    init(catalog: IAMCatalog) { self.catalog = catalog }

    /// Lints a parsed policy document.
    public func lint(_ document: JSONValue, context: PolicyContext) -> [Finding] {
        lint(PolicyAnalysis(document: document, context: context, catalog: catalog), position: { _ in nil })
    }

    /// Lints the UTF-8 bytes of a policy; text that is not JSON is one `invalid-policy` finding.
    /// Findings carry the line and column of their statement (or of the document).
    public func lint(bytes: [UInt8], context: PolicyContext) -> [Finding] {
        do {
            let (document, offsets) = try JSONParser.parse(bytes, recordingOffsetsToDepth: 2)
            let analysis = PolicyAnalysis(document: document, context: context, catalog: catalog,
                                          size: PolicySize.characters(inJSON: bytes))
            let isArray = document["Statement"]?.arrayValue != nil
            return lint(analysis) { index in
                let offset = index.flatMap { offsets[isArray ? "/Statement/\($0)" : "/Statement"] } ?? offsets[""] ?? 0
                return JSONParser.lineAndColumn(of: offset, in: bytes)
            }
        } catch {
            var finding = Finding(rule: InvalidPolicyRule.id, severity: .error, message: "policy is not valid JSON: \(error)")
            finding.line = error.line
            finding.column = error.column
            return [stamp(finding, context, kind: context.kind ?? .identity)]
        }
    }

    private func lint(_ analysis: PolicyAnalysis, position: (Int?) -> (line: Int, column: Int)?) -> [Finding] {
        let context = analysis.context
        var findings = Self.rules.flatMap { $0.check(analysis) }
        findings += SuppressionResolver.apply(context.suppressions, to: &findings, statements: analysis.statements)
        let ordered = findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.statementIndex ?? -1
            let right = rhs.element.statementIndex ?? -1
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        return ordered.map { _, finding in
            var finding = stamp(finding, context, kind: analysis.kind)
            if let (line, column) = position(finding.statementIndex) {
                finding.line = line
                finding.column = column
            }
            if finding.source == nil {
                let index = finding.statementIndex
                finding.source = index.flatMap { $0 < context.statementSources.count ? context.statementSources[$0] : nil } ?? context.source
            }
            return finding
        }
    }

    private func stamp(_ finding: Finding, _ context: PolicyContext, kind: PolicyKind) -> Finding {
        var finding = finding
        finding.file = finding.file ?? context.file
        finding.module = finding.module ?? context.module
        finding.address = finding.address ?? context.address
        finding.policyKind = finding.policyKind ?? kind
        return finding
    }
}
