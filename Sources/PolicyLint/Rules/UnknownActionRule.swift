/// `unknown-action`: a catalogued service has no such action, or a wildcard matches none.
///
/// Checked in Deny statements too: a misspelt Deny denies nothing, which is worse than useless.
/// The catalog holds every action of every service as of its data date (see ``IAMCatalog/source``).
public struct UnknownActionRule: LintRule {
    public static let id = "unknown-action"
    public static let summary = "An action does not exist in its service."
    public static let help = """
        The action is not one of its service's actions in the IAM catalog (names compare without regard to case), \
        or an action wildcard matches none of them. The statement grants or denies nothing for it; \
        in a Deny this silently leaves the action allowed. Fix the spelling.
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for (statement, actions) in policy.statementsWithActions {
            for action in actions {
                switch action.kind {
                case .unknownAction:
                    let message = action.name.isEmpty
                        ? "action \(quoted(action.text)) has no action name"
                        : "unknown action \(quoted(action.text)); service \(quoted(action.service)) has no such action"
                    findings.append(Finding(Self.id, .error, message, statement: statement, action: action.text))
                case .pattern(matches: 0):
                    findings.append(Finding(Self.id, .error, "action \(quoted(action.text)) matches no action of service \(quoted(action.service))",
                                            statement: statement, action: action.text))
                default: break
                }
            }
        }
        return findings
    }
}
