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

    /// Arguments the lambda module call gets from the options (none when all are off).
    func lambdaOptionArguments() -> [String: Expression] {
        let options = config.options
        var arguments: [String: Expression] = [:]
        if options.needsVPC {
            arguments["subnet_ids"] = Self.out(PoliciesModule.name, "vpc_subnet_ids")
            arguments["security_group_ids"] = .list([Self.out(NetworkModule.name, "function_security_group_id")])
        }
        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            arguments["vector_store"] = .string(options.vectorStore.rawValue)
            arguments["vector_endpoint"] = Self.out(VectorOpenSearchModule.name, "collection_endpoint")
            arguments["vector_read_endpoint"] = Self.out(VectorOpenSearchModule.name, "collection_endpoint")
        case .auroraPgvector:
            arguments["vector_store"] = .string(options.vectorStore.rawValue)
            arguments["vector_endpoint"] = Self.out(VectorAuroraModule.name, "endpoint")
            arguments["vector_read_endpoint"] = Self.out(VectorAuroraModule.name, "reader_endpoint")
            arguments["vector_database"] = Self.out(VectorAuroraModule.name, "database_name")
        }
        if let rerank = options.rerankModelID { arguments["rerank_model_id"] = .string(rerank) }
        if options.cache {
            arguments["cache_endpoint"] = .template([.interpolation(Self.out(CacheModule.name, "endpoint_address")), .literal(":"),
                                                     .interpolation(Self.out(CacheModule.name, "endpoint_port"))])
        }
        if options.tiers {
            arguments["quota_table_name"] = Self.out(TiersModule.name, "quota_table_name")
            arguments["tier_limits_parameter"] = Self.out(TiersModule.name, "tier_limits_parameter_name")
        }
        if options.blueGreen { arguments["chat_live_version"] = .reference(Reference(.variable("chat_live_version"))) }
        return arguments
    }

    /// Arguments the policies module call gets from the options (none when all are off).
    func policiesOptionArguments() -> [String: Expression] {
        let options = config.options
        var arguments: [String: Expression] = [:]
        if options.needsVPC {
            arguments["enable_vpc"] = .bool(true)
            arguments["subnet_arns"] = Self.out(NetworkModule.name, "subnet_arns")
            arguments["vpc_arn"] = Self.out(NetworkModule.name, "vpc_arn")
            arguments["subnet_ids"] = Self.out(NetworkModule.name, "subnet_ids")
            arguments["function_security_group_arn"] = Self.out(NetworkModule.name, "function_security_group_arn")
        }
        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            arguments["enable_opensearch"] = .bool(true)
            arguments["collection_arn"] = Self.out(VectorOpenSearchModule.name, "collection_arn")
        case .auroraPgvector:
            arguments["enable_aurora"] = .bool(true)
            arguments["aurora_cluster_resource_id"] = Self.out(VectorAuroraModule.name, "cluster_resource_id")
        }
        if let rerank = options.rerankModelID { arguments["rerank_model_id"] = .string(rerank) }
        if options.tiers {
            arguments["enable_tiers"] = .bool(true)
            arguments["quota_table_arn"] = Self.out(TiersModule.name, "quota_table_arn")
            arguments["tier_limits_parameter_arn"] = Self.out(TiersModule.name, "tier_limits_parameter_arn")
        }
        return arguments
    }

    /// Calls the option modules the environment turns on, with their outputs.
    mutating func wireOptions() {
        let options = config.options
        let key = Self.out(StorageModule.name, "kms_key_arn")
        func output(_ name: String, _ module: String, _ attribute: String, _ description: String) {
            self.module.output(name, TFString(expression: Self.out(module, attribute)), description)
        }

        if options.needsVPC {
            call(NetworkModule.name, [
                "kms_key_arn": key, "log_retention_days": .integer(config.logRetentionDays),
                "interface_services": .list(Self.interfaceServices(options).map(Expression.string)),
            ])
            output("vpc_id", NetworkModule.name, "vpc_id", "Id of the functions' VPC.")
        }
        if options.cache {
            call(CacheModule.name, [
                "kms_key_arn": key, "subnet_ids": Self.out(NetworkModule.name, "subnet_ids"),
                "security_group_id": Self.out(NetworkModule.name, "cache_security_group_id"),
                "max_data_storage_gb": .integer(options.cacheMaxStorageGB), "max_ecpu_per_second": .integer(options.cacheMaxECPUPerSecond),
            ])
            output("cache_endpoint", CacheModule.name, "endpoint_address", "Primary endpoint of the query cache.")
        }
        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            var arguments: [String: Expression] = [
                "kms_key_arn": key, "chat_role_arn": Self.out(PoliciesModule.name, "chat_role_arn"),
                "ingest_role_arn": Self.out(PoliciesModule.name, "ingest_role_arn"),
                // Standby replicas in a second AZ wherever the environment asks for disaster recovery.
                "standby_replicas": .string(config.protection.disasterRecovery ? "ENABLED" : "DISABLED"),
            ]
            if options.needsVPC {
                arguments["enable_vpc_endpoint"] = .bool(true)
                arguments["vpc_id"] = Self.out(NetworkModule.name, "vpc_id")
                arguments["subnet_ids"] = Self.out(NetworkModule.name, "subnet_ids")
                arguments["security_group_ids"] = .list([Self.out(NetworkModule.name, "endpoint_security_group_id")])
            }
            call(VectorOpenSearchModule.name, arguments)
            output("vector_collection_endpoint", VectorOpenSearchModule.name, "collection_endpoint", "Endpoint of the vector collection.")
        case .auroraPgvector:
            call(VectorAuroraModule.name, [
                "kms_key_arn": key, "subnet_ids": Self.out(NetworkModule.name, "subnet_ids"),
                "security_group_id": Self.out(NetworkModule.name, "database_security_group_id"),
                "max_capacity": .integer(options.auroraMaxACU),
                // Aurora keeps 1-35 days of automated backups; at least a week everywhere.
                "backup_retention_days": .integer(min(35, max(7, config.protection.backupRetentionDays))),
                "deletion_protection": .bool(config.database.deletionProtection),
            ])
            output("vector_database_endpoint", VectorAuroraModule.name, "endpoint", "Writer endpoint of the vector database.")
            output("vector_database_secret_arn", VectorAuroraModule.name, "master_user_secret_arn",
                   "Secret with the rotated master password (migrations only).")
        }
        if options.tiers {
            call(TiersModule.name, [
                "kms_key_arn": key, "user_pool_id": Self.out(AuthModule.name, "user_pool_id"),
                "tier_limits": .object(Dictionary(uniqueKeysWithValues: Self.defaultTierLimits.map {
                    ($0.tier, Expression.object(["requests_per_day": .integer($0.requestsPerDay), "tokens_per_month": .integer($0.tokensPerMonth)]))
                })),
                "deletion_protection": .bool(config.database.deletionProtection),
            ])
            output("quota_table_name", TiersModule.name, "quota_table_name", "Name of the tier quota table.")
        }
        if options.blueGreen {
            let _: TFString = module.variable("chat_live_version", .string,
                                              "Version the chat function's live alias keeps; the pipeline passes the live version so CodeDeploy, not Terraform, moves the alias. Empty: the newest.",
                                              default: .string(""))
            call(BlueGreenModule.name, [
                "chat_function_name": Self.out(LambdaModule.name, "chat_function_name"),
                "chat_alias_arn": Self.out(LambdaModule.name, "chat_alias_arn"),
                "alarm_names": Self.out(MonitoringModule.name, "rollback_alarm_names"),
            ])
            output("codedeploy_application", BlueGreenModule.name, "application_name", "CodeDeploy application of the chat function.")
            output("codedeploy_deployment_group", BlueGreenModule.name, "deployment_group_name", "CodeDeploy deployment group (canary).")
            output("chat_function_version", LambdaModule.name, "chat_function_version", "Newest published version of the chat function.")
        }
    }
}
