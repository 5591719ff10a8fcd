import Foundation
import IAM

/// Applies a context's suppressions to findings, and reports suppressions that cannot apply.
///
/// A suppression matches a finding of its statement with the same rule, and the same action
/// (compared without regard to case) and resource when it names them. A matching finding is
/// kept and marked ``Finding/suppressed``. A suppression is itself reported, as `invalid-policy`
/// on its statement, when:
/// - its reason is shorter than ``Suppression/minimumReasonLength`` characters (error; it does
///   not apply, so the finding stays unsuppressed);
/// - it names a rule that does not exist (error);
/// - it matches no finding (warning: it is stale and would hide a future finding).
public enum SuppressionResolver {
    static func apply(_ suppressions: [Int: [Suppression]], to findings: inout [Finding],
                      statements: [PolicyStatement]) -> [Finding] {
        let ruleIds = Set(PolicyLinter.ruleDescriptions.map(\.id))
        var problems: [Finding] = []
        for index in suppressions.keys.sorted() {
            let statement = statements.first { $0.index == index }
            func report(_ severity: Severity, _ message: String) {
                problems.append(Finding(rule: InvalidPolicyRule.id, severity: severity, message: message,
                                        statement: statement?.label ?? String(index), statementIndex: index))
            }
            for suppression in suppressions[index] ?? [] {
                let rule = quoted(suppression.rule)
                guard ruleIds.contains(suppression.rule) else {
                    report(.error, "suppression names unknown rule \(rule)")
                    continue
                }
                let reason = suppression.reason.trimmingCharacters(in: .whitespacesAndNewlines)
                guard reason.count >= Suppression.minimumReasonLength else {
                    report(.error, "suppression of \(rule) has a reason shorter than \(Suppression.minimumReasonLength) characters, so it does not apply; say why the finding is acceptable")
                    continue
                }
                var matched = false
                for position in findings.indices where matches(suppression, findings[position], index) {
                    matched = true
                    if findings[position].suppressed == nil { findings[position].suppressed = suppression }
                }
                if !matched {
                    report(.warning, "suppression of \(rule) matches no finding in this statement; remove it")
                }
            }
        }
        return problems
    }

    static func matches(_ suppression: Suppression, _ finding: Finding, _ index: Int) -> Bool {
        guard finding.statementIndex == index, finding.rule == suppression.rule else { return false }
        if let action = suppression.action, action.lowercased() != finding.action?.lowercased() { return false }
        if let resource = suppression.resource, resource != finding.resource { return false }
        return true
    }
}
