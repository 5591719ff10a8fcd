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
        var problems: [Finding] = []
        for index in suppressions.keys.sorted() {
            let statement = statements.first { $0.index == index }
            func report(_ severity: Severity, _ message: String) {
                problems.append(Finding(rule: InvalidPolicyRule.id, severity: severity, message: message,
                                        statement: statement?.label ?? String(index), statementIndex: index))
            }
            for suppression in suppressions[index] ?? [] {
                let rule = quoted(suppression.rule)
                guard Self.ruleIds.contains(suppression.rule) else {
                    report(.error, "suppression names unknown rule \(rule)")
                    continue
                }
                guard Self.trimmedLength(suppression.reason) >= Suppression.minimumReasonLength else {
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

    /// Action names compared as IAM does, without regard to case: ASCII byte by byte (the
    /// catalog's lowercasing), anything else through `lowercased()`.
    static func equalIgnoringCase(_ left: String, _ right: String) -> Bool {
        let a = left.utf8, b = right.utf8
        guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else { return left.lowercased() == right.lowercased() }
        return a.count == b.count && zip(a, b).allSatisfy { ServiceCatalog.lowercase($0) == ServiceCatalog.lowercase($1) }
    }

    static let ruleIds = Set(PolicyLinter.ruleDescriptions.map(\.id))

    /// The reason's length in characters without surrounding whitespace. Reasons are ASCII
    /// sentences almost always, counted byte by byte; Foundation's trimming and grapheme counting
    /// of every reason on every lint cost a twentieth of `synth --all`.
    static func trimmedLength(_ reason: String) -> Int {
        let bytes = reason.utf8
        // ASCII without carriage returns: one Character per byte ("\r\n" is one Character).
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return reason.trimmingCharacters(in: .whitespacesAndNewlines).count
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0C).contains(byte) }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        guard start != bytes.endIndex, let last = bytes.lastIndex(where: { !isSpace($0) }) else { return 0 }
        return bytes.distance(from: start, to: last) + 1
    }

    static func matches(_ suppression: Suppression, _ finding: Finding, _ index: Int) -> Bool {
        guard finding.statementIndex == index, finding.rule == suppression.rule else { return false }
        if let action = suppression.action {
            guard let found = finding.action, equalIgnoringCase(action, found) else { return false }
        }
        if let resource = suppression.resource, resource != finding.resource { return false }
        return true
    }
}
