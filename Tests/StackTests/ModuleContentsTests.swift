import IAM
import PolicyLint
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// Each module's exact resources, and the gate's view of the whole stack.
@Suite struct ModuleContentsTests {
    func addresses(_ module: StackModule) -> [String] {
        (Array(module.terraform.resources.keys) + Array(module.terraform.dataSources.keys)).sorted()
    }

    @Test func storageHasKeyBucketsAndNotification() {
        #expect(addresses(StorageModule.build()) == [
            "aws_kms_alias.main", "aws_kms_key.main", "aws_lambda_permission.s3_invoke_ingest",
            "aws_s3_bucket.access_logs", "aws_s3_bucket.vectors",
            "aws_s3_bucket_lifecycle_configuration.access_logs", "aws_s3_bucket_lifecycle_configuration.vectors",
            "aws_s3_bucket_logging.vectors", "aws_s3_bucket_notification.access_logs", "aws_s3_bucket_notification.vectors",
            "aws_s3_bucket_ownership_controls.access_logs", "aws_s3_bucket_ownership_controls.vectors",
            "aws_s3_bucket_policy.access_logs", "aws_s3_bucket_policy.vectors",
            "aws_s3_bucket_public_access_block.access_logs", "aws_s3_bucket_public_access_block.vectors",
            "aws_s3_bucket_server_side_encryption_configuration.access_logs",
            "aws_s3_bucket_server_side_encryption_configuration.vectors",
            "aws_s3_bucket_versioning.access_logs", "aws_s3_bucket_versioning.vectors",
            "data.aws_caller_identity.current", "data.aws_partition.current",
        ])
    }

    @Test func vectorBucketIsEncryptedWithTheKeyAndDeniesPlainHTTP() throws {
        let json = try StorageModule.build().terraform.render()["main.tf.json"]!
        let encryption = try #require(json["resource"]?["aws_s3_bucket_server_side_encryption_configuration"]?["vectors"])
        #expect(TerraformJSONWriter.compact(encryption) == #"{"bucket":"${aws_s3_bucket.vectors.bucket}","rule":[{"apply_server_side_encryption_by_default":{"kms_master_key_id":"${aws_kms_key.main.arn}","sse_algorithm":"aws:kms"},"bucket_key_enabled":true}]}"#)
        let policy = try #require(json["resource"]?["aws_s3_bucket_policy"]?["vectors"]?["policy"]?.stringValue)
        #expect(policy == #"{"Statement":[{"Action":["s3:*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":"*","Resource":["${aws_s3_bucket.vectors.arn}","${aws_s3_bucket.vectors.arn}/*"],"Sid":"DenyInsecureTransport"}],"Version":"2012-10-17"}"#)
    }

    @Test func everyBucketNotifiesEventBridgeAndTheVectorBucketAlsoTheIngestFunction() throws {
        let json = try StorageModule.build().terraform.render()["main.tf.json"]!
        let logs = try #require(json["resource"]?["aws_s3_bucket_notification"]?["access_logs"])
        #expect(TerraformJSONWriter.compact(logs) == #"{"bucket":"${aws_s3_bucket.access_logs.bucket}","eventbridge":true}"#)
        // One notification configuration per bucket: the vector bucket's own carries both.
        let vectors = try #require(json["resource"]?["aws_s3_bucket_notification"]?["vectors"])
        #expect(vectors["eventbridge"] == true)
        #expect(vectors["lambda_function"]?.arrayValue?.first?["filter_prefix"] == "incoming/")
    }

    @Test func databaseHasTableAndOptionalAutoScaling() throws {
        let module = DatabaseModule.build()
        #expect(addresses(module) == [
            "aws_appautoscaling_policy.table_read", "aws_appautoscaling_policy.table_write",
            "aws_appautoscaling_target.table_read", "aws_appautoscaling_target.table_write", "aws_dynamodb_table.costs",
            "data.aws_caller_identity.current", "data.aws_partition.current",
        ])
        let json = try module.terraform.render()["main.tf.json"]!
        #expect(json["resource"]?["aws_appautoscaling_target"]?["table_read"]?["count"] == #"${var.billing_mode == "PROVISIONED" ? 1 : 0}"#)
        let table = try #require(json["resource"]?["aws_dynamodb_table"]?["costs"])
        #expect(table["hash_key"] == "tenant_id")
        #expect(table["range_key"] == "request_id")
        #expect(table["ttl"] == ["attribute_name": "expires_at", "enabled": true])
        #expect(table["server_side_encryption"] == ["enabled": true, "kms_key_arn": "${var.kms_key_arn}"])
        #expect(table["deletion_protection_enabled"] == "${var.deletion_protection}")
    }

    @Test func lambdaFunctionsCarryThePlatformDefaults() throws {
        let json = try LambdaModule.build().terraform.render()["main.tf.json"]!
        let chat = try #require(json["resource"]?["aws_lambda_function"]?["chat"])
        #expect(chat["handler"] == "chat_handler.handler")
        #expect(chat["tracing_config"] == ["mode": "Active"])
        #expect(chat["filename"] == "${var.package_path}")
        #expect(chat["source_code_hash"] == "${filebase64sha256(var.package_path)}")
        #expect(chat["kms_key_arn"] == "${var.kms_key_arn}")
        #expect(chat["logging_config"] == ["application_log_level": "INFO", "log_format": "JSON",
                                           "log_group": "${aws_cloudwatch_log_group.chat.name}", "system_log_level": "WARN"])
        #expect(chat["environment"]?["variables"]?["MAX_TOKENS"] == "${var.max_tokens}")
        let ingest = try #require(json["resource"]?["aws_lambda_function"]?["ingest"])
        #expect(ingest["handler"] == "ingest_handler.handler")
        #expect(ingest["dead_letter_config"] == ["target_arn": "${aws_sqs_queue.ingest_dlq.arn}"])
        #expect(json["resource"]?["aws_sqs_queue"]?["ingest_dlq"]?["kms_master_key_id"] == "${var.kms_key_arn}")
    }

    @Test func apiRouteIsJWTProtectedAndPermissionScopedToTheRoute() throws {
        let json = try APIGatewayModule.build().terraform.render()["main.tf.json"]!
        #expect(json["resource"]?["aws_apigatewayv2_route"]?["chat"] == [
            "api_id": "${aws_apigatewayv2_api.chat.id}", "authorization_type": "JWT",
            "authorizer_id": "${aws_apigatewayv2_authorizer.cognito.id}", "route_key": "POST /chat",
            "target": "integrations/${aws_apigatewayv2_integration.chat.id}",
        ])
        #expect(json["resource"]?["aws_lambda_permission"]?["api_invoke_chat"]?["source_arn"] == "${aws_apigatewayv2_api.chat.execution_arn}/*/POST/chat")
        #expect(json["resource"]?["aws_apigatewayv2_integration"]?["chat"]?["payload_format_version"] == "2.0")
    }

    @Test func theWholeStackLintsCleanOfBlockingFindings() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all)
        #expect(!synthesis.isBlocked)
        #expect(synthesis.findings.allSatisfy { $0.isSuppressed })
    }

    @Test func gateResolvesReferencesToCatchAGetObjectOnTheBucketItself() {
        var module = StackModule("bad")
        var role = Role("reader", roleName: "rag-genai-dev-reader", service: "lambda.amazonaws.com", account: "111111111111")
        let bucketARN: TFString = module.variable("bucket_arn", .string, "Bucket", origin: .init(resourceType: "aws_s3_bucket", attribute: "arn"))
        role.add(.allow([.s3.getObject], on: [bucketARN], sid: "Oops"))
        role.declare(in: &module, description: "test")
        let findings = PolicyGate.lint(module, file: "modules-out/bad/main.tf.json", environment: "dev")
        #expect(findings.map(\.rule) == ["resource-mismatch"])
        #expect(findings.first?.address == "aws_iam_role_policy.reader.policy")
        #expect(findings.first?.statement == "Oops")
    }

    @Test func gateFollowsModuleArgumentsToFindCrossEnvironmentNames() {
        var module = StackModule("leaky")
        var role = Role("reader", roleName: "rag-genai-prod-reader", service: "lambda.amazonaws.com", account: "333333333333")
        let bucketARN: TFString = module.variable("bucket_arn", .string, "Bucket", origin: .init(resourceType: "aws_s3_bucket", attribute: "arn"))
        role.add(.allow([.s3.listBucket], on: [bucketARN], sid: "ListOtherBucket"))
        role.declare(in: &module, description: "test")
        let findings = PolicyGate.lint(module, file: "m", environment: "prod",
                                       knownEnvironments: Environments.names, arguments: ["bucket_arn": .string("arn:aws:s3:::rag-genai-dev-vectors")])
        #expect(findings.map(\.rule) == ["cross-environment"])
    }
}
