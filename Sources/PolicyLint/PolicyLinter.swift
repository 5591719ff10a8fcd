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
/// context's file, module and address. Suppressions from the context mark matching findings as
/// suppressed and never remove them; see ``SuppressionResolver`` for how bad suppressions are reported.
public struct PolicyLinter: Sendable {
    /// Every rule, in reporting order.
    public static let rules: [any LintRule] = [
        InvalidPolicyRule(), NotActionRule(), NotResourceRule(), UnknownServiceRule(), UnknownActionRule(),
        WildcardActionRule(), WildcardResourceRule(), ResourceMismatchRule(), PrivilegeEscalationRule(),
        PublicPrincipalRule(), CrossEnvironmentRule(),
    ]

    /// The id and descriptions of every rule, in reporting order.
    public static let ruleDescriptions: [RuleDescription] = [
        RuleDescription(InvalidPolicyRule.self), RuleDescription(NotActionRule.self), RuleDescription(NotResourceRule.self),
        RuleDescription(UnknownServiceRule.self), RuleDescription(UnknownActionRule.self),
        RuleDescription(WildcardActionRule.self), RuleDescription(WildcardResourceRule.self),
        RuleDescription(ResourceMismatchRule.self), RuleDescription(PrivilegeEscalationRule.self),
        RuleDescription(PublicPrincipalRule.self), RuleDescription(CrossEnvironmentRule.self),
    ]

    let catalog: IAMCatalog

    public init() { self.catalog = .shared }

    init(catalog: IAMCatalog) { self.catalog = catalog }

    /// Lints a parsed policy document.
    public func lint(_ document: JSONValue, context: PolicyContext) -> [Finding] {
        let analysis = PolicyAnalysis(document: document, context: context, catalog: catalog)
        var findings = Self.rules.flatMap { $0.check(analysis) }
        findings += SuppressionResolver.apply(context.suppressions, to: &findings, statements: analysis.statements)
        let ordered = findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.statementIndex ?? -1
            let right = rhs.element.statementIndex ?? -1
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        return ordered.map { stamp($0.element, context) }
    }

    /// Lints the UTF-8 bytes of a policy; text that is not JSON is one `invalid-policy` finding.
    public func lint(bytes: [UInt8], context: PolicyContext) -> [Finding] {
        do {
            return lint(try JSONParser.parse(bytes), context: context)
        } catch {
            let finding = Finding(rule: InvalidPolicyRule.id, severity: .error, message: "policy is not valid JSON: \(error)")
            return [stamp(finding, context)]
        }
    }

    private func stamp(_ finding: Finding, _ context: PolicyContext) -> Finding {
        var finding = finding
        finding.file = finding.file ?? context.file
        finding.module = finding.module ?? context.module
        finding.address = finding.address ?? context.address
        return finding
    }
}
