import Constructs
import TerraformCore
import Testing

/// A module's inputs and outputs declared once: variables, typed values and wiring come from it.
@Suite struct ModuleInterfaceTests {
    struct Inputs: ModuleInterface {
        var bucketARN = ModuleInput<TFString>("bucket_arn", "ARN of the documents bucket.")
        var retentionDays = ModuleInput<TFNumber>("retention_days", "Days logs are kept.", default: 30)
    }

    struct Outputs: ModuleInterface {
        var roleARN = ModuleOutput<TFString>("role_arn", "ARN of the reader role.")
    }

    @Test func inputsBecomeVariablesAndTypedValues() throws {
        var module = StackModule("reader")
        let input = module.declare(Inputs.self)
        #expect(input.bucketARN.expression == .reference(Reference(.variable("bucket_arn"))))
        let variables = try module.terraform.render()["variables.tf.json"]
        #expect(TerraformJSONWriter.compact(variables?["variable"] ?? .null)
            == #"{"bucket_arn":{"description":"ARN of the documents bucket.","nullable":false,"type":"string"},"retention_days":{"default":30,"description":"Days logs are kept.","nullable":false,"type":"number"}}"#)
        #expect(Inputs.inputDeclarations.map(\.name) == ["bucket_arn", "retention_days"])
        #expect(Inputs.inputDeclarations.map(\.isRequired) == [true, false])
    }

    @Test func argumentsKnowWhatIsMissing() {
        var arguments = Arguments<Inputs>()
        #expect(arguments.missing == ["bucket_arn"])
        arguments.bucketARN = "arn:aws:s3:::docs"
        arguments.set(\.retentionDays, nil)
        #expect(arguments.missing.isEmpty)
        #expect(arguments.values == ["bucket_arn": .string("arn:aws:s3:::docs")])
    }

    @Test func outputsAreDeclaredFromTheirValuesAndReadAsModuleReferences() throws {
        var module = StackModule("reader")
        var output = OutputValues<Outputs>()
        output.roleARN = "arn:aws:iam::1:role/reader"
        module.declare(output)
        let outputs = try module.terraform.render()["outputs.tf.json"]
        #expect(TerraformJSONWriter.compact(outputs?["output"] ?? .null)
            == #"{"role_arn":{"description":"ARN of the reader role.","value":"arn:aws:iam::1:role/reader"}}"#)
        #expect(OutputReferences<Outputs>(call: "reader").roleARN.expression == .reference(Reference(.module("reader"), path: ["role_arn"])))
    }

    @Test func anUnsetOutputFailsTheRender() {
        var module = StackModule("reader")
        module.declare(OutputValues<Outputs>())
        do {
            _ = try module.terraform.render()
            Issue.record("a module with an unset output rendered")
        } catch {
            #expect("\(error)" == "module reader: output role_arn is declared but never set; set it in the module's build, or remove it from its Outputs")
        }
    }
}
