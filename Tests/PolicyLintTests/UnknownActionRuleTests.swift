import PolicyLint
import Testing

struct UnknownActionRuleTests {
    let rule = UnknownActionRule.id

    @Test func ruleId() { #expect(rule == "unknown-action") }

    @Test func misspeltActionIsReported() {
        let findings = lint(policy(action: #""s3:GetObjects""#, resource: #""arn:aws:s3:::b/*""#), rule: rule)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message == #"unknown action "s3:GetObjects"; service "s3" has no such action"#)
    }

    @Test func misspeltDenyIsReported() {
        let json = #"{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "dynamodb:DeleteTabel", "Resource": "*"}}"#
        #expect(messages(json, rule: rule) == [#"unknown action "dynamodb:DeleteTabel"; service "dynamodb" has no such action"#])
    }

    @Test func wildcardMatchingNothingIsReportedToo() {
        let json = policy(action: #""s3:Fetch*""#, resource: #""*""#)
        #expect(messages(json, rule: rule) == [#"action "s3:Fetch*" matches no action of service "s3""#])
        #expect(lint(json, rule: WildcardActionRule.id).count == 1)
    }

    @Test func namesCompareWithoutCase() {
        #expect(lint(policy(action: #"["s3:getobject", "DYNAMODB:QUERY", "rds-db:Connect"]"#, resource: #""*""#), rule: rule).isEmpty)
    }
}
