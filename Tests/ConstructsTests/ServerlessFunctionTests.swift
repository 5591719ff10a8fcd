import AWSResources
import Constructs
import TerraformCore
import Testing

/// A function with its own log group (created first), JSON logs, tracing and its package hash.
@Suite struct ServerlessFunctionTests {
    /// The package path as Terraform sees it; `${` in literal text would be escaped to `$${`.
    @Test func theFunctionAndItsLogGroup() throws {
        var module = StackModule("m")
        let function = ServerlessFunction(
            "reader", functionName: "acme-reader", description: "Reads.", handler: "reader.handler", role: "arn:aws:iam::1:role/reader",
            package: "\(Reference(.other("path.module")))/reader.zip", memoryMB: 256, timeoutSeconds: 30, reservedConcurrency: 5,
            kmsKey: "arn:aws:kms:eu-west-1:1:key/k", logRetentionDays: 30, environment: ["BUCKET": "docs"])
        let (lambda, logGroup) = function.declare(in: &module)
        #expect(lambda.address == "aws_lambda_function.reader")
        #expect(logGroup.address == "aws_cloudwatch_log_group.reader")
        #expect(addresses(module) == ["aws_cloudwatch_log_group.reader", "aws_lambda_function.reader"])
        #expect(try resourceJSON(module, "aws_cloudwatch_log_group.reader")
            == #"{"kms_key_id":"arn:aws:kms:eu-west-1:1:key/k","name":"/aws/lambda/acme-reader","retention_in_days":30}"#)
        let json = try resourceJSON(module, "aws_lambda_function.reader")
        #expect(json == #"{"architectures":["arm64"],"depends_on":["aws_cloudwatch_log_group.reader"],"#
            + #""description":"Reads.","environment":{"variables":{"BUCKET":"docs"}},"filename":"${path.module}/reader.zip","function_name":"acme-reader","#
            + #""handler":"reader.handler","kms_key_arn":"arn:aws:kms:eu-west-1:1:key/k","#
            + #""logging_config":{"application_log_level":"INFO","log_format":"JSON","log_group":"${aws_cloudwatch_log_group.reader.name}","system_log_level":"WARN"},"#
            + #""memory_size":256,"reserved_concurrent_executions":5,"role":"arn:aws:iam::1:role/reader","runtime":"python3.12","#
            + #""source_code_hash":"${filebase64sha256(\"${path.module}/reader.zip\")}","timeout":30,"tracing_config":{"mode":"Active"}}"#)
        #expect(module.policies.isEmpty)
    }
}
