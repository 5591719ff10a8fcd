import Foundation
import PolicyLint
import Testing

struct PrivilegeEscalationRuleTests {
    let rule = PrivilegeEscalationRule.id

    @Test func ruleId() { #expect(rule == "privilege-escalation") }

    @Test func passRoleOnStar() {
        let findings = lint(policy(action: #""iam:PassRole""#, resource: #""*""#), rule: rule)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.resource == "*")
        #expect(findings.first?.message == #"action "iam:PassRole" on "*" lets the principal pass any role to a service; name the roles it may pass"#)
    }

    @Test func assumeRoleAndCreateAccessKeyOnStar() {
        #expect(messages(policy(action: #""sts:assumerole""#, resource: #""*""#), rule: rule)
            == [#"action "sts:assumerole" on "*" lets the principal assume any role that trusts it; name the roles"#])
        #expect(messages(policy(action: #""iam:CreateAccessKey""#, resource: #""arn:aws:iam::123456789012:user/*""#), rule: rule)
            == [#"action "iam:CreateAccessKey" on "arn:aws:iam::123456789012:user/*" lets the principal create credentials for any user; name the users"#])
    }

    @Test func scopedPassRoleIsFine() {
        #expect(lint(policy(action: #""iam:PassRole""#, resource: #""arn:aws:iam::123456789012:role/rag-genai-prod-query""#), rule: rule).isEmpty)
    }

    @Test func policyRewritingActionsOnAnyResource() {
        for action in ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy"] {
            #expect(messages(policy(action: "\"\(action)\"", resource: #""arn:aws:iam::123456789012:role/x""#), rule: rule)
                == ["action \"\(action)\" lets the principal change IAM permissions, its own included; grant it only to a deployment role"])
        }
    }

    @Test func codeRunnerTogetherWithPassRole() {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "lambda:CreateFunction", "Resource": "arn:aws:lambda:us-east-1:1:function:f"},
              {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/r"}
            ]}
            """#
        #expect(lint(json, rule: rule).map(\.severity) == [.error])
        #expect(messages(json, rule: rule)
            == [#"action "lambda:CreateFunction" together with "iam:PassRole" lets the principal run code with the permissions of a role it passes"#])
        #expect(lint(policy(action: #""lambda:CreateFunction""#, resource: #""arn:aws:lambda:us-east-1:1:function:f""#), rule: rule).isEmpty)
    }

    @Test func updateFunctionCodeOnEveryFunction() {
        #expect(messages(policy(action: #""lambda:UpdateFunctionCode""#, resource: #""*""#), rule: rule)
            == [#"action "lambda:UpdateFunctionCode" on "*" lets the principal replace the code of any function and run it with that function's role; name the functions"#])
        #expect(lint(policy(action: #""lambda:UpdateFunctionCode""#, resource: #""arn:aws:lambda:us-east-1:1:function:f""#), rule: rule).isEmpty)
    }

    @Test func addUserToGroupOnEveryGroup() {
        #expect(messages(policy(action: #""iam:AddUserToGroup""#, resource: #""*""#), rule: rule)
            == [#"action "iam:AddUserToGroup" on "*" lets the principal add any user, itself included, to any group and gain the group's permissions; name the groups"#])
        #expect(lint(policy(action: #""iam:AddUserToGroup""#, resource: #""arn:aws:iam::1:group/readers""#), rule: rule).isEmpty)
    }

    @Test func escalationThroughNotAction() {
        let json = policy(action: #""s3:GetObject""#, resource: #""*""#).replacingOccurrences(of: #""Action""#, with: #""NotAction""#)
        #expect(messages(json, rule: rule)
            == [#"NotAction grants every action it does not list, including "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:AttachUserPolicy", "iam:CreatePolicyVersion", "iam:DeleteRolePermissionsBoundary" and 25 more, which allow privilege escalation; list the actions needed in Action"#])
        // Excluding IAM still leaves sts:AssumeRole and lambda:UpdateFunctionCode on every resource.
        let powerUser = policy(action: #"["iam:*", "organizations:*", "account:*"]"#, resource: #""*""#).replacingOccurrences(of: #""Action""#, with: #""NotAction""#)
        #expect(messages(powerUser, rule: rule)
            == [#"NotAction grants every action it does not list, including "sts:AssumeRole", "lambda:UpdateFunctionCode", which allow privilege escalation; list the actions needed in Action"#])
        let safe = policy(action: #"["iam:*", "sts:*", "lambda:*"]"#, resource: #""arn:aws:s3:::b/*""#).replacingOccurrences(of: #""Action""#, with: #""NotAction""#)
        #expect(lint(safe, rule: rule).isEmpty)
    }

    @Test func wildcardsCountByWhatTheyMatch() {
        #expect(messages(policy(action: #""iam:Put*Policy""#, resource: #""arn:aws:iam::1:role/r""#), rule: rule)
            == [#"action "iam:Put*Policy" includes "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:PutUserPolicy", which allow privilege escalation; list the exact actions needed"#])
    }

    @Test func denyIsFine() {
        #expect(lint(policy("Deny", action: #"["iam:*", "sts:AssumeRole"]"#, resource: #""*""#), rule: rule).isEmpty)
    }
}
