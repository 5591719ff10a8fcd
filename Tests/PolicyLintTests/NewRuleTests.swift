import Foundation
import IAM
@testable import PolicyLint
import TerraformCore
import Testing

/// `policy-size`, `unknown-condition-operator`, `invalid-sid`, `policy-variable-version` and
/// `empty-statement`: each fires on its pattern, with its exact message, and not on the fixed policy.
struct PolicySizeRuleTests {
    let rule = PolicySizeRule.id

    /// A role policy of exactly `size` characters without whitespace, padded with spaces IAM does not count.
    func policy(ofSize size: Int) -> String {
        let head = #"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::"#
        let tail = #"/*" } ] }"#
        let fixed = PolicySize.characters(inJSON: Array((head + tail).utf8))
        return head + String(repeating: "b", count: size - fixed) + tail
    }

    @Test func ruleId() { #expect(rule == "policy-size") }

    @Test func inlineRolePolicyQuota() {
        #expect(PolicySize.characters(inJSON: Array(policy(ofSize: 10_241).utf8)) == 10_241)
        let findings = lint(policy(ofSize: 10_241), kind: .roleInline).filter { $0.rule == rule }
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.message) == ["policy has 10,241 characters (whitespace excluded), more than the 10,240 that inline role policies allow; remove statements or split it into several policies"])
        #expect(lint(policy(ofSize: 10_240), kind: .roleInline).filter { $0.rule == rule }.isEmpty)
    }

    @Test("quota per kind", arguments: [(PolicyKind.managed, 6_144), (.groupInline, 5_120), (.userInline, 2_048), (.identity, 10_240)])
    func quotas(kind: PolicyKind, quota: Int) {
        #expect(kind.sizeQuota == quota)
        #expect(lint(policy(ofSize: quota + 1), kind: kind).contains { $0.rule == rule })
        #expect(!lint(policy(ofSize: quota), kind: kind).contains { $0.rule == rule })
    }

    @Test func whitespaceIsNotCounted() {
        let compact = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b c/*"}}"#
        let spaced = "{\n  \"Version\" : \"2012-10-17\",\n\t\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b c/*\"}\n}\n"
        #expect(PolicySize.characters(inJSON: Array(spaced.utf8)) == PolicySize.characters(inJSON: Array(compact.utf8)))
        #expect(PolicySize.characters(inJSON: Array(compact.utf8)) == compact.count)
        // The same count from the parsed document, as the stack measures it.
        #expect(PolicySize.characters(of: try! JSONParser.parse(compact)) == compact.count)
    }

    @Test func trustPolicyQuota() {
        let principals = (0..<90).map { #""arn:aws:iam::1234567890\#($0 % 10):role/some-long-role-name-\#($0)""# }.joined(separator: ",")
        let json = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": [\#(principals)]}}]}"#
        #expect(messages(json, rule: rule).first?.hasSuffix("more than the 2,048 that trust policies allow; remove statements or split it into several policies") == true)
    }
}

struct UnknownConditionOperatorRuleTests {
    let rule = UnknownConditionOperatorRule.id

    func json(_ operatorName: String, effect: String = "Allow") -> String {
        policy(effect, action: #""s3:GetObject""#, resource: #""arn:aws:s3:::b/*""#,
               extra: #", "Condition": {"\#(operatorName)": {"aws:PrincipalOrgID": "o-1"}}"#)
    }

    @Test func ruleId() { #expect(rule == "unknown-condition-operator") }

    @Test func misspeltOperatorWithSuggestion() {
        let findings = lint(json("StringEqualz"), rule: rule)
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.message) == [#"unknown condition operator "StringEqualz"; did you mean "StringEquals"?"#])
        #expect(messages(json("ForAnyValue:StringLikee"), rule: rule) == [#"unknown condition operator "ForAnyValue:StringLikee"; did you mean "ForAnyValue:StringLike"?"#])
        #expect(messages(json("NullIfExists"), rule: rule) == [#"unknown condition operator "NullIfExists"; use one of IAM's operators, such as StringEquals, ArnLike or Bool"#])
        #expect(messages(json("Whatever", effect: "Deny"), rule: rule) == [#"unknown condition operator "Whatever"; use one of IAM's operators, such as StringEquals, ArnLike or Bool"#])
    }

    @Test("IAM's operators, with set prefixes and IfExists", arguments: [
        "StringEquals", "StringNotEqualsIgnoreCase", "ForAllValues:StringLike", "ForAnyValue:ArnLike", "ArnNotLikeIfExists",
        "NumericLessThanEquals", "DateGreaterThan", "Bool", "BoolIfExists", "BinaryEquals", "IpAddress", "NotIpAddress", "Null",
        "stringequals",
    ])
    func knownOperators(name: String) {
        #expect(lint(json(name), rule: rule).isEmpty)
    }
}

struct InvalidSidRuleTests {
    let rule = InvalidSidRule.id

    @Test func ruleId() { #expect(rule == "invalid-sid") }

    @Test func charactersIAMRejects() {
        let json = policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::b/*""#, extra: #", "Sid": "Read objects-now""#)
        let findings = lint(json, rule: rule)
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.statement) == ["Read objects-now"])
        #expect(findings.map(\.message) == [#"Sid "Read objects-now" has characters IAM does not allow in a Sid (space, "-"); use only letters A-Z, a-z and digits 0-9"#])
        #expect(lint(policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::b/*""#, extra: #", "Sid": "ReadObjects2""#), rule: rule).isEmpty)
    }

    @Test func resourcePoliciesFollowTheirService() {
        let key = #"""
            {"Version": "2012-10-17", "Statement": [{"Sid": "Enable IAM User Permissions", "Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:DescribeKey", "Resource": "*"}]}
            """#
        #expect(lint(key, rule: rule).isEmpty)
    }
}

struct PolicyVariableVersionRuleTests {
    let rule = PolicyVariableVersionRule.id

    @Test func ruleId() { #expect(rule == "policy-variable-version") }

    @Test func variablesUnder2008() {
        let json = #"{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*"}]}"#
        let findings = lint(json, rule: rule)
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.message) == [#"policy variable "${aws:username}" is plain text under Version "2008-10-17"; set "Version": "2012-10-17""#])
        #expect(lint(json.replacingOccurrences(of: "2008-10-17", with: "2012-10-17"), rule: rule).isEmpty)
    }

    @Test func variablesWithoutVersionAndInConditions() {
        let json = #"{"Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::home", "Condition": {"StringLike": {"s3:prefix": "${aws:PrincipalTag/team}/*"}}}]}"#
        #expect(messages(json, rule: rule) == [#"policy variable "${aws:PrincipalTag/team}" is plain text without a Version (IAM then assumes "2008-10-17"); set "Version": "2012-10-17""#])
        // An escape is not a variable.
        #expect(lint(#"{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${*}x"}]}"#, rule: rule).isEmpty)
    }
}

struct EmptyStatementRuleTests {
    let rule = EmptyStatementRule.id

    @Test func ruleId() { #expect(rule == "empty-statement") }

    @Test func noStatements() {
        let findings = lint(#"{"Version": "2012-10-17", "Statement": []}"#)
        #expect(findings.map(\.rule) == [rule])
        #expect(findings.map(\.message) == [#"policy has no statements ("Statement": []); IAM rejects it; add the statement that was meant or delete the policy"#])
    }

    @Test func anEmptyStatement() {
        let findings = lint(#"{"Version": "2012-10-17", "Statement": [{}, {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}"#)
        #expect(findings.map(\.rule) == [rule])
        #expect(findings.map(\.statement) == ["0"])
        #expect(findings.map(\.message) == ["statement 0 is empty ({}); remove it or write the statement that was meant"])
    }
}
