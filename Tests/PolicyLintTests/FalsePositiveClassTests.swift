import Foundation
import IAM
import PolicyLint
import Testing

/// Each class of false alarm found on real policies, rebuilt from its pattern: clean now, while
/// the nearby real problem still fires.
struct FalsePositiveClassTests {
    @Test("wildcard-only actions accept the service-wide ARN AWS documents", arguments: [
        ("s3:ListAllMyBuckets", "arn:aws:s3:::*"),
        ("iam:ListUsers", "arn:aws:iam::*:*"),
        ("ec2:DescribeInstances", "arn:aws:ec2:*:*:*"),
        ("sts:GetCallerIdentity", "arn:*:sts::*:*"),
    ])
    func wildcardOnlyActionsOnServiceWideArns(action: String, resource: String) {
        #expect(lint(policy(action: "\"\(action)\"", resource: "\"\(resource)\"")).isEmpty)
    }

    @Test func wildcardOnlyActionOnANamedResourceStillMismatches() {
        #expect(messages(policy(action: #""s3:ListAllMyBuckets""#, resource: #""arn:aws:s3:::my-bucket""#), rule: "resource-mismatch")
            == [#"action "s3:ListAllMyBuckets" supports no resource-level permissions, so its Resource must be "*""#])
        #expect(lint(policy(action: #""iam:ListUsers""#, resource: #""arn:aws:s3:::*""#), rule: "resource-mismatch").count == 1)
    }

    @Test("access point and other newer ARN formats", arguments: [
        ("s3:GetObject", "arn:aws:s3:us-east-1:123456789012:accesspoint/reports/object/2025/*"),
        ("s3:ListBucket", "arn:aws:s3:us-east-1:123456789012:accesspoint/reports"),
        ("sts:GetFederationToken", "arn:aws:sts::123456789012:federated-user/alice"),
    ])
    func newerArnFormats(action: String, resource: String) {
        #expect(lint(policy(action: "\"\(action)\"", resource: "\"\(resource)\""), rule: "resource-mismatch").isEmpty)
    }

    @Test func slashesInsideResourceNames() {
        // Partner event buses are named aws.partner/<partner>/<account>/<source>.
        let bus = "arn:aws:events:us-east-1:123456789012:event-bus/aws.partner/salesforce.com/00D000000000000/0AB000000000000"
        #expect(lint(policy(action: #"["events:PutEvents", "events:DescribeEventBus"]"#, resource: "\"\(bus)\""), rule: "resource-mismatch").isEmpty)
        #expect(lint(policy(action: #""events:PutRule""#, resource: #""arn:aws:events:us-east-1:1:rule/aws.partner/salesforce.com/x/y/my-rule""#),
                     rule: "resource-mismatch").isEmpty)
        // A name that another format continues with "/" is still one segment.
        #expect(lint(policy(action: #""s3:ListBucket""#, resource: #""arn:aws:s3:::b/*""#), rule: "resource-mismatch").count == 1)
        #expect(lint(policy(action: #""dynamodb:PutItem""#, resource: #""arn:aws:dynamodb:us-east-1:1:table/t/index/*""#), rule: "resource-mismatch").count == 1)
    }

    @Test("the caller's own user is not any user", arguments: ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile"])
    func selfServiceOnOwnUser(action: String) {
        let json = policy(action: "\"\(action)\"", resource: #""arn:aws:iam::*:user/${aws:username}""#)
        #expect(lint(json, rule: "privilege-escalation").isEmpty)
        #expect(lint(json, rule: "wildcard-resource").isEmpty)
        #expect(lint(policy(action: "\"\(action)\"", resource: #""arn:aws:iam::*:user/*""#), rule: "privilege-escalation").count == 1)
    }

    @Test func ecrRepositoryPoliciesHaveNoResource() {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [{"Sid": "AllowPull", "Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
              "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}]}
            """#
        #expect(lint(json).isEmpty)
        #expect(lint(json, kind: .ecrRepository).isEmpty)
        // The same statement in a policy of unknown resource kind still needs its Resource.
        #expect(messages(json, rule: "invalid-policy", kind: .resource) == ["statement has neither Resource nor NotResource"])
    }

    @Test("S3 access-point delegation keys restrict the caller", arguments: ["s3:DataAccessPointAccount", "s3:DataAccessPointArn"])
    func accessPointConditionKeys(key: String) {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "*",
              "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
              "Condition": {"StringEquals": {"\#(key)": "123456789012"}}}]}
            """#
        #expect(lint(json, rule: "public-principal").isEmpty)
    }

    @Test func passRoleScopedByNameAndServiceIsAWarning() {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "lambda:CreateFunction", "Resource": "arn:aws:lambda:us-east-1:1:function:app-*"},
              {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/app-function",
               "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}
            ]}
            """#
        let findings = lint(json, rule: "privilege-escalation")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == [#"action "lambda:CreateFunction" together with "iam:PassRole" lets the principal run code as the roles it may pass (named, and only to lambda.amazonaws.com); make sure those roles need no more review than this principal"#])
        // Passed only to another service: Lambda cannot receive the role.
        #expect(lint(json.replacingOccurrences(of: "lambda.amazonaws.com", with: "ec2.amazonaws.com"), rule: "privilege-escalation").isEmpty)
        // Without iam:PassedToService it stays an error.
        let unrestricted = #"""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "lambda:CreateFunction", "Resource": "arn:aws:lambda:us-east-1:1:function:app-*"},
              {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/app-function"}
            ]}
            """#
        #expect(lint(unrestricted, rule: "privilege-escalation").map(\.severity) == [.error])
    }
}
