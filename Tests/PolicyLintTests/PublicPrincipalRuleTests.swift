import PolicyLint
import Testing

struct PublicPrincipalRuleTests {
    let rule = PublicPrincipalRule.id

    func bucketPolicy(principal: String, effect: String = "Allow", condition: String = "") -> String {
        #"{"Version": "2012-10-17", "Statement": [{"Effect": "\#(effect)", "Principal": \#(principal), "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"\#(condition)}]}"#
    }

    @Test func ruleId() { #expect(rule == "public-principal") }

    @Test func everyPublicShapeIsReported() {
        let shapes = [#""*""#, #"{"AWS": "*"}"#, #"{"AWS": ["arn:aws:iam::123456789012:root", "*"]}"#]
        let rendered = [#""*""#, #"{"AWS":"*"}"#, #"{"AWS":["arn:aws:iam::123456789012:root","*"]}"#]
        for (shape, text) in zip(shapes, rendered) {
            let findings = lint(bucketPolicy(principal: shape), rule: rule)
            #expect(findings.count == 1)
            #expect(findings.first?.severity == .error)
            #expect(findings.first?.message
                == "Principal \(text) allows anyone; add a condition that restricts the caller, such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID")
        }
    }

    @Test func restrictingConditionsInAnyCaseAreFine() {
        let conditions = [
            #", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}"#,
            #", "Condition": {"arnlike": {"AWS:SOURCEARN": "arn:aws:cloudfront::123456789012:distribution/E1"}}"#,
            #", "Condition": {"ForAnyValue:StringEquals": {"aws:PrincipalOrgID": ["o-abc"]}}"#,
            #", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}"#,
        ]
        for condition in conditions {
            #expect(lint(bucketPolicy(principal: #""*""#, condition: condition), rule: rule).isEmpty, "\(condition)")
        }
    }

    @Test func conditionsThatDoNotRestrictTheCaller() {
        let conditions = [
            #", "Condition": {"Bool": {"aws:SecureTransport": "true"}}"#,
            #", "Condition": {"StringNotEquals": {"aws:SourceAccount": "123456789012"}}"#,
            #", "Condition": {"StringEqualsIfExists": {"aws:SourceAccount": "123456789012"}}"#,
            #", "Condition": {"StringLike": {"aws:SourceArn": "*"}}"#,
        ]
        for condition in conditions {
            #expect(lint(bucketPolicy(principal: #"{"AWS": "*"}"#, condition: condition), rule: rule).count == 1, "\(condition)")
        }
    }

    @Test func denyWithStarAndServicePrincipalsAreFine() {
        #expect(lint(bucketPolicy(principal: #""*""#, effect: "Deny"), rule: rule).isEmpty)
        #expect(lint(bucketPolicy(principal: #"{"Service": "cloudfront.amazonaws.com"}"#), rule: rule).isEmpty)
    }

    @Test func trustPolicyWithPublicPrincipal() {
        let json = #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}}"#
        let findings = lint(json)
        #expect(findings.map(\.rule) == [rule])
    }

    @Test func allowWithNotPrincipal() {
        #expect(messages(#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}"#, rule: rule)
            == ["Allow with NotPrincipal allows everyone except the principals listed; name the principals in Principal"])
    }
}
