import PolicyLint
import Testing

struct UnknownServiceRuleTests {
    let rule = UnknownServiceRule.id

    @Test func ruleId() { #expect(rule == "unknown-service") }

    @Test func unknownPrefixIsReportedInAllowAndDeny() {
        for effect in ["Allow", "Deny"] {
            let findings = lint(policy(effect, action: #"["s4:GetObject", "s3:GetObject"]"#, resource: #""arn:aws:s3:::b/*""#), rule: rule)
            #expect(findings.count == 1)
            #expect(findings.first?.severity == .error)
            #expect(findings.first?.action == "s4:GetObject")
            #expect(findings.first?.message == #"unknown service prefix "s4" in action "s4:GetObject""#)
        }
    }

    @Test func missingPrefixIsReported() {
        #expect(messages(policy(action: #""GetObject""#, resource: #""*""#), rule: rule)
            == [#"action "GetObject" has no service prefix; write "service:Action""#])
    }

    @Test func knownPrefixesInAnyCaseAreFine() {
        // `cloudformation` is an IAM service whose actions the catalog does not hold: not provable either way.
        let json = policy(action: #"["S3:GetObject", "cloudformation:DescribeStacks", "Rds-Db:connect"]"#, resource: #""*""#)
        #expect(lint(json, rule: rule).isEmpty)
        #expect(lint(json, rule: UnknownActionRule.id).isEmpty)
    }
}
