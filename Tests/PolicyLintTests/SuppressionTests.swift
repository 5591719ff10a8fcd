import IAM
import PolicyLint
import Testing

struct SuppressionTests {
    let json = #"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "Traces", "Effect": "Allow", "Action": "xray:GetSamplingRules", "Resource": "*"},
          {"Sid": "Models", "Effect": "Allow", "Action": "bedrock:InvokeModel", "Resource": "arn:aws:bedrock:us-east-1::foundation-model/*"}
        ]}
        """#

    @Test func matchingSuppressionMarksTheFindingAndKeepsIt() {
        let suppression = Suppression(rule: "wildcard-resource", action: "BEDROCK:InvokeModel", reason: "any foundation model may be selected per request")
        let findings = lint(json, suppressions: [1: [suppression]])
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "wildcard-resource")
        #expect(findings.first?.suppressed == suppression)
        #expect(findings.first?.isBlocking == false)
        #expect(FindingSummary(findings).description == "1 suppressed")
    }

    @Test func suppressionOnlyAppliesToItsStatementActionAndResource() {
        let other = Suppression(rule: "wildcard-resource", resource: "arn:aws:bedrock:us-east-1::foundation-model/x", reason: "a different resource entirely")
        let findings = lint(json, suppressions: [0: [Suppression(rule: "wildcard-resource", reason: "wrong statement here")], 1: [other]])
        #expect(findings.filter { $0.rule == "wildcard-resource" }.map(\.isSuppressed) == [false])
        #expect(findings.filter { $0.rule == "invalid-policy" }.map(\.message) == [
            #"suppression of "wildcard-resource" matches no finding in this statement; remove it"#,
            #"suppression of "wildcard-resource" matches no finding in this statement; remove it"#,
        ])
        #expect(findings.filter { $0.rule == "invalid-policy" }.map(\.severity) == [.warning, .warning])
        #expect(findings.filter { $0.rule == "invalid-policy" }.map(\.statement) == ["Traces", "Models"])
    }

    @Test func shortReasonIsReportedAndDoesNotApply() {
        let findings = lint(json, suppressions: [1: [Suppression(rule: "wildcard-resource", reason: "needed")]])
        #expect(findings.map(\.rule) == ["wildcard-resource", "invalid-policy"])
        #expect(findings.map(\.isSuppressed) == [false, false])
        #expect(findings.last?.severity == .error)
        #expect(findings.last?.message == #"suppression of "wildcard-resource" has a reason shorter than 10 characters, so it does not apply; say why the finding is acceptable"#)
    }

    @Test func unknownRuleIsReported() {
        let findings = lint(json, suppressions: [1: [Suppression(rule: "wildcard-resources", reason: "a long enough reason")]])
        #expect(findings.filter { $0.rule == "invalid-policy" }.map(\.message) == [#"suppression names unknown rule "wildcard-resources""#])
    }
}
