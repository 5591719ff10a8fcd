import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// The wires between a root and the modules it calls: typed where Swift can check them, and
/// checked at synth time where it cannot (``ModuleWiring``).
@Suite struct ModuleWiringTests {
    static let modules: [String: StackModule] = Dictionary(uniqueKeysWithValues: Synthesizer.platformModules.map { ($0.name, $0.build()) })

    /// The dev root's calls, with the lambda call's arguments changed by `edit`.
    static func devCalls(editingLambda edit: (inout [String: Expression]) -> Void) -> [(call: ModuleCall, module: String)] {
        EnvironmentRoot(Environments.dev).calls.map { entry in
            guard entry.module == LambdaModule.name else { return entry }
            var call = entry.call
            edit(&call.arguments)
            return (call, entry.module)
        }
    }

    static func check(_ calls: [(call: ModuleCall, module: String)], rootOutputs: [Output] = []) throws {
        try ModuleWiring(root: "dev", calls: calls, modules: modules).check(rootOutputs: rootOutputs)
    }

    @Test func typedArgumentsRenderAsModuleOutputReferences() {
        var arguments = Arguments<LambdaModule.Inputs>()
        arguments.chatRoleARN = EnvironmentRoot.outputs(of: PoliciesModule.self).chatRoleARN
        arguments.chatMemoryMB = 1024
        #expect(arguments.values == ["chat_role_arn": .reference(Reference(.module("policies"), path: ["chat_role_arn"])), "chat_memory_mb": .integer(1024)])
        #expect(arguments.missing.contains("ingest_role_arn"))
        #expect(!arguments.missing.contains("chat_role_arn"))
    }

    @Test func everyRootAndOptionCombinationIsWiredCompletely() throws {
        for root in PlanTimeCountsTests.roots {
            try Self.check(root.calls, rootOutputs: Array(root.module.terraform.outputs.values))
        }
        let bootstrap = BootstrapRoot()
        try ModuleWiring(root: "bootstrap", calls: bootstrap.calls, modules: Self.modules)
            .check(rootOutputs: Array(bootstrap.module.terraform.outputs.values))
    }

    @Test func anUnknownInputNamesTheRootTheModuleAndTheInput() {
        let calls = Self.devCalls { $0["ingest_timeout_secs"] = $0.removeValue(forKey: "ingest_timeout_seconds") }
        #expect(throws: TerraformError.self) { try Self.check(calls) }
        do {
            try Self.check(calls)
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix("root dev: module lambda has no input ingest_timeout_secs; use one of its inputs (bucket_name, cache_endpoint,"))
            #expect(message.hasSuffix("vector_store) or declare it in the module's Inputs"))
        }
    }

    @Test func aMissingInputNamesTheRootTheModuleAndTheInput() {
        let calls = Self.devCalls { $0.removeValue(forKey: "ingest_timeout_seconds") }
        #expect(throws: TerraformError.missingInput(root: "dev", module: "lambda", input: "ingest_timeout_seconds")) { try Self.check(calls) }
        #expect(TerraformError.missingInput(root: "dev", module: "lambda", input: "ingest_timeout_seconds").description
            == "root dev: module lambda requires input ingest_timeout_seconds, which the root does not pass; set it in the root's call of lambda")
    }

    @Test func aReferenceToAnOutputThatDoesNotExistIsAnError() {
        let calls = Self.devCalls { $0["chat_role_arn"] = .reference(Reference(.module("policies"), path: ["chat_role_arm"])) }
        #expect(throws: TerraformError.unknownOutput(root: "dev", call: "policies", output: "chat_role_arm",
                                                     known: ["chat_role_arn", "ingest_role_arn", "vpc_subnet_ids"])) { try Self.check(calls) }
        #expect(TerraformError.unknownOutput(root: "dev", call: "policies", output: "chat_role_arm", known: ["chat_role_arn", "ingest_role_arn"]).description
            == "root dev: module.policies.chat_role_arm does not exist; policies declares only chat_role_arn, ingest_role_arn")
    }

    @Test func aReferenceToAModuleTheRootDoesNotCallIsAnError() {
        // dev has no WAF: its origin secret cannot be wired.
        let calls = Self.devCalls { $0["origin_verify_secret_arn"] = .reference(Reference(.module("waf"), path: ["origin_verify_secret_arn"])) }
        #expect(throws: TerraformError.unknownOutput(root: "dev", call: "waf", output: "origin_verify_secret_arn", known: nil)) { try Self.check(calls) }
    }

    @Test func rootOutputsAreCheckedToo() {
        let output = Output("bucket", value: TFString(Reference(.module("storage"), path: ["bucket"])), description: "")
        #expect(throws: TerraformError.unknownOutput(root: "dev", call: "storage", output: "bucket",
                                                     known: ["access_log_bucket_name", "bucket_arn", "bucket_name", "kms_alias_name", "kms_key_arn"])) {
            try Self.check(EnvironmentRoot(Environments.dev).calls, rootOutputs: [output])
        }
    }

    /// The gate resolves a wired ARN from the resource behind the output it is wired to: the
    /// policies module's `var.bucket_arn` lints as the storage module's bucket.
    @Test func theGateSeesThroughModuleOutputsToTheResource() throws {
        let calls = EnvironmentRoot(Environments.dev).calls
        let wiring = ModuleWiring(root: "dev", calls: calls, modules: Self.modules)
        let policies = try #require(calls.first { $0.module == PoliciesModule.name }?.call)
        let resolved = wiring.resolvingOutputs(policies.arguments)
        #expect(ReferenceResolver(arguments: resolved).resolve(.reference(Reference(.variable("bucket_arn")))) == "arn:aws:s3:::sample-bucket")
        #expect(ReferenceResolver(arguments: resolved).resolve(.reference(Reference(.variable("kms_key_arn"))))
            == "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0")
    }
}
