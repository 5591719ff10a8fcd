import IAM
import Testing
@testable import Constructs
@testable import Stack

/// Stack policies remember the Swift call behind each statement, and the gate's findings name it.
struct PolicySourceLocationTests {
    @Test func grantsRecordTheirCallerAndRolesTheirDeclaration() throws {
        var module = StackModule("probe")
        let roleLine = #line + 1
        var role = Role("probe", roleName: "probe-role", service: "lambda.amazonaws.com", account: "123456789012")
        let grantLine = #line + 1
        BucketRef(arn: "arn:aws:s3:::probe-bucket").grantObjects(.read, to: &role, sid: "ReadProbe")
        let declareLine = #line + 1
        role.declare(in: &module, description: "probe")
        let inline = try #require(module.policies.first { $0.address == "aws_iam_role_policy.probe" })
        #expect(inline.kind == .roleInline)
        #expect(inline.source == SourceLocation(fileID: "StackTests/PolicySourceLocationTests.swift", line: declareLine))
        #expect(inline.document.statementSources == [SourceLocation(fileID: "StackTests/PolicySourceLocationTests.swift", line: grantLine)])
        let trust = try #require(module.policies.first { $0.address == "aws_iam_role.probe" })
        #expect(trust.kind == .trust)
        #expect(trust.document.statementSources == [SourceLocation(fileID: "StackTests/PolicySourceLocationTests.swift", line: roleLine)])
    }

    @Test func gateFindingsNameTheGrant() {
        var module = StackModule("probe")
        var role = Role("probe", roleName: "probe-role", service: "lambda.amazonaws.com", account: "123456789012")
        let line = #line + 1
        role.add(.allow([Action("s3:*")], on: ["arn:aws:s3:::probe-bucket/*"], sid: "TooMuch"))
        role.declare(in: &module, description: "probe")
        let findings = PolicyGate.lint(module, file: "modules-out/probe/main.tf.json", environment: nil)
        #expect(findings.map(\.rule) == ["wildcard-action"])
        #expect(findings.first?.source == SourceLocation(fileID: "StackTests/PolicySourceLocationTests.swift", line: line))
        #expect(findings.first?.policyKind == .roleInline)
    }
}
