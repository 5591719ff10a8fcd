/// Suppressed findings counted per rule and per kind of policy, for the quiet text report:
///
///     wildcard-resource: 169 suppressed (160 in KMS key policies, 9 in inline role policies)
///
/// Rules are listed in reporting order (``PolicyLinter/rules``), kinds by count, largest first.
public struct SuppressedSummary: Sendable, Hashable {
    public struct Rule: Sendable, Hashable {
        public var rule: String
        public var count: Int
        /// Kind title (`KMS key policies`) and count.
        public var byKind: [(title: String, count: Int)]

        public static func == (lhs: Rule, rhs: Rule) -> Bool {
            lhs.rule == rhs.rule && lhs.count == rhs.count && lhs.byKind.map(\.title) == rhs.byKind.map(\.title)
                && lhs.byKind.map(\.count) == rhs.byKind.map(\.count)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(rule)
            hasher.combine(count)
        }

        /// `wildcard-resource: 169 suppressed (160 in KMS key policies, 9 in inline role policies)`.
        public var line: String {
            let kinds = byKind.map { "\($0.count) in \($0.title)" }.joined(separator: ", ")
            return "\(rule): \(count) suppressed" + (kinds.isEmpty ? "" : " (\(kinds))")
        }
    }

    public var rules: [Rule]

    public init(_ findings: [Finding]) {
        let order = PolicyLinter.ruleDescriptions.map(\.id)
        var counts: [String: [String: Int]] = [:]
        for finding in findings where finding.isSuppressed {
            counts[finding.rule, default: [:]][finding.policyKind?.title ?? "policies", default: 0] += 1
        }
        rules = counts.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }.map { rule in
            let byKind = counts[rule]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (title: $0.key, count: $0.value) }
            return Rule(rule: rule, count: byKind.reduce(0) { $0 + $1.count }, byKind: byKind)
        }
    }
}
