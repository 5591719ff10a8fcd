import IAM
import PolicyLint
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// The enterprise options: what each emits when on, that nothing of it is emitted when off, the
/// exact statements of their grants, and the stack still passing the gate.
@Suite struct EnterpriseOptionsTests {
    /// Dev (every option off) with `change` applied to its options.
    func dev(_ change: (inout EnterpriseOptions) -> Void = { _ in }) -> EnvironmentConfig {
        var config = Environments.dev
        change(&config.options)
        return config
    }

    func root(_ config: EnvironmentConfig, _ file: String = "main.tf.json") throws -> JSONValue {
        try #require(try EnvironmentRoot(config).module.terraform.render()[file])
    }

    func calls(_ config: EnvironmentConfig) throws -> Set<String> {
        Set(try #require(try root(config)["module"]?.objectValue).keys)
    }

    func call(_ config: EnvironmentConfig, _ name: String) throws -> JSONValue {
        try #require(try root(config)["module"]?[name])
    }

    func resource(_ module: StackModule, _ type: String, _ name: String) throws -> JSONValue {
        try #require(try module.terraform.render()["main.tf.json"]?["resource"]?[type]?[name])
    }

    static let optionModules: Set<String> = ["network", "cache", "vector_opensearch", "vector_aurora", "tiers", "blue_green"]
    static let lambdaOptionArguments = ["subnet_ids", "security_group_ids", "vector_store", "vector_endpoint", "vector_read_endpoint",
                                        "vector_database", "rerank_model_id", "cache_endpoint", "quota_table_name", "tier_limits_parameter",
                                        "chat_live_version"]
    static let policiesOptionArguments = ["enable_vpc", "subnet_arns", "subnet_ids", "vpc_arn", "function_security_group_arn",
                                          "enable_opensearch", "collection_arn", "enable_aurora", "aurora_cluster_resource_id", "rerank_model_id",
                                          "enable_tiers", "quota_table_arn", "tier_limits_parameter_arn"]

    // MARK: Off

    @Test func everyOptionOffEmitsNothingOfThem() throws {
        let config = dev()
        #expect(config.options == EnterpriseOptions())
        #expect(try calls(config).isDisjoint(with: Self.optionModules))
        let lambda = try call(config, "lambda")
        let policies = try call(config, "policies")
        for name in Self.lambdaOptionArguments { #expect(lambda[name] == nil, "lambda \(name)") }
        for name in Self.policiesOptionArguments { #expect(policies[name] == nil, "policies \(name)") }
        let variables = try root(config, "variables.tf.json")["variable"]?.objectValue
        #expect(variables.map { Array($0.keys) } == [EnvironmentRoot.monitoringSinkVariable], "a root without options declares only the monitoring sink's ARN")
        let outputs = try #require(try root(config, "outputs.tf.json")["output"]?.objectValue)
        for name in ["vpc_id", "cache_endpoint", "vector_collection_endpoint", "vector_database_endpoint", "quota_table_name",
                     "codedeploy_application", "chat_function_version"] {
            #expect(outputs[name] == nil, "output \(name)")
        }
    }

    @Test func cheapEnvironmentsKeepTheDefaults() {
        for config in [Environments.dev, Environments.qa, Environments.demo] { #expect(config.options == EnterpriseOptions()) }
        #expect(Environments.staging.options == EnterpriseOptions(tiers: true))
        #expect(Environments.prod.options == EnterpriseOptions(vectorStore: .openSearchServerless, cache: true, rerankModelID: nil,
                                                                tiers: true, blueGreen: true, cacheMaxStorageGB: 20,
                                                                cacheMaxECPUPerSecond: 20_000, auroraMaxACU: 16))
    }

    // MARK: On

    @Test func openSearchWithoutVPCUsesThePublicEndpointPolicy() throws {
        let config = dev { $0.vectorStore = .openSearchServerless }
        #expect(try calls(config).intersection(Self.optionModules) == ["vector_opensearch"])
        let store = try call(config, "vector_opensearch")
        #expect(store["standby_replicas"] == "DISABLED")
        #expect(store["kms_key_arn"] == "${module.storage.kms_key_arn}")
        #expect(store["chat_role_arn"] == "${module.policies.chat_role_arn}")
        #expect(store["vpc_id"] == nil)
        #expect(try call(config, "policies")["collection_arn"] == "${module.vector_opensearch.collection_arn}")
        let lambda = try call(config, "lambda")
        #expect(lambda["vector_store"] == "opensearch-serverless")
        #expect(lambda["vector_endpoint"] == "${module.vector_opensearch.collection_endpoint}")
        #expect(lambda["subnet_ids"] == nil)
    }

    @Test func openSearchCollectionPoliciesNameTheKeyAndExactlyTheTwoRoles() throws {
        let module = VectorOpenSearchModule.build()
        let collection = try resource(module, "aws_opensearchserverless_collection", "vectors")
        #expect(collection["type"] == "VECTORSEARCH")
        #expect(collection["depends_on"] == ["aws_opensearchserverless_security_policy.encryption", "aws_opensearchserverless_security_policy.network"])
        #expect(try resource(module, "aws_opensearchserverless_security_policy", "encryption")["policy"] == #"${jsonencode({"AWSOwnedKey" = false, "KmsARN" = var.kms_key_arn, "Rules" = [{"Resource" = ["collection/${var.name_prefix}-vectors"], "ResourceType" = "collection"}]})}"#)
        #expect(try resource(module, "aws_opensearchserverless_access_policy", "functions")["policy"] == #"${jsonencode([{"Description" = "chat: read vectors", "Principal" = [var.chat_role_arn], "Rules" = [{"Permission" = ["aoss:DescribeIndex", "aoss:ReadDocument"], "Resource" = ["index/${var.name_prefix}-vectors/*"], "ResourceType" = "index"}]}, {"Description" = "ingest: write vectors", "Principal" = [var.ingest_role_arn], "Rules" = [{"Permission" = ["aoss:CreateIndex", "aoss:DescribeIndex", "aoss:ReadDocument", "aoss:UpdateIndex", "aoss:WriteDocument"], "Resource" = ["index/${var.name_prefix}-vectors/*"], "ResourceType" = "index"}, {"Permission" = ["aoss:DescribeCollectionItems"], "Resource" = ["collection/${var.name_prefix}-vectors"], "ResourceType" = "collection"}]}])}"#)
        #expect(try resource(module, "aws_opensearchserverless_vpc_endpoint", "main")["count"] == "${var.enable_vpc_endpoint ? 1 : 0}")
    }

    @Test func auroraPutsTheFunctionsInTheVPCAndGrantsConnectPerUser() throws {
        let config = dev { $0.vectorStore = .auroraPgvector }
        #expect(try calls(config).intersection(Self.optionModules) == ["network", "vector_aurora"])
        let aurora = try call(config, "vector_aurora")
        #expect(aurora["subnet_ids"] == "${module.network.subnet_ids}")
        #expect(aurora["security_group_id"] == "${module.network.database_security_group_id}")
        #expect(try call(config, "policies")["aurora_cluster_resource_id"] == "${module.vector_aurora.cluster_resource_id}")
        let lambda = try call(config, "lambda")
        #expect(lambda["subnet_ids"] == "${module.policies.vpc_subnet_ids}")
        #expect(lambda["security_group_ids"] == ["${module.network.function_security_group_id}"])
        #expect(lambda["vector_read_endpoint"] == "${module.vector_aurora.reader_endpoint}")

        let cluster = try resource(VectorAuroraModule.build(), "aws_rds_cluster", "vectors")
        #expect(cluster["engine"] == "aurora-postgresql")
        #expect(cluster["storage_encrypted"] == true)
        #expect(cluster["kms_key_id"] == "${var.kms_key_arn}")
        #expect(cluster["iam_database_authentication_enabled"] == true)
        #expect(cluster["manage_master_user_password"] == true)
        #expect(cluster["master_password"] == nil)
        #expect(cluster["backup_retention_period"] == "${var.backup_retention_days}")
        #expect(cluster["vpc_security_group_ids"] == ["${var.security_group_id}"])
        #expect(try resource(VectorAuroraModule.build(), "aws_rds_cluster_instance", "writer")["publicly_accessible"] == false)
    }

    @Test func auroraLogsDDLAndSlowQueriesAndHasEnhancedMonitoring() throws {
        let module = VectorAuroraModule.build()
        let cluster = try resource(module, "aws_rds_cluster", "vectors")
        #expect(cluster["db_cluster_parameter_group_name"] == "${aws_rds_cluster_parameter_group.vectors.id}")
        #expect(cluster["enabled_cloudwatch_logs_exports"] == ["postgresql"])
        let parameters = try resource(module, "aws_rds_cluster_parameter_group", "vectors")
        #expect(parameters["family"] == "aurora-postgresql16")
        #expect(TerraformJSONWriter.compact(try #require(parameters["parameter"])) == #"[{"name":"log_statement","value":"ddl"},{"name":"log_min_duration_statement","value":"1000"}]"#)
        let writer = try resource(module, "aws_rds_cluster_instance", "writer")
        #expect(writer["monitoring_interval"] == 60)
        #expect(writer["monitoring_role_arn"] == "${aws_iam_role.rds_monitoring.arn}")
        let role = try resource(module, "aws_iam_role", "rds_monitoring")
        #expect(role["assume_role_policy"]?.stringValue?.contains(#""Principal":{"Service":"monitoring.rds.amazonaws.com"}"#) == true)
        // AmazonRDSEnhancedMonitoringRole's actions, on this account and region's RDSOSMetrics only.
        let osMetrics = "arn:${data.aws_partition.current.partition}:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:RDSOSMetrics"
        #expect(try resource(module, "aws_iam_role_policy", "rds_monitoring")["policy"]?.stringValue == #"{"Statement":[{"Action":["logs:CreateLogGroup","logs:DescribeLogStreams","logs:PutRetentionPolicy"],"Effect":"Allow","Resource":[""# + osMetrics + #""],"Sid":"ManageOSMetricsLogGroup"},{"Action":["logs:CreateLogStream","logs:GetLogEvents","logs:PutLogEvents"],"Effect":"Allow","Resource":[""# + osMetrics + #":log-stream:*"],"Sid":"WriteOSMetricsLogStreams"}],"Version":"2012-10-17"}"#)
        #expect(module.policies.map(\.address).contains("aws_iam_role_policy.rds_monitoring"))
        #expect(try module.terraform.render()["main.tf.json"]?["resource"]?["aws_iam_role_policy_attachment"] == nil)
    }

    @Test func cacheBuildsTheNetworkWithEndpointsAndALockedDefaultGroup() throws {
        let config = dev { $0.cache = true }
        #expect(try calls(config).intersection(Self.optionModules) == ["cache", "network"])
        #expect(try call(config, "network")["interface_services"] == ["bedrock-runtime", "kms", "logs", "secretsmanager", "sqs", "ssm"])
        #expect(try call(config, "lambda")["cache_endpoint"] == "${module.cache.endpoint_address}:${module.cache.endpoint_port}")
        let network = NetworkModule.build()
        let locked = try resource(network, "aws_default_security_group", "default")
        #expect(locked["ingress"] == [])
        #expect(locked["egress"] == [])
        #expect(try resource(network, "aws_vpc_endpoint", "s3")["vpc_endpoint_type"] == "Gateway")
        #expect(try resource(network, "aws_vpc_endpoint", "interface")["for_each"] == "${toset(var.interface_services)}")
        #expect(try resource(network, "aws_flow_log", "vpc")["traffic_type"] == "ALL")
        #expect(try resource(network, "aws_cloudwatch_log_group", "flow_logs")["kms_key_id"] == "${var.kms_key_arn}")
        let toCache = try resource(network, "aws_vpc_security_group_ingress_rule", "functions_to_cache")
        #expect(toCache["referenced_security_group_id"] == "${aws_security_group.functions.id}")
        #expect(toCache["from_port"] == 6379)
        #expect(toCache["to_port"] == 6380)
        #expect(try resource(network, "aws_subnet", "private")["map_public_ip_on_launch"] == false)
        let cache = try resource(CacheModule.build(), "aws_elasticache_serverless_cache", "main")
        #expect(cache["engine"] == "valkey")
        #expect(cache["kms_key_id"] == "${var.kms_key_arn}")
    }

    @Test func lambdaVPCConfigIsEmptyUnlessTheRootPassesSubnets() throws {
        let function = try resource(LambdaModule.build(), "aws_lambda_function", "chat")
        #expect(function["vpc_config"] == ["security_group_ids": "${var.security_group_ids}", "subnet_ids": "${var.subnet_ids}"])
        let variables = try #require(try LambdaModule.build().terraform.render()["variables.tf.json"]?["variable"])
        #expect(variables["subnet_ids"]?["default"] == [])
        #expect(variables["rerank_model_id"]?["default"] == "")
        #expect(function["environment"]?["variables"]?["RERANK_MODEL_ID"] == "${var.rerank_model_id}")
    }

    @Test func rerankAddsTheModelAndTheAgentRuntimeEndpoint() throws {
        let config = dev {
            $0.rerankModelID = "amazon.rerank-v1:0"
            $0.cache = true
        }
        #expect(try call(config, "lambda")["rerank_model_id"] == "amazon.rerank-v1:0")
        #expect(try call(config, "policies")["rerank_model_id"] == "amazon.rerank-v1:0")
        #expect(try call(config, "network")["interface_services"]?.arrayValue?.contains("bedrock-agent-runtime") == true)
        #expect(try calls(dev { $0.rerankModelID = "amazon.rerank-v1:0" }).isDisjoint(with: Self.optionModules))
    }

    @Test func tiersCallTheTiersModuleWithTheLimits() throws {
        let config = dev { $0.tiers = true }
        #expect(try calls(config).intersection(Self.optionModules) == ["tiers"])
        let tiers = try call(config, "tiers")
        #expect(TerraformJSONWriter.compact(try #require(tiers["tier_limits"])) == #"{"enterprise":{"requests_per_day":20000,"tokens_per_month":100000000},"free":{"requests_per_day":50,"tokens_per_month":200000},"pro":{"requests_per_day":1000,"tokens_per_month":5000000}}"#)
        #expect(tiers["user_pool_id"] == "${module.auth.user_pool_id}")
        #expect(try call(config, "lambda")["quota_table_name"] == "${module.tiers.quota_table_name}")
        let table = try resource(TiersModule.build(), "aws_dynamodb_table", "quotas")
        #expect(table["name"] == "${var.name_prefix}-quotas")
        #expect(table["hash_key"] == "tenant_id")
        #expect(table["range_key"] == "period")
        #expect(table["ttl"]?["attribute_name"] == "expires_at")
        #expect(table["server_side_encryption"]?["kms_key_arn"] == "${var.kms_key_arn}")
        let limits = try resource(TiersModule.build(), "aws_ssm_parameter", "tier_limits")
        #expect(limits["type"] == "SecureString")
        #expect(limits["key_id"] == "${var.kms_key_arn}")
        #expect(tiers["kms_key_arn"] == "${module.storage.kms_key_arn}")
        #expect(try resource(TiersModule.build(), "aws_cognito_user_group", "tier_enterprise")["precedence"] == 1)
    }

    @Test func blueGreenAddsCodeDeployAndTheLiveVersionVariable() throws {
        let config = dev { $0.blueGreen = true }
        #expect(try calls(config).intersection(Self.optionModules) == ["blue_green"])
        #expect(try call(config, "blue_green")["alarm_names"] == "${module.monitoring.rollback_alarm_names}")
        #expect(try call(config, "blue_green")["depends_on"] == nil)
        let outputs = try #require(try MonitoringModule.build().terraform.render()["outputs.tf.json"])
        #expect(outputs["output"]?["rollback_alarm_names"]?["value"] == ["${aws_cloudwatch_metric_alarm.chat_errors.alarm_name}", "${aws_cloudwatch_metric_alarm.api_5xx.alarm_name}"])
        #expect(try call(config, "lambda")["chat_live_version"] == "${var.chat_live_version}")
        #expect(try root(config, "variables.tf.json")["variable"]?["chat_live_version"]?["default"] == "")
        let module = BlueGreenModule.build()
        let group = try resource(module, "aws_codedeploy_deployment_group", "chat")
        #expect(group["deployment_config_name"] == "CodeDeployDefault.LambdaCanary10Percent5Minutes")
        #expect(group["auto_rollback_configuration"]?["events"] == ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"])
        #expect(group["deployment_style"]?["deployment_type"] == "BLUE_GREEN")
        #expect(try resource(LambdaModule.build(), "aws_lambda_alias", "chat_live")["function_version"] == #"${var.chat_live_version == "" ? aws_lambda_function.chat.version : var.chat_live_version}"#)
    }

    // MARK: Grants

    func policy(_ name: String) throws -> (count: JSONValue?, policy: JSONValue?) {
        let grant = try resource(PoliciesModule.build(), "aws_iam_role_policy", name)
        return (grant["count"], grant["policy"])
    }

    @Test func openSearchGrantIsAPIAccessAllOnExactlyTheCollection() throws {
        for role in ["chat", "ingest"] {
            let grant = try policy("\(role)_opensearch")
            #expect(grant.count == "${var.enable_opensearch ? 1 : 0}")
            #expect(grant.policy == #"{"Statement":[{"Action":["aoss:APIAccessAll"],"Effect":"Allow","Resource":["${var.collection_arn}"],"Sid":"UseVectorCollection"}],"Version":"2012-10-17"}"#)
        }
    }

    @Test func auroraGrantIsConnectAsTheRolesOwnDatabaseUser() throws {
        for (role, user) in [("chat", "rag_chat"), ("ingest", "rag_ingest")] {
            let grant = try policy("\(role)_aurora")
            #expect(grant.count == "${var.enable_aurora ? 1 : 0}")
            #expect(grant.policy == .string(#"{"Statement":[{"Action":["rds-db:connect"],"Effect":"Allow","Resource":["arn:${data.aws_partition.current.partition}:rds-db:${var.region}:${data.aws_caller_identity.current.account_id}:dbuser:${var.aurora_cluster_resource_id}/"# + user + #""],"Sid":"ConnectAsFunctionUser"}],"Version":"2012-10-17"}"#))
        }
    }

    @Test func rerankGrantIsInvokeOnTheModelAndRerank() throws {
        let grant = try policy("chat_rerank")
        #expect(grant.count == #"${var.rerank_model_id != "" ? 1 : 0}"#)
        #expect(grant.policy == #"{"Statement":[{"Action":["bedrock:InvokeModel"],"Effect":"Allow","Resource":["arn:${data.aws_partition.current.partition}:bedrock:${var.region}::foundation-model/${var.rerank_model_id}"],"Sid":"InvokeRerankModel"},{"Action":["bedrock:Rerank"],"Effect":"Allow","Resource":["*"],"Sid":"Rerank"}],"Version":"2012-10-17"}"#)
    }

    @Test func tiersGrantIsGetAndUpdateOnTheQuotaTableAndTheLimits() throws {
        let grant = try policy("chat_tiers")
        #expect(grant.count == "${var.enable_tiers ? 1 : 0}")
        #expect(grant.policy == #"{"Statement":[{"Action":["dynamodb:GetItem","dynamodb:UpdateItem"],"Effect":"Allow","Resource":["${var.quota_table_arn}"],"Sid":"CountTenantQuota"},{"Action":["ssm:GetParameter"],"Effect":"Allow","Resource":["${var.tier_limits_parameter_arn}"],"Sid":"ReadTierLimits"}],"Version":"2012-10-17"}"#)
    }

    @Test func vpcGrantIsENIManagementScopedToTheSubnetsAndVPC() throws {
        for role in ["chat", "ingest"] {
            let grant = try policy("\(role)_vpc")
            #expect(grant.count == "${var.enable_vpc ? 1 : 0}")
            #expect(grant.policy == #"{"Statement":[{"Action":["ec2:CreateNetworkInterface"],"Effect":"Allow","Resource":${jsonencode(concat(["arn:${data.aws_partition.current.partition}:ec2:${var.region}:${data.aws_caller_identity.current.account_id}:network-interface/*", var.function_security_group_arn], var.subnet_arns))},"Sid":"CreateFunctionENIs"},{"Action":["ec2:AssignPrivateIpAddresses","ec2:DeleteNetworkInterface","ec2:UnassignPrivateIpAddresses"],"Condition":{"ArnEquals":{"ec2:Vpc":"${var.vpc_arn}"}},"Effect":"Allow","Resource":["arn:${data.aws_partition.current.partition}:ec2:${var.region}:${data.aws_caller_identity.current.account_id}:network-interface/*"],"Sid":"ManageFunctionENIs"},{"Action":["ec2:DescribeNetworkInterfaces"],"Effect":"Allow","Resource":["*"],"Sid":"DescribeFunctionENIs"}],"Version":"2012-10-17"}"#)
        }
        let records = PoliciesModule.build().policies.map(\.address)
        for name in ["chat_vpc", "ingest_vpc", "chat_opensearch", "ingest_opensearch", "chat_aurora", "ingest_aurora", "chat_rerank", "chat_tiers"] {
            #expect(records.contains("aws_iam_role_policy.\(name)"), "\(name) is registered with the gate")
        }
    }

    // MARK: The whole stack

    @Test func everyEnvironmentAndEveryOptionTogetherPassTheGate() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all)
        #expect(!synthesis.isBlocked)
        for module in Self.optionModules { #expect(synthesis.files["modules-out/\(module)/main.tf.json"] != nil, "\(module)") }

        var everything = Environments.qa
        everything.options = EnterpriseOptions(vectorStore: .auroraPgvector, cache: true, rerankModelID: "amazon.rerank-v1:0", tiers: true,
                                                blueGreen: true)
        let all = try Synthesizer.synthesize([everything])
        #expect(all.findings.filter(\.isBlocking).map(\.message) == [])
        let modules = try #require(try JSONParser.parse(all.files["environments/qa/main.tf.json"] ?? "")["module"]?.objectValue)
        #expect(Self.optionModules.subtracting(modules.keys) == ["vector_opensearch"])
    }
}
