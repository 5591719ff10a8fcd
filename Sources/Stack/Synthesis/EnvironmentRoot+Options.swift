import AWSResources
import Constructs
import TerraformCore

/// Wiring of the enterprise options (``EnterpriseOptions``) into an environment's root: which
/// option modules it calls, and what the lambda and policies modules receive. With every option
/// off (the default) nothing here adds a module call, an argument or an output.
extension EnvironmentRoot {
    /// The option modules, in `modules-out/` folder order (the synthesizer renders them all).
    static let optionModules: [any PlatformModule.Type] = [
        BlueGreenModule.self, CacheModule.self, NetworkModule.self, TiersModule.self, VectorAuroraModule.self, VectorOpenSearchModule.self,
    ]

    /// Default tier limits: requests per day and tokens (input + output) per month.
    static let defaultTierLimits: [(tier: String, requestsPerDay: Int, tokensPerMonth: Int)] = [
        ("free", 50, 200_000), ("pro", 1_000, 5_000_000), ("enterprise", 20_000, 100_000_000),
    ]

    /// The interface endpoints of the environment's VPC: the base set, plus the agent runtime
    /// (where `Rerank` lives) when re-ranking is on.
    static func interfaceServices(_ options: EnterpriseOptions) -> [String] {
        (NetworkModule.baseInterfaceServices + (options.rerankModelID == nil ? [] : ["bedrock-agent-runtime"])).sorted()
    }

    /// What the lambda module call gets from the options (nothing when all are off).
    static func wireLambdaOptions(_ lambda: inout Arguments<LambdaModule.Inputs>, _ options: EnterpriseOptions) {
        let network = Self.outputs(of: NetworkModule.self), policies = Self.outputs(of: PoliciesModule.self)
        if options.needsVPC {
            // From the policies module: the subnets are usable once the ENI grants exist.
            lambda.subnetIDs = policies.vpcSubnetIDs
            lambda.securityGroupIDs = [network.functionSecurityGroupID]
        }
        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            let collection = Self.outputs(of: VectorOpenSearchModule.self)
            lambda.vectorStore = TFString(options.vectorStore.rawValue)
            lambda.vectorEndpoint = collection.collectionEndpoint
            lambda.vectorReadEndpoint = collection.collectionEndpoint
        case .auroraPgvector:
            let aurora = Self.outputs(of: VectorAuroraModule.self)
            lambda.vectorStore = TFString(options.vectorStore.rawValue)
            lambda.vectorEndpoint = aurora.endpoint
            lambda.vectorReadEndpoint = aurora.readerEndpoint
            lambda.vectorDatabase = aurora.databaseName
        }
        lambda.set(\.rerankModelID, options.rerankModelID.map { TFString($0) })
        if options.cache {
            let cache = Self.outputs(of: CacheModule.self)
            lambda.cacheEndpoint = "\(cache.endpointAddress):\(cache.endpointPort)"
        }
        if options.tiers {
            let tiers = Self.outputs(of: TiersModule.self)
            lambda.quotaTableName = tiers.quotaTableName
            lambda.tierLimitsParameter = tiers.tierLimitsParameterName
        }
        if options.blueGreen { lambda.chatLiveVersion = Self.chatLiveVersion }
    }

    /// What the policies module call gets from the options (nothing when all are off).
    static func wirePolicyOptions(_ policies: inout Arguments<PoliciesModule.Inputs>, _ options: EnterpriseOptions) {
        if options.needsVPC {
            let network = Self.outputs(of: NetworkModule.self)
            policies.enableVPC = true
            policies.subnetARNs = network.subnetARNs
            policies.vpcARN = network.vpcARN
            policies.subnetIDs = network.subnetIDs
            policies.functionSecurityGroupARN = network.functionSecurityGroupARN
        }
        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            policies.enableOpenSearch = true
            policies.collectionARN = Self.outputs(of: VectorOpenSearchModule.self).collectionARN
        case .auroraPgvector:
            policies.enableAurora = true
            policies.auroraClusterResourceID = Self.outputs(of: VectorAuroraModule.self).clusterResourceID
        }
        policies.set(\.rerankModelID, options.rerankModelID.map { TFString($0) })
        if options.tiers {
            let tiers = Self.outputs(of: TiersModule.self)
            policies.enableTiers = true
            policies.quotaTableARN = tiers.quotaTableARN
            policies.tierLimitsParameterARN = tiers.tierLimitsParameterARN
        }
    }

    /// The root variable the pipeline sets to the chat function's live version (blue/green only).
    static let chatLiveVersionVariable = "chat_live_version"
    static var chatLiveVersion: TFString { TFString(Reference(.variable(chatLiveVersionVariable))) }

    /// Calls the option modules the environment turns on, with their outputs.
    mutating func wireOptions() {
        let config = self.config
        let options = config.options
        let key = Self.outputs(of: StorageModule.self).kmsKeyARN
        let network = Self.outputs(of: NetworkModule.self), policies = Self.outputs(of: PoliciesModule.self)

        if options.needsVPC {
            call(NetworkModule.self) {
                $0.kmsKeyARN = key
                $0.logRetentionDays = TFNumber(config.logRetentionDays)
                $0.interfaceServices = TFList(Self.interfaceServices(options).map { TFString($0) })
            }
            module.output("vpc_id", network.vpcID, "Id of the functions' VPC.")
        }
        if options.cache {
            let cache = call(CacheModule.self) {
                $0.kmsKeyARN = key
                $0.subnetIDs = network.subnetIDs
                $0.securityGroupID = network.cacheSecurityGroupID
                $0.maxDataStorageGB = TFNumber(options.cacheMaxStorageGB)
                $0.maxECPUPerSecond = TFNumber(options.cacheMaxECPUPerSecond)
            }
            module.output("cache_endpoint", cache.endpointAddress, "Primary endpoint of the query cache.")
        }
        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            let collection = call(VectorOpenSearchModule.self) {
                $0.kmsKeyARN = key
                $0.chatRoleARN = policies.chatRoleARN
                $0.ingestRoleARN = policies.ingestRoleARN
                // Standby replicas in a second AZ wherever the environment asks for disaster recovery.
                $0.standbyReplicas = config.protection.disasterRecovery ? "ENABLED" : "DISABLED"
                if options.needsVPC {
                    $0.enableVPCEndpoint = true
                    $0.vpcID = network.vpcID
                    $0.subnetIDs = network.subnetIDs
                    $0.securityGroupIDs = [network.endpointSecurityGroupID]
                }
            }
            module.output("vector_collection_endpoint", collection.collectionEndpoint, "Endpoint of the vector collection.")
        case .auroraPgvector:
            let aurora = call(VectorAuroraModule.self) {
                $0.kmsKeyARN = key
                $0.subnetIDs = network.subnetIDs
                $0.securityGroupID = network.databaseSecurityGroupID
                $0.maxCapacity = TFNumber(options.auroraMaxACU)
                // Aurora keeps 1-35 days of automated backups; at least a week everywhere.
                $0.backupRetentionDays = TFNumber(min(35, max(7, config.protection.backupRetentionDays)))
                $0.deletionProtection = TFBool(config.database.deletionProtection)
            }
            module.output("vector_database_endpoint", aurora.endpoint, "Writer endpoint of the vector database.")
            module.output("vector_database_secret_arn", aurora.masterUserSecretARN, "Secret with the rotated master password (migrations only).")
        }
        if options.tiers {
            let tiers = call(TiersModule.self) {
                $0.kmsKeyARN = key
                $0.userPoolID = Self.outputs(of: AuthModule.self).userPoolID
                $0.tierLimits = TFAny(expression: .object(Dictionary(uniqueKeysWithValues: Self.defaultTierLimits.map {
                    ($0.tier, Expression.object(["requests_per_day": .integer($0.requestsPerDay), "tokens_per_month": .integer($0.tokensPerMonth)]))
                })))
                $0.deletionProtection = TFBool(config.database.deletionProtection)
            }
            module.output("quota_table_name", tiers.quotaTableName, "Name of the tier quota table.")
        }
        if options.blueGreen {
            let _: TFString = module.variable(Self.chatLiveVersionVariable, .string,
                                              "Version the chat function's live alias keeps; the pipeline passes the live version so CodeDeploy, not Terraform, moves the alias. Empty: the newest.",
                                              default: .string(""))
            let lambda = Self.outputs(of: LambdaModule.self)
            let blueGreen = call(BlueGreenModule.self) {
                $0.chatFunctionName = lambda.chatFunctionName
                $0.chatAliasARN = lambda.chatAliasARN
                $0.alarmNames = Self.outputs(of: MonitoringModule.self).rollbackAlarmNames
            }
            module.output("codedeploy_application", blueGreen.applicationName, "CodeDeploy application of the chat function.")
            module.output("codedeploy_deployment_group", blueGreen.deploymentGroupName, "CodeDeploy deployment group (canary).")
            module.output("chat_function_version", lambda.chatFunctionVersion, "Newest published version of the chat function.")
        }
    }
}
