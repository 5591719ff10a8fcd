import IAM
import PolicyLint
import TerraformCore
import Testing

/// `lint-policy` findings name the line and column of their statement; stack findings the Swift
/// call that declared it.
struct FindingPositionTests {
    @Test func lineAndColumnOfTheStatement() {
        let json = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                  {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}
              ]
            }
            """
        let findings = lint(json)
        #expect(findings.map(\.rule) == ["wildcard-action"])
        #expect(findings.first?.line == 5)
        #expect(findings.first?.column == 7)
    }

    @Test func wholeDocumentAndSingleStatementPositions() {
        let json = "\n  {\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}"
        let findings = lint(json)
        #expect(findings.first { $0.rule == "invalid-policy" }.map { [$0.line, $0.column] } == [2, 3])
        #expect(findings.first { $0.rule == "wildcard-action" }.map { [$0.line, $0.column] } == [2, 17])
        let broken = lint("{\n  \"Version\": }")
        #expect(broken.map(\.rule) == ["invalid-policy"])
        #expect(broken.first.map { [$0.line, $0.column] } == [2, 14])
    }

    @Test func stackFindingsCarryTheStatementSource() {
        let source = SourceLocation(fileID: "Stack/PoliciesModule.swift", line: 42)
        let whole = SourceLocation(fileID: "Constructs/Role.swift", line: 7)
        let document = try! JSONParser.parse(#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}]}"#)
        let findings = PolicyLinter().lint(document, context: PolicyContext(module: "m", kind: .roleInline, source: whole, statementSources: [source]))
        #expect(findings.map(\.source) == [source])
        #expect(findings.map(\.line) == [nil])
        #expect(findings.map(\.policyKind) == [.roleInline])
    }
}
