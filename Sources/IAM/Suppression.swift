/// A reviewed exception to one linter rule on one statement.
///
/// A suppression never hides a finding: the linter still reports it, marked as suppressed, with
/// this reason. The reason must say why in at least ten characters.
///
///     Suppression(rule: "wildcard-resource", action: "xray:PutTraceSegments",
///                 reason: "X-Ray trace APIs support no resource-level permissions")
public struct Suppression: Sendable, Hashable {
    /// The rule id, as in the linter's public contract (`wildcard-resource`, ...).
    public var rule: String
    /// When set, only findings about this action (compared case-insensitively).
    public var action: String?
    /// When set, only findings about this resource.
    public var resource: String?
    /// Why the finding is acceptable; at least 10 characters.
    public var reason: String

    public init(rule: String, action: String? = nil, resource: String? = nil, reason: String) {
        self.rule = rule
        self.action = action
        self.resource = resource
        self.reason = reason
    }

    /// The minimum length of a reason.
    public static let minimumReasonLength = 10
}
