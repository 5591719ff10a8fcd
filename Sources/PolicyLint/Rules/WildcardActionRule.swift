/// `wildcard-action`: an Allow names `*`, `svc:*` or any action with `*` or `?`.
///
/// A wildcard grants every action that matches today and every one AWS adds tomorrow.
/// Deny statements are never reported: a wildcard there only denies more.
public struct WildcardActionRule: LintRule {
    public static let id = "wildcard-action"
    public static let summary = "An Allow statement grants a wildcard action."
    public static let help = """
        An Allow statement names "*", "service:*" or an action with a wildcard such as "s3:Get*". \
        Wildcards grant every matching action, including ones AWS adds later. List the exact actions needed.
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for (statement, actions) in policy.statementsWithActions where statement.isAllow && !statement.usesNotAction {
            for action in actions where action.isWildcard {
                findings.append(Finding(Self.id, .error, "action \(quoted(action.text)) uses a wildcard; list the exact actions needed",
                                        statement: statement, action: action.text))
            }
        }
        return findings
    }
}
