import PolicyLint
import Testing

struct ResourceMismatchRuleTests {
    let rule = ResourceMismatchRule.id

    @Test func ruleId() { #expect(rule == "resource-mismatch") }

    @Test func objectActionOnABucketArn() {
        let findings = lint(policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::rag-genai-prod-vectors""#), rule: rule)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.action == "s3:GetObject")
        #expect(findings.first?.resource == "arn:aws:s3:::rag-genai-prod-vectors")
        #expect(findings.first?.message
            == #"action "s3:GetObject" does not apply to "arn:aws:s3:::rag-genai-prod-vectors"; it applies to accesspointobject (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}), object (arn:${Partition}:s3:::${BucketName}/${ObjectName})"#)
    }

    @Test func bucketActionOnObjects() {
        #expect(messages(policy(action: #""s3:listbucket""#, resource: #""arn:aws:s3:::b/*""#), rule: rule)
            == [#"action "s3:listbucket" does not apply to "arn:aws:s3:::b/*"; it applies to accesspoint (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}), bucket (arn:${Partition}:s3:::${BucketName})"#])
    }

    @Test func keyActionOnAnAlias() {
        #expect(messages(policy(action: #""kms:Decrypt""#, resource: #""arn:aws:kms:us-east-1:123456789012:alias/rag""#), rule: rule)
            == [#"action "kms:Decrypt" does not apply to "arn:aws:kms:us-east-1:123456789012:alias/rag"; it applies to key (arn:${Partition}:kms:${Region}:${Account}:key/${KeyId})"#])
    }

    @Test func severalResourcesAreNamedByCount() {
        let json = policy(action: #""dynamodb:PutItem""#, resource: #"["arn:aws:dynamodb:us-east-1:1:table/t/index/*", "arn:aws:s3:::b"]"#)
        let findings = lint(json, rule: rule)
        #expect(findings.first?.resource == nil)
        #expect(findings.map(\.message)
            == [#"action "dynamodb:PutItem" applies to none of the statement's 2 resources; it applies to table (arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName})"#])
    }

    @Test func eachActionMatchingOneResourceIsFine() {
        let json = policy(action: #"["s3:ListBucket", "s3:GetObject"]"#, resource: #"["arn:aws:s3:::b", "arn:aws:s3:::b/*"]"#)
        #expect(lint(json).isEmpty)
    }

    @Test func logStreamActionOnLogGroupWithTrailingWildcard() {
        let json = policy(action: #"["logs:CreateLogStream", "logs:PutLogEvents"]"#,
                          resource: #""arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rag-genai-prod-query:*""#)
        #expect(lint(json).isEmpty)
    }

    @Test func indexQueriesAndTables() {
        #expect(lint(policy(action: #""dynamodb:Query""#, resource: #"["arn:aws:dynamodb:us-east-1:1:table/t", "arn:aws:dynamodb:us-east-1:1:table/t/index/*"]"#)).isEmpty)
        #expect(lint(policy(action: #""dynamodb:PutItem""#, resource: #""arn:aws:dynamodb:us-east-1:1:table/t/index/*""#), rule: rule).count == 1)
    }

    @Test func actionWithoutResourceTypesNeedsStar() {
        #expect(messages(policy(action: #""xray:PutTraceSegments""#, resource: #""arn:aws:xray:us-east-1:1:group/g""#), rule: rule)
            == [#"action "xray:PutTraceSegments" supports no resource-level permissions, so its Resource must be "*""#])
    }

    @Test func unknownPartsAndPolicyVariablesMatchAnything() {
        let resources = ["${aws_s3_bucket.vectors.arn}", "${var.bucket_arn}/*", "arn:aws:s3:::b/home/${aws:username}/*",
                         "arn:${data.aws_partition.current.partition}:s3:::b/*"]
        for resource in resources {
            #expect(lint(policy(action: #""s3:GetObject""#, resource: "\"\(resource)\""), rule: rule).isEmpty, "\(resource)")
        }
    }

    @Test func wildcardActionPatternsAreNotChecked() {
        #expect(lint(policy(action: #""s3:Get*""#, resource: #""arn:aws:s3:::b""#), rule: rule).isEmpty)
    }

    @Test func denyIsCheckedToo() {
        #expect(lint(policy("Deny", action: #""s3:GetObject""#, resource: #""arn:aws:s3:::b""#), rule: rule).count == 1)
    }
}
