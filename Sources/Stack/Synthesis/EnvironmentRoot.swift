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
    static let awsProvider = TerraformSettings.RequiredProvider(source: "hashicorp/aws", version: "~> 6.0")
    static let archiveProvider = TerraformSettings.RequiredProvider(source: "hashicorp/archive", version: "~> 2.7")

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
            requiredProviders: ["aws": Self.awsProvider, "archive": Self.archiveProvider],
            backend: .s3(bucket: Environments.stateBucket, key: "\(config.name)/terraform.tfstate", region: Environments.stateRegion))
        module.terraform.provider(.aws(region: TFString(config.region), defaultTags: defaultTags, allowedAccountIDs: [config.account]))
        module.terraform.provider(.aws(region: "us-east-1", alias: "us_east_1", defaultTags: defaultTags, allowedAccountIDs: [config.account]))
        module.terraform.provider(.aws(region: TFString(config.protection.drRegion), alias: "replica", defaultTags: defaultTags,
                                       allowedAccountIDs: [config.account]))
        module.terraform.provider(Provider("archive"))
    }

    /// Adds a call of `name` with `arguments`, and returns it for its outputs.
    @discardableResult
    mutating func call(_ name: String, _ arguments: [String: Expression], providers: [String: String] = [:]) -> ModuleCall {
        var call = ModuleCall(name, source: "../../modules-out/\(name)", arguments: arguments, providers: providers)
        call.arguments["name_prefix"] = .string(config.prefix)
        call.arguments["environment"] = .string(config.name)
        module.terraform.call(call)
        calls.append((call, name))
        return call
    }

    mutating func wireModules() {
        let config = self.config
        let storage = ModuleCall("storage", source: "")
        let database = ModuleCall("database", source: "")
        let lambda = ModuleCall("lambda", source: "")
        let policies = ModuleCall("policies", source: "")
        let auth = ModuleCall("auth", source: "")
        func out(_ call: ModuleCall, _ name: String) -> Expression { (call.output(name) as TFString).expression }

        call(StorageModule.name, [
            "chat_role_arn": out(policies, "chat_role_arn"), "ingest_role_arn": out(policies, "ingest_role_arn"),
            "ingest_function_arn": out(lambda, "ingest_function_arn"),
            "noncurrent_version_days": .integer(config.name == "prod" ? 90 : 30),
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
            "kms_key_arn": out(storage, "kms_key_arn"), "source_dir": .string(config.lambda.sourceDirectory),
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
        ])
        call(PoliciesModule.name, [
            "bucket_arn": out(storage, "bucket_arn"), "table_arn": out(database, "table_arn"), "kms_key_arn": out(storage, "kms_key_arn"),
            "chat_log_group_arn": out(lambda, "chat_log_group_arn"), "ingest_log_group_arn": out(lambda, "ingest_log_group_arn"),
            "ingest_dlq_arn": out(lambda, "ingest_dlq_arn"),
            "chat_model_arns": .list(ModelARNs.chat(config).map(Expression.string)),
            "embedding_model_arns": .list(ModelARNs.embedding(config).map(Expression.string)),
        ])
        call(AuthModule.name, ["deletion_protection": .string(config.name == "prod" ? "ACTIVE" : "INACTIVE")])
        call(APIGatewayModule.name, [
            "chat_function_name": out(lambda, "chat_function_name"), "chat_invoke_arn": out(lambda, "chat_alias_invoke_arn"),
            "kms_key_arn": out(storage, "kms_key_arn"), "cors_origins": .list(config.api.corsOrigins.map(Expression.string)),
            "throttling_burst_limit": .integer(config.api.throttlingBurstLimit),
            "throttling_rate_limit": .integer(config.api.throttlingRateLimit),
            "log_retention_days": .integer(config.logRetentionDays),
            "jwt_issuer": out(auth, "issuer"), "jwt_audience": .list([out(auth, "client_id")]),
        ])

        let api = ModuleCall(APIGatewayModule.name, source: "")
        module.output("api_endpoint", TFString(expression: out(api, "api_endpoint")), "Base URL of the HTTP API.")
        module.output("chat_url", TFString(expression: out(api, "chat_url")), "URL of POST /chat.")
        module.output("bucket_name", TFString(expression: out(storage, "bucket_name")), "Name of the vector bucket.")
        module.output("table_name", TFString(expression: out(database, "table_name")), "Name of the cost table.")
        module.output("chat_function_arn", TFString(expression: out(lambda, "chat_function_arn")), "ARN of the chat function.")
        module.output("ingest_function_arn", TFString(expression: out(lambda, "ingest_function_arn")), "ARN of the ingest function.")
        module.output("user_pool_id", TFString(expression: out(auth, "user_pool_id")), "Id of the Cognito user pool.")
        module.output("user_pool_client_id", TFString(expression: out(auth, "client_id")), "Id of the Cognito app client.")
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
