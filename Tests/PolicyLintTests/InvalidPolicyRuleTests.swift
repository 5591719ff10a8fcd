import PolicyLint
import Testing

struct InvalidPolicyRuleTests {
    let rule = InvalidPolicyRule.id

    @Test func ruleId() { #expect(rule == "invalid-policy") }

    @Test func notJSON() {
        let findings = lint(#"{"Version": "2012-10-17",}"#, file: "p.json")
        #expect(findings.count == 1)
        #expect(findings.first?.rule == rule)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.file == "p.json")
        #expect(findings.first?.message == "policy is not valid JSON: line 1, column 26 (byte 25): expected a string key")
    }

    @Test func duplicateKeysAreNotJSONForIAM() {
        #expect(lint(#"{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": []}"#).map(\.message)
            == [#"policy is not valid JSON: line 1, column 27 (byte 26): duplicate key "Version""#])
    }

    @Test func documentShapes() {
        #expect(messages("[]", rule: rule) == ["a policy must be a JSON object"])
        #expect(messages(#"{"Version": "2012-10-17"}"#, rule: rule) == ["policy has no Statement"])
        #expect(messages(#"{"Version": "2012-10-17", "Statement": "x"}"#, rule: rule) == ["Statement must be an object or an array of objects"])
        #expect(messages(#"{"Version": "2012-10-17", "Statement": [1]}"#, rule: rule) == ["statement 0 is not an object"])
        #expect(messages(#"{"Version": "2012-10-18", "Statement": []}"#, rule: rule) == [#"Version "2012-10-18" is not "2012-10-17" or "2008-10-17""#])
        #expect(messages(#"{"Version": "2008-10-17", "Id": "x", "Statement": []}"#, rule: rule).isEmpty)
        #expect(messages(#"{"Version": "2012-10-17", "Statements": []}"#, rule: rule) == [#"unknown top-level element "Statements""#, "policy has no Statement"])
    }

    @Test func missingVersionIsAWarning() {
        let findings = lint(#"{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}"#)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == [#"policy has no Version; IAM assumes "2008-10-17", where policy variables are not supported; add "Version": "2012-10-17""#])
    }

    @Test func statementShapes() {
        let cases: [(String, [String])] = [
            (#"{"Action": "s3:GetObject", "Resource": "*"}"#, ["statement has no Effect"]),
            (#"{"Effect": "allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}"#, [#"Effect "allow" is not "Allow" or "Deny""#]),
            (#"{"Effect": "Allow", "Resource": "*"}"#, ["statement has neither Action nor NotAction"]),
            (#"{"Effect": "Deny", "Action": "s3:GetObject", "NotAction": "s3:PutObject", "Resource": "*"}"#, ["statement has both Action and NotAction"]),
            (#"{"Effect": "Deny", "Action": [], "Resource": "*"}"#, ["Action is empty"]),
            (#"{"Effect": "Deny", "Action": [1], "Resource": "*"}"#, ["Action must be a string or an array of strings"]),
            (#"{"Effect": "Deny", "Action": "s3:GetObject"}"#, ["statement has neither Resource nor NotResource"]),
            (#"{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*", "Condition": []}"#, ["Condition must be an object of operators, each an object of condition keys"]),
            (#"{"Effect": "Deny", "Actions": "s3:GetObject", "Action": "s3:GetObject", "Resource": "*"}"#, [#"unknown statement element "Actions""#]),
        ]
        for (statement, expected) in cases {
            #expect(messages(#"{"Version": "2012-10-17", "Statement": [\#(statement)]}"#, rule: rule) == expected, "\(statement)")
        }
    }

    @Test func duplicateSid() {
        let json = #"""
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
              {"Sid": "Read", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b"}
            ]}
            """#
        let findings = lint(json, rule: rule)
        #expect(findings.map(\.message) == [#"duplicate Sid "Read""#])
        #expect(findings.map(\.statement) == ["Read"])
    }

    @Test func trustPolicyNeedsNoResource() {
        let json = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": ["lambda.amazonaws.com"]}, "Action": ["sts:AssumeRole", "sts:TagSession"]}]}"#
        #expect(lint(json).isEmpty)
    }

    @Test func principalInAnExplicitIdentityPolicy() {
        let json = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}"#
        #expect(messages(json, rule: rule, kind: .identity) == ["an identity policy cannot have a Principal"])
        #expect(messages(json, rule: rule).isEmpty)
    }
}
