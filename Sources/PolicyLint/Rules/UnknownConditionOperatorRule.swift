import IAM

/// `unknown-condition-operator`: a `Condition` uses an operator IAM does not have.
///
/// An operator is one of IAM's base operators (``operators``), optionally with the
/// `ForAllValues:` or `ForAnyValue:` set prefix and the `IfExists` suffix (not on `Null`).
/// Names compare without regard to case. IAM rejects the policy, so Deny statements are checked too.
public struct UnknownConditionOperatorRule: LintRule {
    public static let id = "unknown-condition-operator"
    public static let summary = "A condition uses an operator IAM does not have."
    public static let help = """
        A Condition block's keys are operators: StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, Bool, \
        IpAddress, Null and the others IAM defines, optionally prefixed with ForAllValues: or ForAnyValue: and suffixed \
        with IfExists. IAM rejects a policy with any other operator (for example StringEqualz). Fix the spelling.
        """

    /// IAM's condition operators.
    static let operators = [
        "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
        "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
        "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan",
        "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals",
        "ArnNotLike", "Null",
    ]
    private static let byLowercase = Dictionary(uniqueKeysWithValues: operators.map { ($0.lowercased(), $0) })
    static let setPrefixes = ["ForAllValues:", "ForAnyValue:"]

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for statement in policy.statements {
            for name in statement.condition.keys.sorted() where !Self.isKnown(name) {
                let hint = Self.suggestion(for: name).map { "did you mean \(quoted($0))?" }
                    ?? "use one of IAM's operators, such as StringEquals, ArnLike or Bool"
                findings.append(Finding(Self.id, .error, "unknown condition operator \(quoted(name)); \(hint)", statement: statement))
            }
        }
        return findings
    }

    /// Splits `name` into set prefix, base and `IfExists` suffix.
    static func parts(_ name: String) -> (prefix: String, base: String, ifExists: Bool) {
        var rest = Substring(name)
        var prefix = ""
        for candidate in setPrefixes where rest.lowercased().hasPrefix(candidate.lowercased()) {
            prefix = candidate
            rest = rest.dropFirst(candidate.count)
        }
        let ifExists = rest.lowercased().hasSuffix("ifexists") && rest.count > 8
        if ifExists { rest = rest.dropLast(8) }
        return (prefix, String(rest), ifExists)
    }

    static func isKnown(_ name: String) -> Bool {
        let (_, base, ifExists) = parts(name)
        guard let known = byLowercase[base.lowercased()] else { return false }
        return !(ifExists && known == "Null")
    }

    /// The closest real operator, when the base is within two edits of one.
    static func suggestion(for name: String) -> String? {
        let (prefix, base, ifExists) = parts(name)
        let lowered = base.lowercased()
        var best: (String, Int)?
        for candidate in operators {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= 2, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        guard let (match, _) = best, !(ifExists && match == "Null") else { return nil }
        return prefix + match + (ifExists ? "IfExists" : "")
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
