import PolicyLint
import Testing

struct CrossEnvironmentRuleTests {
    let rule = CrossEnvironmentRule.id

    @Test func ruleId() { #expect(rule == "cross-environment") }

    @Test func otherEnvironmentsResourceIsReported() {
        let json = policy(action: #""s3:GetObject""#, resource: #"["arn:aws:s3:::rag-genai-dev-vectors/*", "arn:aws:s3:::rag-genai-prod-vectors/*"]"#)
        let findings = lint(json, rule: rule, environment: "dev")
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.resource == "arn:aws:s3:::rag-genai-prod-vectors/*")
        #expect(findings.first?.message == #""arn:aws:s3:::rag-genai-prod-vectors/*" names a resource of environment "prod", but this policy belongs to "dev""#)
    }

    @Test func conditionValuesAreScanned() {
        let json = policy(action: #""sqs:SendMessage""#, resource: #""arn:aws:sqs:us-east-1:1:rag-genai-qa-jobs""#,
                          extra: #", "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:1:rag-genai-staging-events"}}"#)
        #expect(lint(json, rule: rule, environment: "qa").map(\.resource) == ["arn:aws:sns:us-east-1:1:rag-genai-staging-events"])
    }

    @Test func ownEnvironmentSimilarNamesAndNoEnvironmentAreFine() {
        let json = policy(action: #""s3:GetObject""#, resource: #"["arn:aws:s3:::rag-genai-prod-vectors/*", "arn:aws:s3:::rag-genai-production-x/*"]"#)
        #expect(lint(json, rule: rule, environment: "prod").isEmpty)
        #expect(lint(json, rule: rule).isEmpty)
    }
}
