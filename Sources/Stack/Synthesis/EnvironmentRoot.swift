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

    /// Calls module `M` with the arguments `wire` sets through its typed inputs, plus the common
    /// inputs (naming, and `region`: the region of the provider the module's default `aws` is —
    /// the DR replica's is the DR region). Returns the call's outputs.
    @discardableResult
    mutating func call<M: PlatformModule>(_ type: M.Type, providers: [String: String] = [:], region: String? = nil,
                                          _ wire: (inout Arguments<M.Inputs>) -> Void = { _ in }) -> OutputReferences<M.Outputs> {
        var arguments = Arguments<M.Inputs>()
        wire(&arguments)
        let common: [String: Expression] = ["name_prefix": .string(config.prefix), "environment": .string(config.name),
                                            "region": .string(region ?? config.region)]
        let call = M.call(arguments, common: common, providers: providers)
        module.terraform.call(call)
        calls.append((call, M.name))
        return Self.outputs(of: type)
    }

    /// The outputs of this root's call of `M`, also before (or without) the call: the synthesizer
    /// checks that every output read belongs to a call the root makes (``ModuleWiring``).
    static func outputs<M: PlatformModule>(of type: M.Type) -> OutputReferences<M.Outputs> {
        OutputReferences(call: M.name)
    }

    /// The chat model the functions call: the inference profile where there is one.
    var chatModelID: TFString { TFString(config.models.invokedChatModelID) }

    mutating func wireModules() {
        let config = self.config
        let chatModelID = self.chatModelID
        let storage = Self.outputs(of: StorageModule.self), database = Self.outputs(of: DatabaseModule.self)
        let lambda = Self.outputs(of: LambdaModule.self), policies = Self.outputs(of: PoliciesModule.self)
        let waf = Self.outputs(of: WAFModule.self)

        call(StorageModule.self) {
            $0.chatRoleARN = policies.chatRoleARN
            $0.ingestRoleARN = policies.ingestRoleARN
            $0.ingestFunctionARN = lambda.ingestFunctionARN
            $0.noncurrentVersionDays = TFNumber(config.protection.noncurrentVersionDays)
        }
        call(DatabaseModule.self) {
            var capacity = (readMin: 1, readMax: 1, writeMin: 1, writeMax: 1)
            var billing = "PAY_PER_REQUEST"
            if case .provisioned(let readMin, let readMax, let writeMin, let writeMax) = config.database.capacity {
                billing = "PROVISIONED"
                capacity = (readMin, readMax, writeMin, writeMax)
            }
            $0.kmsKeyARN = storage.kmsKeyARN
            $0.billingMode = TFString(billing)
            $0.provisionedCapacity = ["read_min": TFAny(integerLiteral: capacity.readMin), "read_max": TFAny(integerLiteral: capacity.readMax),
                                      "write_min": TFAny(integerLiteral: capacity.writeMin), "write_max": TFAny(integerLiteral: capacity.writeMax)]
            $0.pointInTimeRecovery = TFBool(config.database.pointInTimeRecovery)
            $0.deletionProtection = TFBool(config.database.deletionProtection)
        }
        call(LambdaModule.self) {
            $0.chatRoleARN = policies.chatRoleARN
            $0.ingestRoleARN = policies.ingestRoleARN
            $0.kmsKeyARN = storage.kmsKeyARN
            $0.packagePath = LambdaPackage.rootArgument
            $0.chatMemoryMB = TFNumber(config.lambda.chatMemoryMB)
            $0.ingestMemoryMB = TFNumber(config.lambda.ingestMemoryMB)
            $0.chatTimeoutSeconds = TFNumber(config.lambda.chatTimeoutSeconds)
            $0.ingestTimeoutSeconds = TFNumber(config.lambda.ingestTimeoutSeconds)
            $0.reservedConcurrency = TFNumber(config.lambda.reservedConcurrency)
            $0.provisionedConcurrency = TFNumber(config.lambda.provisionedConcurrency)
            $0.provisionedConcurrencyMax = TFNumber(config.lambda.provisionedConcurrencyMax)
            $0.logRetentionDays = TFNumber(config.logRetentionDays)
            $0.tableName = database.tableName
            $0.bucketName = storage.bucketName
            $0.embeddingModelID = TFString(config.models.embeddingModelID)
            $0.chatModelID = chatModelID
            $0.maxTokens = TFNumber(config.models.maxTokens)
            $0.maxInputChars = TFNumber(config.models.maxInputChars)
            // With WAF on, the chat function checks CloudFront's origin secret; off, the input keeps its "" default.
            if config.protection.waf { $0.originVerifySecretARN = waf.originVerifySecretARN }
            Self.wireLambdaOptions(&$0, config.options)
        }
        call(PoliciesModule.self) {
            $0.bucketARN = storage.bucketARN
            $0.tableARN = database.tableARN
            $0.kmsKeyARN = storage.kmsKeyARN
            $0.chatLogGroupARN = lambda.chatLogGroupARN
            $0.ingestLogGroupARN = lambda.ingestLogGroupARN
            $0.ingestDLQARN = lambda.ingestDLQARN
            $0.chatModelARNs = TFList(ModelARNs.chat(config).map { TFString($0) })
            $0.embeddingModelARNs = TFList(ModelARNs.embedding(config).map { TFString($0) })
            if config.protection.waf {
                $0.enableOriginVerify = true
                $0.originVerifySecretARN = waf.originVerifySecretARN
                $0.originVerifyKeyARN = waf.originVerifyKeyARN
            }
            Self.wirePolicyOptions(&$0, config.options)
        }
        // The user pool is protected wherever the environment's data is.
        let auth = call(AuthModule.self) { $0.deletionProtection = config.database.deletionProtection ? "ACTIVE" : "INACTIVE" }
        let api = call(APIGatewayModule.self) {
            $0.chatFunctionName = lambda.chatFunctionName
            $0.chatInvokeARN = lambda.chatAliasInvokeARN
            $0.kmsKeyARN = storage.kmsKeyARN
            $0.corsOrigins = TFList(config.api.corsOrigins.map { TFString($0) })
            $0.throttlingBurstLimit = TFNumber(config.api.throttlingBurstLimit)
            $0.throttlingRateLimit = TFNumber(config.api.throttlingRateLimit)
            $0.logRetentionDays = TFNumber(config.logRetentionDays)
            $0.jwtIssuer = auth.issuer
            $0.jwtAudience = [auth.clientID]
        }

        wireHardening()
        wireOptions()

        module.output("api_endpoint", api.apiEndpoint, "Base URL of the HTTP API.")
        if config.protection.waf {
            module.output("chat_url", waf.chatURL, "URL of POST /chat (through CloudFront and WAF).")
            module.output("cloudfront_url", "https://\(waf.distributionDomainName)" as TFString,
                          "Base URL of the CloudFront distribution in front of the API.")
        } else {
            module.output("chat_url", api.chatURL, "URL of POST /chat.")
        }
        let github = Self.outputs(of: GitHubOIDCModule.self)
        module.output("bucket_name", storage.bucketName, "Name of the vector bucket.")
        module.output("table_name", database.tableName, "Name of the cost table.")
        module.output("chat_function_arn", lambda.chatFunctionARN, "ARN of the chat function.")
        module.output("ingest_function_arn", lambda.ingestFunctionARN, "ARN of the ingest function.")
        module.output("user_pool_id", auth.userPoolID, "Id of the Cognito user pool.")
        module.output("user_pool_client_id", auth.clientID, "Id of the Cognito app client.")
        module.output("github_plan_role_arn", github.planRoleARN, "Role the pipeline's plan jobs assume (read-only).")
        module.output("github_deploy_role_arn", github.deployRoleARN,
                      "Role the pipeline's apply job assumes (behind the GitHub environment's protection rules).")
    }
}

extension EnvironmentRoot {
    /// Production hardening: monitoring, configuration and budget everywhere; WAF, disaster
    /// recovery and the cross-environment dashboard where the configuration asks for them.
    mutating func wireHardening() {
        let config = self.config
        let chatModelID = self.chatModelID
        let storage = Self.outputs(of: StorageModule.self), database = Self.outputs(of: DatabaseModule.self)
        let lambda = Self.outputs(of: LambdaModule.self), policies = Self.outputs(of: PoliciesModule.self)
        let api = Self.outputs(of: APIGatewayModule.self)

        let monitoring = call(MonitoringModule.self) {
            $0.chatFunctionName = lambda.chatFunctionName
            $0.ingestFunctionName = lambda.ingestFunctionName
            $0.apiID = api.apiID
            $0.tableName = database.tableName
            $0.dlqName = lambda.ingestDLQName
            $0.chatModelID = chatModelID
            $0.embeddingModelID = TFString(config.models.embeddingModelID)
            $0.kmsKeyARN = storage.kmsKeyARN
            $0.lambdaErrorsThreshold = TFNumber(config.alarms.lambdaErrors)
            $0.lambdaThrottlesThreshold = TFNumber(config.alarms.lambdaThrottles)
            $0.api5xxThreshold = TFNumber(config.alarms.api5xx)
            $0.dlqDepthThreshold = TFNumber(config.alarms.dlqDepth)
            $0.alarmEmail = TFString(config.alarms.email)
            $0.xrayGroupName = Self.outputs(of: TracingModule.self).groupName
            if let p95 = config.tracing.chatP95AlarmMs { $0.chatP95AlarmSeconds = TFNumber(Double(p95) / 1000) }
        }
        // The pipeline's roles: created by an administrator's first apply, used by every later one.
        call(GitHubOIDCModule.self) {
            $0.repository = TFString(Environments.repository)
            $0.stateRoleARN = TFString(Environments.stateRoleARN(config.name))
            $0.drRegion = TFString(config.protection.disasterRecovery ? config.protection.drRegion : config.region)
        }
        call(BudgetModule.self) {
            $0.monthlyBudgetUSD = TFNumber(config.monthlyBudgetUSD)
            $0.alertEmails = TFList(config.alarms.email.isEmpty ? [] : [TFString(config.alarms.email)])
            $0.alertTopicARN = monitoring.alarmTopicARN
        }
        call(ConfigModule.self) {
            $0.kmsKeyARN = storage.kmsKeyARN
            $0.embeddingModelID = TFString(config.models.embeddingModelID)
            $0.chatModelID = chatModelID
            $0.maxTokens = TFNumber(config.models.maxTokens)
            $0.maxInputChars = TFNumber(config.models.maxInputChars)
            $0.throttlingBurstLimit = TFNumber(config.api.throttlingBurstLimit)
            $0.throttlingRateLimit = TFNumber(config.api.throttlingRateLimit)
        }

        if config.protection.waf {
            call(WAFModule.self, providers: ["aws": "aws", "aws.us_east_1": WAFModule.globalProvider]) {
                $0.apiEndpoint = api.apiEndpoint
                $0.rateLimitPer5Min = TFNumber(config.protection.wafRateLimitPer5Min)
                $0.logRetentionDays = TFNumber(config.logRetentionDays)
                $0.chatRoleARN = policies.chatRoleARN
                $0.packagePath = LambdaPackage.rootArgument
                $0.codeSigningConfigARN = lambda.codeSigningConfigARN
            }
        }
        if config.protection.disasterRecovery {
            let dr = Self.outputs(of: DRModule.self)
            let replica = call(DRReplicaModule.self, providers: ["aws": "aws.replica"], region: config.protection.drRegion) {
                $0.replicationRoleARN = dr.replicationRoleARN
                $0.backupRoleARN = dr.backupRoleARN
            }
            // The storage module's bucket name comes from the bucket's versioning, and the replica's
            // ARN waits for its versioning: S3 accepts a replication configuration only between versioned buckets.
            call(DRModule.self) {
                $0.bucketName = storage.bucketName
                $0.bucketARN = storage.bucketARN
                $0.kmsKeyARN = storage.kmsKeyARN
                $0.tableARN = database.tableARN
                $0.replicaBucketARN = replica.bucketARN
                $0.replicaKMSKeyARN = replica.kmsKeyARN
                $0.drVaultARN = replica.vaultARN
                $0.drRegion = TFString(config.protection.drRegion)
                $0.backupRetentionDays = TFNumber(config.protection.backupRetentionDays)
                // Every data store the options add is backed up too, each turned on by a literal flag.
                if config.options.tiers {
                    $0.enableQuotaTableBackup = true
                    $0.quotaTableARN = Self.outputs(of: TiersModule.self).quotaTableARN
                }
                if config.options.vectorStore == .auroraPgvector {
                    $0.enableAuroraBackup = true
                    $0.auroraClusterARN = Self.outputs(of: VectorAuroraModule.self).clusterARN
                }
            }
        }
        wireObservability()
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
        var arguments = Arguments<StateModule.Inputs>()
        arguments.bucketName = TFString(Environments.stateBucket)
        arguments.environments = TFMap(Dictionary(uniqueKeysWithValues: Environments.all.map { ($0.name, TFString($0.account)) }))
        arguments.region = TFString(Environments.stateRegion)
        let call = StateModule.call(arguments)
        module.terraform.call(call)
        calls.append((call, StateModule.name))
        let state = OutputReferences<StateModule.Outputs>(call: StateModule.name)
        module.output("state_bucket_name", state.bucketName, "Name of the state bucket.")
        module.output("state_kms_key_arn", state.kmsKeyARN, "ARN of the state bucket's KMS key.")
        module.output("state_role_arns", state.roleARNs, "ARN of each environment's state role, by environment (its backend's assume_role).")
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
