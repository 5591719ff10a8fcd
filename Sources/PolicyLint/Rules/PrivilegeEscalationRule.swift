import IAM
import TerraformCore

/// `privilege-escalation`: grants that let a principal raise its own permissions.
///
/// Three shapes, from the well-known IAM escalation paths:
/// - actions that rewrite permissions, on any resource (``alwaysEscalating``);
/// - actions that are only safe when scoped, on `*` or a wholly wildcarded name
///   (``escalatingOnAnyResource``); a resource named by a caller variable
///   (`user/${aws:username}`) is the caller's own and never wide;
/// - running code under a role the principal passes: ``codeRunners`` together with
///   `iam:PassRole` in the same policy. When every grant of `iam:PassRole` that reaches the
///   runner's service names its roles and restricts `iam:PassedToService`, this is a warning:
///   the principal can act as those roles, and a reviewer should know, but it is the scoped
///   deployment pattern AWS recommends.
/// Action wildcards count by what they match (`iam:*` includes `iam:PutRolePolicy`), and an Allow
/// with `NotAction` grants every escalating action it does not exclude. Deny statements and
/// trust policies are never reported.
public struct PrivilegeEscalationRule: LintRule {
    public static let id = "privilege-escalation"
    public static let summary = "A grant lets the principal escalate its own privileges."
    public static let help = """
        The policy grants an action that lets the principal gain permissions it was not given: rewriting \
        policies (iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachRolePolicy, iam:PutRolePolicy, \
        iam:UpdateAssumeRolePolicy, ...); iam:PassRole, sts:AssumeRole, iam:CreateAccessKey, iam:AddUserToGroup or \
        lambda:UpdateFunctionCode on every resource; running code under a passed role (lambda:CreateFunction, \
        ec2:RunInstances, ... together with iam:PassRole; a warning when PassRole names its roles and iam:PassedToService); \
        or any of these through an Allow with NotAction. Grant these only to deployment roles, scoped to named resources.
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
        ("iam:AddUserToGroup", "add any user, itself included, to any group and gain the group's permissions; name the groups"),
        ("lambda:UpdateFunctionCode", "replace the code of any function and run it with that function's role; name the functions"),
    ]

    /// Actions that run code under a role passed with `iam:PassRole`, with the service the role is passed to.
    static let codeRunners: [(action: String, service: String)] = [
        ("cloudformation:CreateStack", "cloudformation.amazonaws.com"), ("cloudformation:UpdateStack", "cloudformation.amazonaws.com"),
        ("codebuild:CreateProject", "codebuild.amazonaws.com"), ("datapipeline:CreatePipeline", "datapipeline.amazonaws.com"),
        ("ec2:RunInstances", "ec2.amazonaws.com"), ("ecs:RunTask", "ecs-tasks.amazonaws.com"),
        ("glue:CreateDevEndpoint", "glue.amazonaws.com"), ("glue:CreateJob", "glue.amazonaws.com"),
        ("lambda:CreateFunction", "lambda.amazonaws.com"), ("lambda:UpdateFunctionConfiguration", "lambda.amazonaws.com"),
        ("sagemaker:CreateNotebookInstance", "sagemaker.amazonaws.com"), ("states:CreateStateMachine", "states.amazonaws.com"),
    ]

    /// The names above lowercased once, for case-insensitive matching without an allocation per test.
    private static let alwaysEscalatingLowercased = alwaysEscalating.map { $0.lowercased() }
    private static let escalatingOnAnyResourceLowercased = escalatingOnAnyResource.map { $0.action.lowercased() }
    private static let codeRunnersLowercased = codeRunners.map { $0.action.lowercased() }
    private static let every = Set(alwaysEscalatingLowercased + escalatingOnAnyResourceLowercased + codeRunnersLowercased + ["iam:passrole"])

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard policy.kind != .trust else { return [] }
        let allows = policy.statementsWithActions.filter { $0.0.isAllow }
        let passRoles = allows.compactMap { statement, actions in
            grants(statement, actions, "iam:passrole") ? PassRoleGrant(statement, wide: wideResource(of: statement, for: "iam:PassRole", catalog: policy.catalog) != nil) : nil
        }
        var findings: [Finding] = []
        for (statement, actions) in allows {
            if statement.usesNotAction {
                if let finding = notActionEscalation(statement, passRoleGranted: !passRoles.isEmpty, catalog: policy.catalog) {
                    findings.append(finding)
                }
                continue
            }
            for action in actions where !(action.text.utf8.contains(UInt8(ascii: "$")) && action.text.contains("${")) {
                // Most actions are exact and harmless: one set lookup decides.
                if !action.isWildcard, !Self.every.contains(action.lowercased) { continue }
                let glob = Glob(action.lowercased)
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
                    findings.append(escalation(action.text, matched: matched.sorted(), consequence: consequence,
                                               wideResource: wide, statement: statement))
                    continue
                }
                let runners = Self.codeRunners.indices.filter { glob.matches(Self.codeRunnersLowercased[$0]) }.map { Self.codeRunners[$0] }
                if let finding = codeRunning(action.text, runners: runners, passRoles: passRoles, statement: statement) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    /// One grant of `iam:PassRole`: whether it reaches every role, and the services it may pass roles to.
    struct PassRoleGrant {
        let wide: Bool
        /// The `iam:PassedToService` patterns (lowercase) of a positive condition, or `nil` when unrestricted.
        let services: [String]?

        init(_ statement: PolicyStatement, wide: Bool) {
            self.wide = wide
            var services: [String]?
            for (operatorName, tests) in statement.condition {
                let name = operatorName.lowercased()
                guard name.hasPrefix("string"), !name.contains("not"), !name.hasSuffix("ifexists") else { continue }
                for (key, value) in tests.objectValue ?? [:] where key.lowercased() == "iam:passedtoservice" {
                    services = (services ?? []) + PolicyStatement.strings(value).map { $0.lowercased() }
                }
            }
            self.services = services
        }

        func reaches(_ service: String) -> Bool {
            guard let services else { return true }
            return services.contains { Glob($0).matches(service) }
        }
    }

    private func codeRunning(_ action: String, runners: [(action: String, service: String)], passRoles: [PassRoleGrant],
                             statement: PolicyStatement) -> Finding? {
        let reached = runners.filter { runner in passRoles.contains { $0.reaches(runner.service) } }
        guard !reached.isEmpty else { return nil }
        let scoped = reached.allSatisfy { runner in
            passRoles.filter { $0.reaches(runner.service) }.allSatisfy { !$0.wide && $0.services != nil }
        }
        let subject = Glob.hasWildcard(action)
            ? "action \(quoted(action)) includes \(reached.map { quoted($0.action) }.joined(separator: ", ")), which together with \"iam:PassRole\" let"
            : "action \(quoted(action)) together with \"iam:PassRole\" lets"
        if scoped {
            let services = Array(Set(reached.map(\.service))).sorted().joined(separator: ", ")
            return Finding(Self.id, .warning,
                           "\(subject) the principal run code as the roles it may pass (named, and only to \(services)); make sure those roles need no more review than this principal",
                           statement: statement, action: action)
        }
        return Finding(Self.id, .error, "\(subject) the principal run code with the permissions of a role it passes",
                       statement: statement, action: action)
    }

    /// What an Allow with NotAction grants of the escalating actions: everything it does not exclude.
    private func notActionEscalation(_ statement: PolicyStatement, passRoleGranted: Bool, catalog: IAMCatalog) -> Finding? {
        let excluded = statement.actions.map { Glob($0.lowercased()) }
        func granted(_ action: String) -> Bool { !excluded.contains { $0.matches(action.lowercased()) } }
        var matched = Self.alwaysEscalating.filter(granted)
        for (dangerous, _) in Self.escalatingOnAnyResource where granted(dangerous) {
            if wideResource(of: statement, for: dangerous, catalog: catalog) != nil { matched.append(dangerous) }
        }
        if passRoleGranted { matched += Self.codeRunners.map(\.action).filter(granted) }
        guard !matched.isEmpty else { return nil }
        let shown = matched.prefix(5).map(quoted).joined(separator: ", ") + (matched.count > 5 ? " and \(matched.count - 5) more" : "")
        return Finding(Self.id, .error,
                       "NotAction grants every action it does not list, including \(shown), which allow privilege escalation; list the actions needed in Action",
                       statement: statement)
    }

    /// Whether the statement grants `action` (lowercase), by a matching Action or a NotAction that does not exclude it.
    private func grants(_ statement: PolicyStatement, _ actions: [ResolvedAction], _ action: String) -> Bool {
        if statement.usesNotAction { return !statement.actions.contains { Glob($0.lowercased()).matches(action) } }
        return actions.contains { $0.lowercased == action || ($0.isWildcard && Glob($0.lowercased).matches(action)) }
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

    /// The first resource of `statement` that reaches every resource of `action`'s types; a
    /// resource named by a caller variable (`user/${aws:username}`) is the caller's own, never wide.
    private func wideResource(of statement: PolicyStatement, for action: String, catalog: IAMCatalog) -> String? {
        if statement.usesNotResource { return statement.resources?.first ?? "*" }
        let parts = action.split(separator: ":")
        let formats = catalog.service(String(parts[0]))?.action(named: String(parts[1]))?.formats ?? []
        return statement.resourceARNs.first {
            !PolicyVariable.scopesToCaller($0.text) && ResourceWildcard.classify($0, formats: formats) != nil
        }?.text
    }
}
