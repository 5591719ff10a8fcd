import AWSResources
import Constructs
import TerraformCore

/// Builds `environments/<env>/`: the providers (with `default_tags`), the S3 backend, one call
/// per platform module with this environment's values, and the outputs.
struct EnvironmentRoot {
    let config: EnvironmentConfig
    var module: StackModule
    /// Each module call with the module it calls, for the policy gate.
    var calls: [(call: ModuleCall, module: String)] = []

    static let terraformVersion = ">= 1.10"
    /// One output for both major versions: nothing in it exists in only one of them (CI validates
    /// it with the real 5.100 provider and checks it against the 5.100 and 6.x schemas).
    static let awsProvider = TerraformSettings.RequiredProvider(source: "hashicorp/aws", version: ">= 5.100, < 7.0")

    init(_ config: EnvironmentConfig) {
        self.config = config
        self.module = StackModule(config.name)
        declareSettings()
        wireModules()
    }

    /// Tags every taggable resource carries, for cost allocation and ownership.
    var defaultTags: [String: String] {
        ["Environment": config.name, "CostCenter": config.tags.costCenter, "Owner": config.tags.owner,
         "Project": "rag-genai", "ManagedBy": "synth"]
    }

    mutating func declareSettings() {
        module.terraform.settings = TerraformSettings(
            requiredVersion: Self.terraformVersion,
            requiredProviders: ["aws": Self.awsProvider],
            backend: .s3(bucket: Environments.stateBucket, key: "\(config.name)/terraform.tfstate", region: Environments.stateRegion,
                         roleARN: Environments.stateRoleARN(config.name)))
        module.terraform.provider(.aws(region: TFString(config.region), defaultTags: defaultTags, allowedAccountIDs: [config.account]))
        module.terraform.provider(.aws(region: "us-east-1", alias: "us_east_1", defaultTags: defaultTags, allowedAccountIDs: [config.account]))
        module.terraform.provider(.aws(region: TFString(config.protection.drRegion), alias: "replica", defaultTags: defaultTags,
                                       allowedAccountIDs: [config.account]))
    }

    /// Adds a call of `name` with `arguments`, and returns it for its outputs. `region` is the
    /// region of the provider the module's default `aws` is (the DR replica's is the DR region).
    @discardableResult
    mutating func call(_ name: String, _ arguments: [String: Expression], providers: [String: String] = [:],
                       region: String? = nil) -> ModuleCall {
        var call = ModuleCall(name, source: "../../modules-out/\(name)", arguments: arguments, providers: providers)
        call.arguments["name_prefix"] = .string(config.prefix)
        call.arguments["environment"] = .string(config.name)
        call.arguments["region"] = .string(region ?? config.region)
        module.terraform.call(call)
        calls.append((call, name))
        return call
    }

    mutating func wireModules() {
        let config = self.config
        let (storage, database, lambda) = (StorageModule.name, DatabaseModule.name, LambdaModule.name)
        let (policies, auth) = (PoliciesModule.name, AuthModule.name)
        let out = Self.out

        call(StorageModule.name, [
            "chat_role_arn": out(policies, "chat_role_arn"), "ingest_role_arn": out(policies, "ingest_role_arn"),
            "ingest_function_arn": out(lambda, "ingest_function_arn"),
            "noncurrent_version_days": .integer(config.protection.noncurrentVersionDays),
        ])
        var capacity: [String: Expression] = ["read_min": .integer(1), "read_max": .integer(1), "write_min": .integer(1), "write_max": .integer(1)]
        var billing = "PAY_PER_REQUEST"
        if case .provisioned(let readMin, let readMax, let writeMin, let writeMax) = config.database.capacity {
            billing = "PROVISIONED"
            capacity = ["read_min": .integer(readMin), "read_max": .integer(readMax), "write_min": .integer(writeMin), "write_max": .integer(writeMax)]
        }
        call(DatabaseModule.name, [
            "kms_key_arn": out(storage, "kms_key_arn"), "billing_mode": .string(billing), "provisioned_capacity": .object(capacity),
            "point_in_time_recovery": .bool(config.database.pointInTimeRecovery),
            "deletion_protection": .bool(config.database.deletionProtection),
        ])
        let chatModelID = config.models.chatInferenceProfile?.id ?? config.models.chatModelID
        call(LambdaModule.name, [
            "chat_role_arn": out(policies, "chat_role_arn"), "ingest_role_arn": out(policies, "ingest_role_arn"),
            "kms_key_arn": out(storage, "kms_key_arn"), "package_path": LambdaPackage.rootArgument,
            "chat_memory_mb": .integer(config.lambda.chatMemoryMB), "ingest_memory_mb": .integer(config.lambda.ingestMemoryMB),
            "chat_timeout_seconds": .integer(config.lambda.chatTimeoutSeconds),
            "ingest_timeout_seconds": .integer(config.lambda.ingestTimeoutSeconds),
            "reserved_concurrency": .integer(config.lambda.reservedConcurrency),
            "provisioned_concurrency": .integer(config.lambda.provisionedConcurrency),
            "provisioned_concurrency_max": .integer(config.lambda.provisionedConcurrencyMax),
            "log_retention_days": .integer(config.logRetentionDays),
            "table_name": out(database, "table_name"), "bucket_name": out(storage, "bucket_name"),
            "embedding_model_id": .string(config.models.embeddingModelID), "chat_model_id": .string(chatModelID),
            "max_tokens": .integer(config.models.maxTokens), "max_input_chars": .integer(config.models.maxInputChars),
        ].merging(originVerify("origin_verify_secret_arn")) { $1 }.merging(lambdaOptionArguments()) { $1 })
        call(PoliciesModule.name, [
            "bucket_arn": out(storage, "bucket_arn"), "table_arn": out(database, "table_arn"), "kms_key_arn": out(storage, "kms_key_arn"),
            "chat_log_group_arn": out(lambda, "chat_log_group_arn"), "ingest_log_group_arn": out(lambda, "ingest_log_group_arn"),
            "ingest_dlq_arn": out(lambda, "ingest_dlq_arn"),
            "chat_model_arns": .list(ModelARNs.chat(config).map(Expression.string)),
            "embedding_model_arns": .list(ModelARNs.embedding(config).map(Expression.string)),
        ].merging(originVerify("origin_verify_secret_arn", "origin_verify_key_arn", flag: "enable_origin_verify")) { $1 }.merging(policiesOptionArguments()) { $1 })
        // The user pool is protected wherever the environment's data is.
        call(AuthModule.name, ["deletion_protection": .string(config.database.deletionProtection ? "ACTIVE" : "INACTIVE")])
        call(APIGatewayModule.name, [
            "chat_function_name": out(lambda, "chat_function_name"), "chat_invoke_arn": out(lambda, "chat_alias_invoke_arn"),
            "kms_key_arn": out(storage, "kms_key_arn"), "cors_origins": .list(config.api.corsOrigins.map(Expression.string)),
            "throttling_burst_limit": .integer(config.api.throttlingBurstLimit),
            "throttling_rate_limit": .integer(config.api.throttlingRateLimit),
            "log_retention_days": .integer(config.logRetentionDays),
            "jwt_issuer": out(auth, "issuer"), "jwt_audience": .list([out(auth, "client_id")]),
        ])

        let api = APIGatewayModule.name
        wireHardening(api: api, storage: storage, database: database, lambda: lambda, policies: policies)
        wireOptions()

        module.output("api_endpoint", TFString(expression: out(api, "api_endpoint")), "Base URL of the HTTP API.")
        if config.protection.waf {
            let waf = WAFModule.name
            module.output("chat_url", TFString(expression: out(waf, "chat_url")), "URL of POST /chat (through CloudFront and WAF).")
            module.output("cloudfront_url", "https://\(TFString(expression: out(waf, "distribution_domain_name")))" as TFString,
                          "Base URL of the CloudFront distribution in front of the API.")
        } else {
            module.output("chat_url", TFString(expression: out(api, "chat_url")), "URL of POST /chat.")
        }
        module.output("bucket_name", TFString(expression: out(storage, "bucket_name")), "Name of the vector bucket.")
        module.output("table_name", TFString(expression: out(database, "table_name")), "Name of the cost table.")
        module.output("chat_function_arn", TFString(expression: out(lambda, "chat_function_arn")), "ARN of the chat function.")
        module.output("ingest_function_arn", TFString(expression: out(lambda, "ingest_function_arn")), "ARN of the ingest function.")
        module.output("user_pool_id", TFString(expression: out(auth, "user_pool_id")), "Id of the Cognito user pool.")
        module.output("user_pool_client_id", TFString(expression: out(auth, "client_id")), "Id of the Cognito app client.")
        module.output("github_plan_role_arn", TFString(expression: out(GitHubOIDCModule.name, "plan_role_arn")),
                      "Role the pipeline's plan jobs assume (read-only).")
        module.output("github_deploy_role_arn", TFString(expression: out(GitHubOIDCModule.name, "deploy_role_arn")),
                      "Role the pipeline's apply job assumes (behind the GitHub environment's protection rules).")
    }
}

extension EnvironmentRoot {
    /// The environment whose root also draws the cross-environment dashboard.
    static let globalDashboardEnvironment = "prod"

    /// With WAF on, the WAF module's outputs named `outputs` (the lambda and policies modules'
    /// variables of the same names) and, where `flag` is given, that variable set to true; nothing
    /// otherwise, so those variables keep their "" and false defaults.
    func originVerify(_ outputs: String..., flag: String? = nil) -> [String: Expression] {
        guard config.protection.waf else { return [:] }
        var arguments = Dictionary(uniqueKeysWithValues: outputs.map { ($0, Self.out(WAFModule.name, $0)) })
        if let flag { arguments[flag] = .bool(true) }
        return arguments
    }

    /// A reference to output `name` of the module call `module` in this root.
    static func out(_ module: String, _ name: String) -> Expression {
        .reference(Reference(.module(module), path: [name]))
    }

    /// Production hardening: monitoring, configuration and budget everywhere; WAF, disaster
    /// recovery and the cross-environment dashboard where the configuration asks for them.
    mutating func wireHardening(api: String, storage: String, database: String, lambda: String, policies: String) {
        let config = self.config
        let out = Self.out
        let chatModelID = config.models.chatInferenceProfile?.id ?? config.models.chatModelID

        call(MonitoringModule.name, [
            "chat_function_name": out(lambda, "chat_function_name"), "ingest_function_name": out(lambda, "ingest_function_name"),
            "api_id": out(api, "api_id"), "table_name": out(database, "table_name"), "dlq_name": out(lambda, "ingest_dlq_name"),
            "chat_model_id": .string(chatModelID), "embedding_model_id": .string(config.models.embeddingModelID),
            "kms_key_arn": out(storage, "kms_key_arn"),
            "lambda_errors_threshold": .integer(config.alarms.lambdaErrors), "lambda_throttles_threshold": .integer(config.alarms.lambdaThrottles),
            "api_5xx_threshold": .integer(config.alarms.api5xx), "dlq_depth_threshold": .integer(config.alarms.dlqDepth),
            "alarm_email": .string(config.alarms.email),
        ])
        // The pipeline's roles: created by an administrator's first apply, used by every later one.
        call(GitHubOIDCModule.name, [
            "repository": .string(Environments.repository), "state_role_arn": .string(Environments.stateRoleARN(config.name)),
            "dr_region": .string(config.protection.disasterRecovery ? config.protection.drRegion : config.region),
        ])
        call(BudgetModule.name, [
            "monthly_budget_usd": .integer(config.monthlyBudgetUSD),
            "alert_emails": .list(config.alarms.email.isEmpty ? [] : [.string(config.alarms.email)]),
            "alert_topic_arn": out(MonitoringModule.name, "alarm_topic_arn"),
        ])
        call(ConfigModule.name, [
            "kms_key_arn": out(storage, "kms_key_arn"),
            "embedding_model_id": .string(config.models.embeddingModelID), "chat_model_id": .string(chatModelID),
            "max_tokens": .integer(config.models.maxTokens), "max_input_chars": .integer(config.models.maxInputChars),
            "throttling_burst_limit": .integer(config.api.throttlingBurstLimit),
            "throttling_rate_limit": .integer(config.api.throttlingRateLimit),
        ])

        if config.protection.waf {
            call(WAFModule.name, [
                "api_endpoint": out(api, "api_endpoint"), "rate_limit_per_5min": .integer(config.protection.wafRateLimitPer5Min),
                "log_retention_days": .integer(config.logRetentionDays), "chat_role_arn": out(policies, "chat_role_arn"),
                "package_path": LambdaPackage.rootArgument,
                "code_signing_config_arn": out(lambda, "code_signing_config_arn"),
            ], providers: ["aws": "aws", "aws.us_east_1": WAFModule.globalProvider])
        }
        if config.protection.disasterRecovery {
            let (dr, replica) = (DRModule.name, DRReplicaModule.name)
            call(DRReplicaModule.name, [
                "replication_role_arn": out(dr, "replication_role_arn"), "backup_role_arn": out(dr, "backup_role_arn"),
            ], providers: ["aws": "aws.replica"], region: config.protection.drRegion)
            // The storage module's bucket name comes from the bucket's versioning, and the replica's
            // ARN waits for its versioning: S3 accepts a replication configuration only between versioned buckets.
            call(DRModule.name, [
                "bucket_name": out(storage, "bucket_name"), "bucket_arn": out(storage, "bucket_arn"),
                "kms_key_arn": out(storage, "kms_key_arn"), "table_arn": out(database, "table_arn"),
                "replica_bucket_arn": out(replica, "bucket_arn"), "replica_kms_key_arn": out(replica, "kms_key_arn"),
                "dr_vault_arn": out(replica, "vault_arn"), "dr_region": .string(config.protection.drRegion),
                "backup_retention_days": .integer(config.protection.backupRetentionDays),
            ])
        }
        if config.name == Self.globalDashboardEnvironment {
            call(GlobalDashboardModule.name, [
                "environments": .list(Environments.all.map { environment in
                    .object(["name": .string(environment.name), "account": .string(environment.account),
                             "region": .string(environment.region),
                             "chat_model_id": .string(environment.models.chatInferenceProfile?.id ?? environment.models.chatModelID)])
                }),
            ])
        }
    }
}

/// `environments/bootstrap/`: creates the state bucket every environment's backend uses. Its own
/// state stays local (`terraform.tfstate` beside it): the bucket cannot hold the state of the
/// configuration that creates it. Run once per organisation, before any environment, with
/// credentials of the state account (`Environments.stateAccount`); it also creates each
/// environment's state role, trusted by that environment's account.
struct BootstrapRoot {
    static let name = "bootstrap"
    var module = StackModule(name)
    var calls: [(call: ModuleCall, module: String)] = []

    init() {
        module.terraform.settings = TerraformSettings(
            requiredVersion: EnvironmentRoot.terraformVersion, requiredProviders: ["aws": EnvironmentRoot.awsProvider],
            backend: .init(type: "local", settings: ["path": "terraform.tfstate"]))
        let tags = ["Environment": "shared", "CostCenter": "rag-genai-shared", "Owner": "platform-team", "Project": "rag-genai", "ManagedBy": "synth"]
        module.terraform.provider(.aws(region: TFString(Environments.stateRegion), defaultTags: tags,
                                       allowedAccountIDs: [Environments.stateAccount]))
        let accounts = Dictionary(uniqueKeysWithValues: Environments.all.map { ($0.name, Expression.string($0.account)) })
        let state = ModuleCall(StateModule.name, source: "../../modules-out/\(StateModule.name)",
                               arguments: ["bucket_name": .string(Environments.stateBucket), "environments": .object(accounts),
                                           "region": .string(Environments.stateRegion)])
        module.terraform.call(state)
        calls.append((state, StateModule.name))
        module.output("state_bucket_name", state.output("bucket_name") as TFString, "Name of the state bucket.")
        module.output("state_kms_key_arn", state.output("kms_key_arn") as TFString, "ARN of the state bucket's KMS key.")
        module.output("state_role_arns", state.output("role_arns") as TFMap<TFString>,
                      "ARN of each environment's state role, by environment (its backend's assume_role).")
    }
}

/// The Bedrock ARNs an environment's functions may invoke.
enum ModelARNs {
    static func foundationModel(_ modelID: String, region: String) -> String {
        "arn:aws:bedrock:\(region)::foundation-model/\(modelID)"
    }

    /// The embedding model in the environment's region.
    static func embedding(_ config: EnvironmentConfig) -> [String] {
        [foundationModel(config.models.embeddingModelID, region: config.region)]
    }

    /// The chat model (in every region its inference profile routes to, and the profile
    /// itself: AWS checks both) and the embedding model, which chat uses for the query.
    static func chat(_ config: EnvironmentConfig) -> [String] {
        var arns: [String] = []
        if let profile = config.models.chatInferenceProfile {
            arns.append("arn:aws:bedrock:\(config.region):\(config.account):inference-profile/\(profile.id)")
            arns += profile.destinationRegions.map { foundationModel(config.models.chatModelID, region: $0) }
        } else {
            arns.append(foundationModel(config.models.chatModelID, region: config.region))
        }
        return arns + embedding(config)
    }
}
