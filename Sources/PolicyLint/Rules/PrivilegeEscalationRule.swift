/// `privilege-escalation`: grants that let a principal raise its own permissions.
///
/// Three shapes, from the well-known IAM escalation paths:
/// - actions that rewrite permissions, on any resource (``alwaysEscalating``);
/// - actions that are only safe when scoped, on `*` or a wholly wildcarded name (``escalatingOnAnyResource``);
/// - running code under a role the principal passes: ``codeRunners`` together with `iam:PassRole`
///   anywhere in the same policy.
/// Action wildcards count by what they match (`iam:*` includes `iam:PutRolePolicy`). Deny
/// statements and trust policies are never reported.
public struct PrivilegeEscalationRule: LintRule {
    public static let id = "privilege-escalation"
    public static let summary = "A grant lets the principal escalate its own privileges."
    public static let help = """
        The policy grants an action that lets the principal gain permissions it was not given: rewriting \
        policies (iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachRolePolicy, iam:PutRolePolicy, \
        iam:UpdateAssumeRolePolicy, ...), iam:PassRole, sts:AssumeRole or iam:CreateAccessKey on every resource, \
        or running code under a passed role (lambda:CreateFunction or lambda:UpdateFunctionCode together with iam:PassRole). \
        Grant these only to deployment roles, scoped to named resources.
        """

    /// Escalating whatever the resource.
    static let alwaysEscalating = [
        "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:AttachUserPolicy", "iam:CreatePolicyVersion",
        "iam:DeleteRolePermissionsBoundary", "iam:DeleteUserPermissionsBoundary", "iam:PutGroupPolicy",
        "iam:PutRolePolicy", "iam:PutUserPolicy", "iam:SetDefaultPolicyVersion", "iam:UpdateAssumeRolePolicy",
    ]

    /// Escalating on `*` (or a wholly wildcarded name), with the consequence for the message.
    static let escalatingOnAnyResource: [(action: String, consequence: String)] = [
        ("iam:PassRole", "pass any role to a service; name the roles it may pass"),
        ("sts:AssumeRole", "assume any role that trusts it; name the roles"),
        ("iam:CreateAccessKey", "create credentials for any user; name the users"),
        ("iam:CreateLoginProfile", "create credentials for any user; name the users"),
        ("iam:UpdateLoginProfile", "change the password of any user; name the users"),
    ]

    /// Actions that run code under a role passed with `iam:PassRole`.
    static let codeRunners = [
        "cloudformation:CreateStack", "cloudformation:UpdateStack", "codebuild:CreateProject",
        "datapipeline:CreatePipeline", "ec2:RunInstances", "ecs:RunTask", "glue:CreateDevEndpoint", "glue:CreateJob",
        "lambda:CreateFunction", "lambda:UpdateFunctionCode", "sagemaker:CreateNotebookInstance",
        "states:CreateStateMachine",
    ]

    /// The names above lowercased once, for case-insensitive matching without an allocation per test.
    private static let alwaysEscalatingLowercased = alwaysEscalating.map { $0.lowercased() }
    private static let escalatingOnAnyResourceLowercased = escalatingOnAnyResource.map { $0.action.lowercased() }
    private static let codeRunnersLowercased = codeRunners.map { $0.lowercased() }

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard policy.kind != .trust else { return [] }
        let allows = policy.statements.filter { $0.isAllow && !$0.usesNotAction }
        let passRoleGranted = allows.contains { statement in
            statement.actions.contains { Glob($0.lowercased()).matches("iam:passrole") }
        }
        var findings: [Finding] = []
        for statement in allows {
            for action in statement.actions where !(action.utf8.contains(UInt8(ascii: "$")) && action.contains("${")) {
                let glob = Glob(action.lowercased())
                var matched = Self.alwaysEscalating.indices.filter { glob.matches(Self.alwaysEscalatingLowercased[$0]) }.map { Self.alwaysEscalating[$0] }
                var consequence: String?
                var wide: String?
                for (index, (dangerous, effect)) in Self.escalatingOnAnyResource.enumerated()
                where glob.matches(Self.escalatingOnAnyResourceLowercased[index]) {
                    if let resource = wideResource(of: statement, for: dangerous, catalog: policy.catalog) {
                        matched.append(dangerous)
                        consequence = effect
                        wide = resource
                    }
                }
                if !matched.isEmpty {
                    findings.append(escalation(action, matched: matched.sorted(), consequence: consequence,
                                               wideResource: wide, statement: statement))
                    continue
                }
                let runners = Self.codeRunners.indices.filter { glob.matches(Self.codeRunnersLowercased[$0]) }.map { Self.codeRunners[$0] }
                if passRoleGranted, !runners.isEmpty {
                    let message = Glob.hasWildcard(action)
                        ? "action \(quoted(action)) includes \(runners.map(quoted).joined(separator: ", ")), which together with \"iam:PassRole\" let the principal run code with the permissions of a role it passes"
                        : "action \(quoted(action)) together with \"iam:PassRole\" lets the principal run code with the permissions of a role it passes"
                    findings.append(Finding(Self.id, .error, message, statement: statement, action: action))
                }
            }
        }
        return findings
    }

    private func escalation(_ action: String, matched: [String], consequence: String?, wideResource: String?,
                            statement: PolicyStatement) -> Finding {
        let message: String
        if !Glob.hasWildcard(action), let consequence, let wideResource {
            message = "action \(quoted(action)) on \(quoted(wideResource)) lets the principal \(consequence)"
        } else if !Glob.hasWildcard(action) {
            message = "action \(quoted(action)) lets the principal change IAM permissions, its own included; grant it only to a deployment role"
        } else {
            message = "action \(quoted(action)) includes \(matched.map(quoted).joined(separator: ", ")), which allow privilege escalation; list the exact actions needed"
        }
        return Finding(Self.id, .error, message, statement: statement, action: action, resource: wideResource)
    }

    /// The first resource of `statement` that reaches every resource of `action`'s types.
    private func wideResource(of statement: PolicyStatement, for action: String, catalog: IAMCatalog) -> String? {
        if statement.usesNotResource { return statement.resources?.first ?? "*" }
        let parts = action.split(separator: ":")
        let formats = catalog.service(String(parts[0]))?.action(named: String(parts[1]))?.formats ?? []
        return statement.resources?.first { ResourceWildcard.classify(PolicyARN($0), formats: formats) != nil }
    }
}
