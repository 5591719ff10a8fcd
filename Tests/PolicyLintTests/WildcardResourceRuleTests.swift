import PolicyLint
import Testing

struct WildcardResourceRuleTests {
    let rule = WildcardResourceRule.id

    @Test func ruleId() { #expect(rule == "wildcard-resource") }

    @Test func starOnAScopedActionIsReported() {
        let findings = lint(policy(action: #""s3:GetObject""#, resource: #""*""#), rule: rule)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.resource == "*")
        #expect(findings.first?.message == #"action "s3:GetObject" is allowed on "*", which is every resource; name the resources it needs"#)
    }

    @Test func wholeResourceNameWildcards() {
        let cases = [
            ("bedrock:InvokeModel", "arn:aws:bedrock:us-east-1::foundation-model/*"),
            ("s3:GetObject", "arn:aws:s3:::*/*"),
            ("s3:ListBucket", "arn:aws:s3:::*"),
            ("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/*"),
            ("dynamodb:Query", "arn:aws:dynamodb:us-east-1:123456789012:table/*/index/*"),
            ("logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:*"),
        ]
        for (action, resource) in cases {
            #expect(messages(policy(action: "\"\(action)\"", resource: "\"\(resource)\""), rule: rule)
                == ["action \"\(action)\" is allowed on \"\(resource)\", which wildcards the whole resource name; name the resources it needs"])
        }
    }

    @Test func fieldWildcards() {
        let cases = [
            ("arn:*:s3:::b/*", "partition"),
            ("arn:aws:logs:*:123456789012:log-group:g:*", "region"),
            ("arn:aws:dynamodb:us-east-1:*:table/t", "account"),
        ]
        for (resource, field) in cases {
            let action = resource.contains("s3") ? "s3:GetObject" : resource.contains("logs") ? "logs:PutLogEvents" : "dynamodb:GetItem"
            #expect(messages(policy(action: "\"\(action)\"", resource: "\"\(resource)\""), rule: rule)
                == ["action \"\(action)\" is allowed on \"\(resource)\", which wildcards the \(field); name the resources it needs"])
        }
    }

    @Test func trailingWildcardUnderANamedParentIsFine() {
        let cases = [
            ("s3:GetObject", "arn:aws:s3:::rag-genai-prod-vectors/*"),
            ("logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:*"),
            ("dynamodb:Query", "arn:aws:dynamodb:us-east-1:123456789012:table/t/index/*"),
            ("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:rag-genai-prod-db-*"),
            ("ssm:GetParameter", "arn:aws:ssm:us-east-1:123456789012:parameter/rag/*"),
        ]
        for (action, resource) in cases {
            #expect(lint(policy(action: "\"\(action)\"", resource: "\"\(resource)\""), rule: rule).isEmpty, "\(action) on \(resource)")
        }
    }

    @Test func actionsWithoutResourceTypesMayUseStar() {
        let json = policy(action: #"["xray:PutTraceSegments", "xray:PutTelemetryRecords", "logs:DescribeLogGroups", "sts:GetCallerIdentity"]"#, resource: #""*""#)
        #expect(lint(json).isEmpty)
    }

    @Test func resourceArrayReportsOnlyTheWildcard() {
        let json = policy(action: #""S3:getobject""#, resource: #"["arn:aws:s3:::b/*", "*"]"#)
        let findings = lint(json, rule: rule)
        #expect(findings.map(\.resource) == ["*"])
        #expect(findings.map(\.action) == ["S3:getobject"])
    }

    @Test func denyIsNeverReported() {
        #expect(lint(policy("Deny", action: #""s3:GetObject""#, resource: #""*""#), rule: rule).isEmpty)
    }

    @Test func policyVariablesAndInterpolationsAreNotWildcards() {
        let resources = [
            "arn:aws:s3:::b/${aws:username}/*",
            "${aws_s3_bucket.vectors.arn}/*",
            "arn:aws:dynamodb:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:table/t",
        ]
        for resource in resources {
            let action = resource.contains("dynamodb") ? "dynamodb:GetItem" : "s3:GetObject"
            #expect(lint(policy(action: "\"\(action)\"", resource: "\"\(resource)\""), rule: rule).isEmpty, "\(resource)")
        }
    }
}
