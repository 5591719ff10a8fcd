/// `unknown-service`: an action's service prefix is not an IAM service.
///
/// Checked in Allow and Deny statements alike: a misspelt prefix grants or denies nothing.
public struct UnknownServiceRule: LintRule {
    public static let id = "unknown-service"
    public static let summary = "An action names a service prefix IAM does not know."
    public static let help = """
        The service prefix of an action (the part before ":") is not an IAM service prefix, or is missing. \
        The statement then grants or denies nothing for it. Fix the prefix, for example "dynamodb" not "dynamo".
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for (statement, actions) in policy.statementsWithActions {
            for action in actions {
                switch action.kind {
                case .unknownService:
                    findings.append(Finding(Self.id, .error, "unknown service prefix \(quoted(action.service)) in action \(quoted(action.text))",
                                            statement: statement, action: action.text))
                case .malformed:
                    findings.append(Finding(Self.id, .error, "action \(quoted(action.text)) has no service prefix; write \"service:Action\"",
                                            statement: statement, action: action.text))
                default: break
                }
            }
        }
        return findings
    }
}
