import PolicyLint
import Testing

struct NotResourceRuleTests {
    let rule = NotResourceRule.id

    @Test func ruleId() { #expect(rule == "not-resource") }

    @Test func allowWithNotResourceIsReported() {
        let json = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secret/*"}]}"#
        let findings = lint(json, rule: rule)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message == "Allow with NotResource applies to every resource except the ones listed; use Resource with the resources needed")
    }

    @Test func denyWithNotResourceIsFine() {
        let json = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]}]}"#
        #expect(lint(json).isEmpty)
    }
}
