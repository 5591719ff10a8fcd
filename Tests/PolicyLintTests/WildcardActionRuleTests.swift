import PolicyLint
import Testing

struct WildcardActionRuleTests {
    let rule = WildcardActionRule.id

    @Test func ruleId() { #expect(rule == "wildcard-action") }

    @Test func reportsStarServiceStarAndPartialWildcards() {
        for action in ["*", "s3:*", "s3:Get*", "s3:*Object", "S3:GET?BJECT"] {
            let findings = lint(policy(action: "\"\(action)\"", resource: #""arn:aws:s3:::b/*""#), rule: rule)
            #expect(findings.count == 1)
            #expect(findings.first?.severity == .error)
            #expect(findings.first?.message == "action \"\(action)\" uses a wildcard; list the exact actions needed")
            #expect(findings.first?.action == action)
            #expect(findings.first?.statement == "0")
        }
    }

    @Test func actionArrayReportsOnlyTheWildcards() {
        let json = policy(action: #"["s3:GetObject", "s3:Put*"]"#, resource: #""arn:aws:s3:::b/*""#)
        #expect(messages(json, rule: rule) == [#"action "s3:Put*" uses a wildcard; list the exact actions needed"#])
    }

    @Test func denyWithWildcardIsFine() {
        #expect(lint(policy("Deny", action: #""s3:*""#, resource: #""*""#), rule: rule).isEmpty)
    }

    @Test func exactActionsInAnyCaseAreFine() {
        #expect(lint(policy(action: #"["s3:getobject", "S3:PUTOBJECT"]"#, resource: #""arn:aws:s3:::b/*""#), rule: rule).isEmpty)
    }

    @Test func severalStatementsWithOneBadNameItsSid() {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
              {"Sid": "Everything", "Effect": "Allow", "Action": "dynamodb:*", "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/t"}
            ]}
            """#
        let findings = lint(json, rule: rule)
        #expect(findings.map(\.statement) == ["Everything"])
        #expect(findings.map(\.message) == [#"action "dynamodb:*" uses a wildcard; list the exact actions needed"#])
    }
}
