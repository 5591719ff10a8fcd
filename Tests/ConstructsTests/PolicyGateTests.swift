import AWSResources
import Constructs
import IAM
import PolicyLint
import TerraformCore
import Testing

/// The gate lints every registered policy with references replaced by sample ARNs, so a grant
/// on the wrong kind of ARN is caught before anything is written.
@Suite struct PolicyGateTests {
    let bucket = BucketRef(arn: TFString(Reference(resource: "aws_s3_bucket", name: "docs", attribute: "arn")))

    func module(_ grant: (inout Role) -> Void) -> StackModule {
        var module = StackModule("docs")
        var role = Role("reader", roleName: "docs-reader", service: "lambda.amazonaws.com", account: "111111111111")
        grant(&role)
        role.declare(in: &module, description: "Reads documents.")
        return module
    }

    @Test func aGrantOnTheWrongARNIsABlockingFinding() throws {
        let line = #line + 1
        let findings = PolicyGate.lint(module { $0.add(.allow([.s3.getObject], on: [bucket.arn], sid: "ReadDocs")) }, file: "docs/main.tf.json", environment: nil)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "resource-mismatch")
        #expect(finding.isBlocking)
        #expect(finding.module == "docs")
        #expect(finding.file == "docs/main.tf.json")
        #expect(finding.address == "aws_iam_role_policy.reader.policy")
        #expect(finding.action == "s3:GetObject")
        #expect(finding.resource == "arn:aws:s3:::sample-bucket")
        #expect(finding.source == SourceLocation(fileID: "ConstructsTests/PolicyGateTests.swift", line: line))
    }

    @Test func theGrantsOfTheConstructsPass() {
        let findings = PolicyGate.lint(module { role in
            bucket.grantObjects(.read, to: &role, sid: "Read")
            bucket.grantList(to: &role, sid: "List")
            Tracing.grantWrite(to: &role)
        }, file: "docs/main.tf.json", environment: nil)
        #expect(findings.isEmpty)
    }

    @Test func aSuppressedFindingIsReportedButDoesNotBlock() {
        let findings = PolicyGate.lint(module {
            $0.add(Statement.allow([.s3.listAllMyBuckets, .s3.getObject], on: ["*"], sid: "Everything")
                .suppressing("wildcard-resource", reason: "a test of the suppression path"))
        }, file: "f", environment: nil)
        #expect(findings.map(\.rule) == ["wildcard-resource"])
        #expect(findings.map(\.action) == ["s3:GetObject"])
        #expect(findings.allSatisfy { $0.isSuppressed && !$0.isBlocking })
    }

    @Test func forEachInstancesAreLintedOneByOne() {
        var module = StackModule("state")
        var role = Role("state", roleName: "state-\(Role.eachKey)", trust: .account(Role.eachValue, partition: "aws"))
        role.forEach = .object(["dev": .string("111111111111"), "prod": .string("333333333333")])
        role.add(.allow([.s3.getObject], on: ["arn:aws:s3:::rag-genai-\(Role.eachKey)-state/*"], sid: "ReadOwnState"))
        role.declare(in: &module, description: "State.")
        let findings = PolicyGate.lint(module, file: "f", environment: "dev", knownEnvironments: ["dev", "prod"])
        // Each instance is linted with its own key: the dev instance reads dev's state, the prod one prod's.
        #expect(findings.map { "\($0.rule) \($0.address ?? "")" } == ["cross-environment aws_iam_role_policy.state[\"prod\"].policy"])
    }

    @Test func lambdaPermissionsAreLintedAsTheStatementLambdaStores() throws {
        var module = StackModule("api")
        module.add(LambdaPermission("open", action: "lambda:InvokeFunction", functionName: "docs-reader", principal: "*"))
        module.add(LambdaPermission("scoped", action: "lambda:InvokeFunction", functionName: "docs-reader", principal: "apigateway.amazonaws.com")
            .with { $0.sourceArn = "arn:aws:execute-api:eu-west-1:111111111111:a1b2c3d4e5/*" })
        #expect(module.policies.map(\.address) == ["aws_lambda_permission.open", "aws_lambda_permission.scoped"])
        #expect(module.policies.map(\.kind) == [.lambdaFunction, .lambdaFunction])
        #expect(module.policies.last.map { policyJSON($0.document) }
            == #"{"Statement":[{"Action":["lambda:InvokeFunction"],"Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:execute-api:eu-west-1:111111111111:a1b2c3d4e5/*"}},"Effect":"Allow","Principal":{"Service":"apigateway.amazonaws.com"},"Resource":["docs-reader"]}],"Version":"2012-10-17"}"#)
        let findings = PolicyGate.lint(module, file: "f", environment: nil)
        #expect(findings.map { "\($0.rule) \($0.address ?? "")" } == ["public-principal aws_lambda_permission.open.statement"])
    }
}
