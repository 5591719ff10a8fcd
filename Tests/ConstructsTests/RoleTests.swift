import AWSResources
import Constructs
import IAM
import TerraformCore
import Testing

/// Roles: a trust policy limited to one service, account or set of OIDC subjects, an inline
/// policy only when a grant was made, and both registered with the gate.
@Suite struct RoleTests {
    @Test func serviceTrustIsLimitedToTheAccount() {
        let role = Role("reader", roleName: "reader", service: "lambda.amazonaws.com", account: "111111111111")
        #expect(policyJSON(role.trustPolicy)
            == #"{"Statement":[{"Action":["sts:AssumeRole"],"Condition":{"StringEquals":{"aws:SourceAccount":"111111111111"}},"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Sid":"TrustService"}],"Version":"2012-10-17"}"#)
    }

    @Test func accountTrustNamesTheRootAndTheCallersAccount() {
        let role = Role("deploy", roleName: "deploy", trust: .account("222222222222", partition: "aws"))
        #expect(policyJSON(role.trustPolicy)
            == #"{"Statement":[{"Action":["sts:AssumeRole"],"Condition":{"StringEquals":{"aws:PrincipalAccount":"222222222222"}},"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Sid":"TrustAccount"}],"Version":"2012-10-17"}"#)
    }

    @Test func webIdentityTrustNeedsTheAudienceAndASubject() {
        let role = Role("ci", roleName: "ci", trust: .webIdentity(provider: "arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com",
                                                              issuer: "token.actions.githubusercontent.com", audience: "sts.amazonaws.com",
                                                              subjects: ["repo:acme/infra:environment:prod"]))
        #expect(policyJSON(role.trustPolicy)
            == #"{"Statement":[{"Action":["sts:AssumeRoleWithWebIdentity"],"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":"repo:acme/infra:environment:prod"}},"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"},"Sid":"TrustWebIdentity"}],"Version":"2012-10-17"}"#)
    }

    @Test func aRoleWithoutGrantsHasNoInlinePolicy() {
        var module = StackModule("m")
        Role("idle", roleName: "idle", service: "lambda.amazonaws.com", account: "1").declare(in: &module, description: "Idle.")
        #expect(addresses(module) == ["aws_iam_role.idle"])
        #expect(module.policies.map(\.address) == ["aws_iam_role.idle"])
        #expect(module.policies.map(\.kind) == [.trust])
        #expect(module.policies.map(\.argument) == ["assume_role_policy"])
    }

    @Test func grantsBecomeOneInlinePolicyRegisteredWithTheGate() throws {
        var module = StackModule("m")
        var role = Role("reader", roleName: "acme-reader", service: "lambda.amazonaws.com", account: "1")
        BucketRef(arn: "arn:aws:s3:::docs").grantObjects(.read, to: &role, sid: "Read")
        role.declare(in: &module, description: "Reads documents.")
        #expect(addresses(module) == ["aws_iam_role.reader", "aws_iam_role_policy.reader"])
        #expect(try resourceJSON(module, "aws_iam_role_policy.reader")
            == #"{"name":"acme-reader-least-privilege","policy":"{\"Statement\":[{\"Action\":[\"s3:GetObject\"],\"Effect\":\"Allow\",\"Resource\":[\"arn:aws:s3:::docs/*\"],\"Sid\":\"Read\"}],\"Version\":\"2012-10-17\"}","role":"${aws_iam_role.reader.id}"}"#)
        #expect(module.policies.map(\.kind) == [.trust, .roleInline])
        #expect(module.policies.map { "\($0.address).\($0.argument)" } == ["aws_iam_role.reader.assume_role_policy", "aws_iam_role_policy.reader.policy"])
    }

    @Test func forEachDeclaresOneRoleAndPolicyPerEntry() throws {
        var module = StackModule("m")
        var role = Role("state", roleName: "state-\(Role.eachKey)", trust: .account(Role.eachValue, partition: "aws"))
        role.forEach = .object(["dev": .string("111111111111")])
        role.add(.allow([.s3.getObject], on: ["arn:aws:s3:::state/\(Role.eachKey)/*"]))
        role.declare(in: &module, description: "State access.")
        let policy = try resourceJSON(module, "aws_iam_role_policy.state")
        #expect(policy.contains(#""for_each":{"dev":"111111111111"}"#))
        #expect(policy.contains(#""role":"${aws_iam_role.state[each.key].id}""#))
        #expect(module.policies.map(\.forEach) == [role.forEach, role.forEach])
    }
}
