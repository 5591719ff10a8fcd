import TerraformCore

/// One condition of a statement: an operator, a key and the values it compares with.
///
///     Condition("StringEquals", "aws:SourceAccount", [accountID])
///     // "Condition": {"StringEquals": {"aws:SourceAccount": "${data.aws_caller_identity.current.account_id}"}}
public struct Condition: Sendable, Hashable {
    public var test: String
    public var key: String
    public var values: [TFString]

    public init(_ test: String, _ key: String, _ values: [TFString]) {
        self.test = test
        self.key = key
        self.values = values
    }

    /// Requests that did not use TLS (`aws:SecureTransport` false); for Deny statements.
    public static let insecureTransport = Condition("Bool", "aws:SecureTransport", ["false"])

    static func tree(_ conditions: [Condition]) -> PolicyTree {
        // A later condition on the same test and key replaces an earlier one, as it always has.
        var byTest: [String: [String: PolicyTree]] = [:]
        for condition in conditions {
            let values = Statement.unique(condition.values)
            byTest[condition.test, default: [:]][condition.key] = values.count == 1 ? .value(values[0]) : .list(values.map { .value($0) })
        }
        return .object(byTest.map { test, keys in PolicyTree.Member(test, .object(keys.map { PolicyTree.Member($0.key, $0.value) })) })
    }
}
