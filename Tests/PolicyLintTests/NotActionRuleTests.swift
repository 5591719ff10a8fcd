import PolicyLint
import Testing

struct NotActionRuleTests {
    let rule = NotActionRule.id

    @Test func ruleId() { #expect(rule == "not-action") }

    @Test func allowWithNotActionIsReported() {
        let json = #"{"Version": "2012-10-17", "Statement": {"Sid": "AllButIAM", "Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}}"#
        let findings = lint(json, rule: rule)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.statement == "AllButIAM")
        #expect(findings.first?.message == "Allow with NotAction grants every action except the ones listed; use Action with the actions needed")
    }

    @Test func denyWithNotActionIsFine() {
        let json = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*"}]}"#
        #expect(lint(json, rule: rule).isEmpty)
    }
}
