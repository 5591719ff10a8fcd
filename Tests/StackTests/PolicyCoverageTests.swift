import Testing
import IAM
import AWSResources
import TerraformCore
@testable import Constructs
@testable import Stack

/// Policies cannot escape the gate: every policy argument any module or root renders has a lint
/// record, because a policy-bearing resource is added and registered in one call
/// (`StackModule.add(_:policy:in:kind:)`, and `add(_:)` for Lambda permissions).
@Suite struct PolicyCoverageTests {
    /// Arguments that hold a policy document, whatever the resource type.
    static let policyArguments: Set<String> = ["policy", "assume_role_policy", "policy_document"]

    /// Policy arguments in a language other than IAM's, which the IAM linter cannot read. Each is
    /// reviewed here, so a new one fails this test until someone decides how it is checked.
    static let notIAM: [String: String] = [
        // Encryption and network settings of OpenSearch Serverless collections: no principals, no actions.
        "aws_opensearchserverless_security_policy": "an encryption or network setting, not a permission",
        // OpenSearch Serverless data access rules ({Rules, Principal} lists, aoss permission names).
        "aws_opensearchserverless_access_policy": "OpenSearch's data-access grammar, not an IAM policy",
    ]

    /// Every module as built, and every root (each option combination), with the addresses and
    /// arguments that carry a policy but have no lint record.
    static func unlinted(_ module: StackModule) -> [String] {
        let linted = Set(module.policies.map { "\($0.address).\($0.argument)" })
        var missing: [String] = []
        for (address, resource) in module.terraform.resources where notIAM[resource.type] == nil {
            var arguments = resource.body.arguments.keys.filter(policyArguments.contains)
            if resource.type == "aws_lambda_permission" { arguments.append("statement") }
            for argument in arguments where !linted.contains("\(address).\(argument)") { missing.append("\(address).\(argument)") }
        }
        return missing.sorted()
    }

    @Test func everyPolicyArgumentOfEveryModuleAndRootIsLinted() {
        for type in Synthesizer.platformModules {
            let module = type.build()
            #expect(Self.unlinted(module) == [], "module \(type.name)")
        }
        for root in PlanTimeCountsTests.roots {
            #expect(Self.unlinted(root.module) == [], "root \(root.config.name)")
        }
    }

    @Test func thereArePoliciesToCheck() {
        // The walk above would pass vacuously if it found no policies: it finds every kind.
        let kinds = Set(Synthesizer.platformModules.flatMap { $0.build().policies.map(\.argument) })
        #expect(kinds.isSuperset(of: ["policy", "assume_role_policy", "statement"]))
    }

    @Test func aPolicyAddedWithoutTheGateIsFound() {
        var module = StackModule("leaky")
        module.add(IamRolePolicy("sneaky", policy: "{}", role: "r"))
        #expect(Self.unlinted(module) == ["aws_iam_role_policy.sneaky.policy"])
    }

    @Test func addingWithAPolicyRendersAndRegistersTheSameDocument() throws {
        var module = StackModule("probe")
        let document = PolicyDocument([Statement(effect: .allow, actions: [Action("s3:GetObject")], resources: ["arn:aws:s3:::b/*"])])
        module.add(IamRolePolicy("reader", policy: "{}", role: "r"), policy: document, kind: .identity)
        let record = try #require(module.policies.first)
        #expect(record.address == "aws_iam_role_policy.reader" && record.argument == "policy" && record.kind == .roleInline)
        #expect(module.terraform.resources["aws_iam_role_policy.reader"]?.body.arguments["policy"] == document.rendered.expression)
    }
}
