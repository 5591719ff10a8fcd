import IAM
import PolicyLint
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// The production-hardening modules: exact JSON of the resources that matter, the exact
/// statements of their roles, and the whole stack passing the gate.
@Suite struct HardeningModulesTests {
    func main(_ module: StackModule) throws -> JSONValue { try #require(try module.terraform.render()["main.tf.json"]) }

    func resource(_ module: StackModule, _ type: String, _ name: String) throws -> JSONValue {
        try #require(try main(module)["resource"]?[type]?[name])
    }

    /// The rendered policy of `policy` in `module`: its statements as IAM will receive them.
    func statements(_ module: StackModule, role name: String) throws -> String {
        try #require(try resource(module, "aws_iam_role_policy", name)["policy"]?.stringValue)
    }

    @Test func wafRulesAreManagedGroupsRateLimitAndBodySize() throws {
        let acl = try resource(WAFModule.build(), "aws_wafv2_web_acl", "api")
        #expect(acl["scope"] == "CLOUDFRONT")
        #expect(acl["provider"] == "aws.us_east_1")
        #expect(TerraformJSONWriter.compact(try #require(acl["rule"])) == #"[{"name":"AWSManagedRulesAmazonIpReputationList","override_action":{"none":{}},"priority":10,"statement":{"managed_rule_group_statement":{"name":"AWSManagedRulesAmazonIpReputationList","vendor_name":"AWS"}},"visibility_config":{"cloudwatch_metrics_enabled":true,"metric_name":"${var.name_prefix}-ip-reputation","sampled_requests_enabled":true}},{"name":"AWSManagedRulesAnonymousIpList","override_action":{"count":{}},"priority":15,"statement":{"managed_rule_group_statement":{"name":"AWSManagedRulesAnonymousIpList","vendor_name":"AWS"}},"visibility_config":{"cloudwatch_metrics_enabled":true,"metric_name":"${var.name_prefix}-anonymous-ip","sampled_requests_enabled":true}},{"name":"AWSManagedRulesCommonRuleSet","override_action":{"none":{}},"priority":20,"statement":{"managed_rule_group_statement":{"name":"AWSManagedRulesCommonRuleSet","rule_action_override":[{"action_to_use":{"count":{}},"name":"SizeRestrictions_BODY"}],"vendor_name":"AWS"}},"visibility_config":{"cloudwatch_metrics_enabled":true,"metric_name":"${var.name_prefix}-common","sampled_requests_enabled":true}},{"name":"AWSManagedRulesKnownBadInputsRuleSet","override_action":{"none":{}},"priority":30,"statement":{"managed_rule_group_statement":{"name":"AWSManagedRulesKnownBadInputsRuleSet","vendor_name":"AWS"}},"visibility_config":{"cloudwatch_metrics_enabled":true,"metric_name":"${var.name_prefix}-known-bad-inputs","sampled_requests_enabled":true}},{"action":{"block":{}},"name":"rate-limit-per-ip","priority":40,"statement":{"rate_based_statement":{"aggregate_key_type":"IP","evaluation_window_sec":300,"limit":"${var.rate_limit_per_5min}"}},"visibility_config":{"cloudwatch_metrics_enabled":true,"metric_name":"${var.name_prefix}-rate-limit","sampled_requests_enabled":true}},{"action":{"block":{}},"name":"max-body-size","priority":50,"statement":{"size_constraint_statement":{"comparison_operator":"GT","field_to_match":{"body":{"oversize_handling":"MATCH"}},"size":"${var.max_body_bytes}","text_transformation":[{"priority":0,"type":"NONE"}]}},"visibility_config":{"cloudwatch_metrics_enabled":true,"metric_name":"${var.name_prefix}-body-size","sampled_requests_enabled":true}}]"#)
    }

    @Test func wafModuleTakesTheUSEast1AliasAndLogsEncrypted() throws {
        let module = WAFModule.build()
        let versions = try #require(try module.terraform.render()["versions.tf.json"])
        #expect(versions["terraform"]?["required_providers"]?["aws"]?["configuration_aliases"] == ["aws.us_east_1"])
        let logs = try resource(module, "aws_cloudwatch_log_group", "waf")
        #expect(logs["name"] == "aws-waf-logs-${var.name_prefix}")
        #expect(logs["kms_key_id"] == "${aws_kms_key.waf_logs.arn}")
        #expect(logs["provider"] == "aws.us_east_1")
        #expect(try resource(module, "aws_kms_key", "waf_logs")["provider"] == "aws.us_east_1")
        let logging = try resource(module, "aws_wafv2_web_acl_logging_configuration", "api")
        #expect(logging["log_destination_configs"] == ["${aws_cloudwatch_log_group.waf.arn}"])
    }

    @Test func cloudFrontForwardsToTheAPIOverTLS12WithTheOriginHeader() throws {
        let distribution = try resource(WAFModule.build(), "aws_cloudfront_distribution", "api")
        #expect(distribution["web_acl_id"] == "${aws_wafv2_web_acl.api.arn}")
        let behavior = try #require(distribution["default_cache_behavior"])
        #expect(behavior["viewer_protocol_policy"] == "redirect-to-https")
        #expect(behavior["cache_policy_id"] == .string(WAFModule.cachingDisabledPolicyID))
        #expect(behavior["origin_request_policy_id"] == .string(WAFModule.allViewerExceptHostHeaderPolicyID))
        #expect(behavior["response_headers_policy_id"] == "67f7725c-6f97-4210-82d7-5512b31e9d03")
        #expect(try main(WAFModule.build())["data"]?["aws_cloudfront_response_headers_policy"] == nil)
        let origin = try #require(distribution["origin"]?.arrayValue?.first)
        #expect(origin["domain_name"] == "${trimprefix(var.api_endpoint, \"https://\")}")
        #expect(TerraformJSONWriter.compact(try #require(origin["custom_origin_config"])) == #"{"http_port":80,"https_port":443,"origin_protocol_policy":"https-only","origin_ssl_protocols":["TLSv1.2"]}"#)
        #expect(origin["custom_header"]?.arrayValue?.first?["name"] == "X-Origin-Verify")
    }

    @Test func rotationRoleMayRotateOnlyThisSecretAndDistribution() throws {
        #expect(try statements(WAFModule.build(), role: "origin_verify_rotation") == #"{"Statement":[{"Action":["secretsmanager:DescribeSecret","secretsmanager:GetSecretValue","secretsmanager:PutSecretValue","secretsmanager:UpdateSecretVersionStage"],"Effect":"Allow","Resource":["${aws_secretsmanager_secret.origin_verify.arn}"],"Sid":"RotateOriginSecret"},{"Action":["secretsmanager:GetRandomPassword"],"Effect":"Allow","Resource":["*"],"Sid":"GenerateRandomValues"},{"Action":["cloudfront:GetDistributionConfig","cloudfront:UpdateDistribution"],"Effect":"Allow","Resource":["${aws_cloudfront_distribution.api.arn}"],"Sid":"WriteOriginHeader"},{"Action":["kms:Decrypt","kms:GenerateDataKey"],"Effect":"Allow","Resource":["${aws_kms_key.origin_verify.arn}"],"Sid":"UseOriginSecretKey"},{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":["arn:${data.aws_partition.current.partition}:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/${var.name_prefix}-origin-verify-rotation:*"],"Sid":"WriteOwnLogs"},{"Action":["xray:PutTelemetryRecords","xray:PutTraceSegments"],"Effect":"Allow","Resource":["*"],"Sid":"WriteTraces"}],"Version":"2012-10-17"}"#)
    }

    @Test func rotationFunctionIsCodeSignedByTheEnvironmentsProfileAndRotatesWithin90Days() throws {
        let module = WAFModule.build()
        let function = try resource(module, "aws_lambda_function", "origin_verify_rotation")
        // One trust anchor per environment: the lambda module's code-signing config.
        #expect(function["code_signing_config_arn"] == "${var.code_signing_config_arn}")
        #expect(try main(module)["resource"]?["aws_lambda_code_signing_config"] == nil)
        #expect(try main(module)["resource"]?["aws_signer_signing_profile"] == nil)
        let lambda = LambdaModule.build()
        let signing = try resource(lambda, "aws_lambda_code_signing_config", "lambda")
        #expect(signing["allowed_publishers"]?["signing_profile_version_arns"] == ["${aws_signer_signing_profile.lambda.version_arn}"])
        #expect(signing["policies"]?["untrusted_artifact_on_deployment"] == "Warn")
        let outputs = try #require(try lambda.terraform.render()["outputs.tf.json"])
        #expect(outputs["output"]?["code_signing_config_arn"]?["value"] == "${aws_lambda_code_signing_config.lambda.arn}")
        let root = try #require(try EnvironmentRoot(Environments.prod).module.terraform.render()["main.tf.json"])
        #expect(root["module"]?["waf"]?["code_signing_config_arn"] == "${module.lambda.code_signing_config_arn}")
        let variables = try #require(try module.terraform.render()["variables.tf.json"])
        let validation = try #require(variables["variable"]?["rotation_days"]?["validation"]?.arrayValue?.first)
        #expect(validation["condition"] == "${var.rotation_days >= 1 && var.rotation_days <= 90}")
    }

    @Test func chatReadsTheOriginSecretOnlyWhereTheRootTurnsItOn() throws {
        let grant = try resource(PoliciesModule.build(), "aws_iam_role_policy", "chat_origin_verify")
        #expect(grant["count"] == "${var.enable_origin_verify ? 1 : 0}")
        #expect(grant["policy"]?.stringValue == #"{"Statement":[{"Action":["secretsmanager:GetSecretValue"],"Effect":"Allow","Resource":["${var.origin_verify_secret_arn}"],"Sid":"ReadOriginSecret"},{"Action":["kms:Decrypt"],"Effect":"Allow","Resource":["${var.origin_verify_key_arn}"],"Sid":"DecryptOriginSecret"}],"Version":"2012-10-17"}"#)
    }

    @Test func dlqAlarmGoesToTheTopic() throws {
        let alarm = try resource(MonitoringModule.build(), "aws_cloudwatch_metric_alarm", "dlq_depth")
        #expect(TerraformJSONWriter.compact(alarm) == #"{"alarm_actions":["${aws_sns_topic.alarms.arn}"],"alarm_description":"Uploads failed ingestion and wait in the dead-letter queue.","alarm_name":"${var.name_prefix}-ingest-dlq-depth","comparison_operator":"GreaterThanOrEqualToThreshold","dimensions":{"QueueName":"${var.dlq_name}"},"evaluation_periods":1,"metric_name":"ApproximateNumberOfMessagesVisible","namespace":"AWS/SQS","ok_actions":["${aws_sns_topic.alarms.arn}"],"period":300,"statistic":"Maximum","threshold":"${var.dlq_depth_threshold}","treat_missing_data":"notBreaching"}"#)
    }

    @Test func alarmTopicIsEncryptedAndOnlyCloudWatchAndBudgetsPublish() throws {
        let module = MonitoringModule.build()
        #expect(try resource(module, "aws_sns_topic", "alarms")["kms_master_key_id"] == "${var.kms_key_arn}")
        #expect(try resource(module, "aws_sns_topic_subscription", "alarm_email")["count"] == "${var.alarm_email == \"\" ? 0 : 1}")
        #expect(try resource(module, "aws_sns_topic_policy", "alarms")["policy"]?.stringValue == #"{"Statement":[{"Action":["sns:Publish"],"Condition":{"StringEquals":{"aws:SourceAccount":"${data.aws_caller_identity.current.account_id}"}},"Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Resource":["${aws_sns_topic.alarms.arn}"],"Sid":"AllowCloudWatchAlarms"},{"Action":["sns:Publish"],"Condition":{"StringEquals":{"aws:SourceAccount":"${data.aws_caller_identity.current.account_id}"}},"Effect":"Allow","Principal":{"Service":"budgets.amazonaws.com"},"Resource":["${aws_sns_topic.alarms.arn}"],"Sid":"AllowBudgetAlerts"}],"Version":"2012-10-17"}"#)
        #expect(module.policies.map(\.address) == ["aws_sns_topic_policy.alarms"])
        let alarms = try #require(try main(module)["resource"]?["aws_cloudwatch_metric_alarm"]?.objectValue)
        #expect(alarms.keys.sorted() == ["api_5xx", "chat_errors", "chat_throttles", "chat_traced_p95", "dlq_depth", "ingest_errors", "ingest_throttles"])
        // The traced-duration alarm: X-Ray's p95 of the chat function's node, only where a threshold is set.
        let traced = try #require(alarms["chat_traced_p95"]?.objectValue)
        #expect(traced["count"] == "${var.chat_p95_alarm_seconds > 0 ? 1 : 0}")
        #expect(traced["extended_statistic"] == "p95")
        #expect(traced["statistic"] == nil)
        #expect(traced["namespace"] == "AWS/X-Ray")
        #expect(traced["metric_name"] == "ResponseTime")
        #expect(TerraformJSONWriter.compact(try #require(traced["dimensions"])) == #"{"GroupName":"${var.xray_group_name}","ServiceName":"${var.chat_function_name}","ServiceType":"AWS::Lambda::Function"}"#)
        #expect(traced["threshold"] == "${var.chat_p95_alarm_seconds}")
    }

    @Test func replicationRuleReplicatesEverythingWithRTC() throws {
        let configuration = try resource(DRModule.build(), "aws_s3_bucket_replication_configuration", "vectors")
        #expect(TerraformJSONWriter.compact(try #require(configuration["rule"])) == #"[{"delete_marker_replication":{"status":"Enabled"},"destination":{"bucket":"${var.replica_bucket_arn}","encryption_configuration":{"replica_kms_key_id":"${var.replica_kms_key_arn}"},"metrics":{"event_threshold":{"minutes":15},"status":"Enabled"},"replication_time":{"status":"Enabled","time":{"minutes":15}},"storage_class":"STANDARD"},"filter":{},"id":"replicate-everything","priority":1,"source_selection_criteria":{"sse_kms_encrypted_objects":{"status":"Enabled"}},"status":"Enabled"}]"#)
    }

    @Test func backupRoleStatementsAreExplicit() throws {
        let module = DRModule.build()
        #expect(try statements(module, role: "backup") == #"{"Statement":[{"Action":["dynamodb:CreateBackup","dynamodb:DescribeTable","dynamodb:ListTagsOfResource","dynamodb:StartAwsBackupJob"],"Effect":"Allow","Resource":["${var.table_arn}"],"Sid":"BackUpCostTable"},{"Action":["dynamodb:DeleteBackup","dynamodb:DescribeBackup"],"Effect":"Allow","Resource":["${var.table_arn}/backup/*"],"Sid":"ManageCostTableBackups"},{"Action":["backup:CopyIntoBackupVault","backup:DescribeBackupVault"],"Effect":"Allow","Resource":["${aws_backup_vault.main.arn}","${var.dr_vault_arn}"],"Sid":"WriteRecoveryPoints"},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey"],"Effect":"Allow","Resource":["${var.kms_key_arn}","${aws_kms_key.backup.arn}","${var.replica_kms_key_arn}"],"Sid":"UseBackupKeys"},{"Action":["kms:CreateGrant"],"Condition":{"Bool":{"kms:GrantIsForAWSResource":"true"}},"Effect":"Allow","Resource":["${var.kms_key_arn}","${aws_kms_key.backup.arn}","${var.replica_kms_key_arn}"],"Sid":"GrantKeysToAWSResources"},{"Action":["s3:GetBucketLocation","s3:GetBucketNotification","s3:GetBucketTagging","s3:GetBucketVersioning","s3:GetInventoryConfiguration","s3:ListBucket","s3:ListBucketVersions","s3:PutBucketNotification","s3:PutInventoryConfiguration"],"Effect":"Allow","Resource":["${var.bucket_arn}"],"Sid":"BackUpVectorBucket"},{"Action":["s3:GetObject","s3:GetObjectAcl","s3:GetObjectTagging","s3:GetObjectVersion","s3:GetObjectVersionAcl","s3:GetObjectVersionTagging"],"Effect":"Allow","Resource":["${var.bucket_arn}/*"],"Sid":"ReadVectorObjects"},{"Action":["events:DeleteRule","events:DescribeRule","events:DisableRule","events:EnableRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets"],"Effect":"Allow","Resource":["arn:${data.aws_partition.current.partition}:events:${var.region}:${data.aws_caller_identity.current.account_id}:rule/AwsBackupManagedRule*"],"Sid":"ManageBackupRules"},{"Action":["cloudwatch:GetMetricData","events:ListRules"],"Effect":"Allow","Resource":["*"],"Sid":"ReadBucketMetrics"}],"Version":"2012-10-17"}"#)
        // No managed policies anywhere in the module.
        #expect(try main(module)["resource"]?["aws_iam_role_policy_attachment"] == nil)
        let plan = try resource(module, "aws_backup_plan", "daily")
        #expect(plan["rule"]?.arrayValue?.first?["copy_action"]?.arrayValue?.first?["destination_vault_arn"] == "${var.dr_vault_arn}")
    }

    @Test func replicationRoleStatementsAreExplicit() throws {
        #expect(try statements(DRModule.build(), role: "replication") == #"{"Statement":[{"Action":["s3:GetReplicationConfiguration","s3:ListBucket"],"Effect":"Allow","Resource":["${var.bucket_arn}"],"Sid":"ReadReplicationConfiguration"},{"Action":["s3:GetObjectVersionAcl","s3:GetObjectVersionForReplication","s3:GetObjectVersionTagging"],"Effect":"Allow","Resource":["${var.bucket_arn}/*"],"Sid":"ReadSourceVersions"},{"Action":["s3:ReplicateDelete","s3:ReplicateObject","s3:ReplicateTags"],"Effect":"Allow","Resource":["${var.replica_bucket_arn}/*"],"Sid":"WriteReplicas"},{"Action":["kms:Decrypt"],"Condition":{"StringEquals":{"kms:ViaService":"s3.${var.region}.amazonaws.com"}},"Effect":"Allow","Resource":["${var.kms_key_arn}"],"Sid":"DecryptSourceObjects"},{"Action":["kms:Encrypt","kms:GenerateDataKey"],"Condition":{"StringEquals":{"kms:ViaService":"s3.${var.dr_region}.amazonaws.com"}},"Effect":"Allow","Resource":["${var.replica_kms_key_arn}"],"Sid":"EncryptReplicas"}],"Version":"2012-10-17"}"#)
    }

    @Test func replicaBucketIsASecureBucketWithItsOwnKey() throws {
        let module = DRReplicaModule.build()
        let encryption = try resource(module, "aws_s3_bucket_server_side_encryption_configuration", "replica")
        #expect(TerraformJSONWriter.compact(encryption) == #"{"bucket":"${aws_s3_bucket.replica.bucket}","rule":[{"apply_server_side_encryption_by_default":{"kms_master_key_id":"${aws_kms_key.replica.arn}","sse_algorithm":"aws:kms"},"bucket_key_enabled":true}]}"#)
        #expect(try resource(module, "aws_backup_vault", "dr")["kms_key_arn"] == "${aws_kms_key.replica.arn}")
    }

    @Test func configParametersAreSecureStringsUnderTheEnvironmentPath() throws {
        let module = ConfigModule.build()
        let parameters = try #require(try main(module)["resource"]?["aws_ssm_parameter"]?.objectValue)
        #expect(parameters.keys.sorted() == ["chat_model_id", "embedding_model_id", "max_input_chars", "max_tokens",
                                             "throttling_burst_limit", "throttling_rate_limit"])
        for (name, parameter) in parameters {
            #expect(parameter["type"] == "SecureString")
            #expect(parameter["key_id"] == "${var.kms_key_arn}")
            #expect(parameter["name"] == .string("/rag-genai/${var.environment}/\(name)"))
        }
        #expect(try resource(module, "aws_accessanalyzer_analyzer", "account")["type"] == "ACCOUNT")
    }

    /// The one test that runs the whole pipeline: every environment plus the bootstrap root.
    @Test func wholeStackPassesTheGateAndRendersTheBootstrapRoot() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all)
        #expect(!synthesis.isBlocked, "\(synthesis.findings.filter(\.isBlocking).map(\.message))")
        for module in ["budget", "config", "dr", "dr_replica", "global_dashboard", "monitoring", "state", "waf"] {
            #expect(synthesis.files["modules-out/\(module)/main.tf.json"] != nil, "\(module)")
        }
        let versions = try #require(synthesis.files["environments/bootstrap/versions.tf.json"])
        #expect(versions.contains(#""local": {"#))
        #expect(!versions.contains("use_lockfile"))
        let bootstrap = try #require(synthesis.files["environments/bootstrap/main.tf.json"])
        #expect(bootstrap.contains(#""source": "../../modules-out/state""#))
        #expect(synthesis.files["environments/prod/versions.tf.json"]?.contains(#""use_lockfile": true"#) == true)
        #expect(synthesis.ownedFolders.contains("environments/bootstrap"))
    }
}
