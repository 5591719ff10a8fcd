import AWSResources
import Constructs
import TerraformCore

/// `modules-out/lambda`: the chat and ingest functions, their log groups, the ingest
/// dead-letter queue, code signing, and the chat alias `live` with optional provisioned
/// concurrency and its auto scaling.
enum LambdaModule: PlatformModule {
    static let name = "lambda"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var bucketName = ModuleInput<TFString>("bucket_name", "Name of the vector bucket.")
        var cacheEndpoint = ModuleInput<TFString>("cache_endpoint", "Valkey endpoint (host:port, TLS) for embeddings and top-k results; empty: no cache.", default: "")
        var chatLiveVersion = ModuleInput<TFString>("chat_live_version", "Version the live alias keeps (blue/green: the one CodeDeploy last released); empty: newest.", default: "")
        var chatMemoryMB = ModuleInput<TFNumber>("chat_memory_mb", "Memory of the chat function in MB.", validations: [EnvironmentSetting.chatMemoryMB.validation(of: "chat_memory_mb")])
        var chatModelID = ModuleInput<TFString>("chat_model_id", "Bedrock chat model id, or inference profile id.")
        var chatRoleARN = ModuleInput<TFString>("chat_role_arn", "ARN of the chat function's role (from the policies module).")
        var chatTimeoutSeconds = ModuleInput<TFNumber>("chat_timeout_seconds", "Timeout of the chat function (behind the HTTP API: at most 30 s).", validations: [EnvironmentSetting.chatTimeoutSeconds.validation(of: "chat_timeout_seconds")])
        var embeddingModelID = ModuleInput<TFString>("embedding_model_id", "Bedrock embedding model id.")
        var ingestMemoryMB = ModuleInput<TFNumber>("ingest_memory_mb", "Memory of the ingest function in MB.", validations: [EnvironmentSetting.ingestMemoryMB.validation(of: "ingest_memory_mb")])
        var ingestRoleARN = ModuleInput<TFString>("ingest_role_arn", "ARN of the ingest function's role (from the policies module).")
        var ingestTimeoutSeconds = ModuleInput<TFNumber>("ingest_timeout_seconds", "Timeout of the ingest function.", validations: [EnvironmentSetting.ingestTimeoutSeconds.validation(of: "ingest_timeout_seconds")])
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the KMS key for logs, environment variables and the DLQ.")
        var logRetentionDays = ModuleInput<TFNumber>("log_retention_days", "Retention of the functions' log groups in days.")
        var maxInputChars = ModuleInput<TFNumber>("max_input_chars", "Longest prompt accepted, in characters.", default: 10000)
        var maxTokens = ModuleInput<TFNumber>("max_tokens", "Hard cap on tokens per request.", default: 4000)
        var originVerifySecretARN = ModuleInput<TFString>("origin_verify_secret_arn", "ARN of the CloudFront origin secret the chat function checks (WAF module); empty turns the check off.", default: "")
        var packagePath = ModuleInput<TFString>("package_path", "Path of the handlers' zip (written by `synth package` before plan); its SHA-256 decides when a function redeploys.")
        var provisionedConcurrency = ModuleInput<TFNumber>("provisioned_concurrency", "Provisioned concurrency on the chat alias; 0 turns it off.", default: 0, validations: [.init("var.provisioned_concurrency >= 0", "provisioned_concurrency must be 0 or more.")])
        var provisionedConcurrencyMax = ModuleInput<TFNumber>("provisioned_concurrency_max", "Upper bound for provisioned-concurrency auto scaling.", default: 0)
        var quotaTableName = ModuleInput<TFString>("quota_table_name", "Tier quota table; empty turns tier limits off.", default: "")
        var rerankModelID = ModuleInput<TFString>("rerank_model_id", "Bedrock rerank model id; empty turns re-ranking off.", default: "")
        var reservedConcurrency = ModuleInput<TFNumber>("reserved_concurrency", "Reserved concurrency of each function (a cost cap).", validations: [EnvironmentSetting.reservedConcurrency.validation(of: "reserved_concurrency")])
        var securityGroupIDs = ModuleInput<TFList<TFString>>("security_group_ids", "Security groups of the functions; empty: no VPC.", default: [])
        var subnetIDs = ModuleInput<TFList<TFString>>("subnet_ids", "Private subnets of the functions; empty: no VPC.", default: [])
        var tableName = ModuleInput<TFString>("table_name", "Name of the cost table.")
        var tierLimitsParameter = ModuleInput<TFString>("tier_limits_parameter", "SSM parameter with the tier limits (JSON); empty when tiers are off.", default: "")
        var vectorDatabase = ModuleInput<TFString>("vector_database", "Aurora database holding the vectors; empty otherwise.", default: "")
        var vectorEndpoint = ModuleInput<TFString>("vector_endpoint", "Collection endpoint or Aurora writer endpoint (ingest); empty for S3.", default: "")
        var vectorReadEndpoint = ModuleInput<TFString>("vector_read_endpoint", "Collection endpoint or Aurora reader endpoint (chat); empty for S3.", default: "")
        var vectorStore = ModuleInput<TFString>("vector_store", "Where vectors live: s3, opensearch-serverless or aurora-pgvector.", default: "s3", validations: [.init("contains([\"s3\", \"opensearch-serverless\", \"aurora-pgvector\"], var.vector_store)", "vector_store must be s3, opensearch-serverless or aurora-pgvector.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var chatAliasARN = ModuleOutput<TFString>("chat_alias_arn", "ARN of the chat function's live alias.")
        var chatAliasInvokeARN = ModuleOutput<TFString>("chat_alias_invoke_arn", "Invoke ARN of the live alias (the API's integration target).")
        var chatFunctionARN = ModuleOutput<TFString>("chat_function_arn", "ARN of the chat function.")
        var chatFunctionName = ModuleOutput<TFString>("chat_function_name", "Name of the chat function.")
        var chatFunctionVersion = ModuleOutput<TFString>("chat_function_version", "Newest published version of the chat function (a blue/green release's target).")
        var chatLogGroupARN = ModuleOutput<TFString>("chat_log_group_arn", "ARN of the chat function's log group.")
        var codeSigningConfigARN = ModuleOutput<TFString>("code_signing_config_arn", "ARN of the environment's code-signing config, for every module with a function.")
        var ingestDLQARN = ModuleOutput<TFString>("ingest_dlq_arn", "ARN of the ingest dead-letter queue.")
        var ingestDLQName = ModuleOutput<TFString>("ingest_dlq_name", "Name of the ingest dead-letter queue.")
        var ingestFunctionARN = ModuleOutput<TFString>("ingest_function_arn", "ARN of the ingest function.")
        var ingestFunctionName = ModuleOutput<TFString>("ingest_function_name", "Name of the ingest function.")
        var ingestLogGroupARN = ModuleOutput<TFString>("ingest_log_group_arn", "ARN of the ingest function's log group.")
    }
    /// The alias the API invokes; releases move it, so a deploy never serves half-updated code.
    static let liveAlias = "live"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let chatRole = input.chatRoleARN
        let ingestRole = input.ingestRoleARN
        let key = input.kmsKeyARN
        let package = input.packagePath
        let chatMemory = input.chatMemoryMB
        let ingestMemory = input.ingestMemoryMB
        let chatTimeout = input.chatTimeoutSeconds
        let ingestTimeout = input.ingestTimeoutSeconds
        let reserved = input.reservedConcurrency
        let provisioned = input.provisionedConcurrency
        let provisionedMax = input.provisionedConcurrencyMax
        let retention = input.logRetentionDays
        let tableName = input.tableName
        let bucketName = input.bucketName
        let embeddingModel = input.embeddingModelID
        let chatModel = input.chatModelID
        let maxTokens = input.maxTokens
        let maxInput = input.maxInputChars
        let originVerify = input.originVerifySecretARN

        let codeSigning = CodeSigning.declare(
            "lambda", prefix: context.prefix, description: "\(context.prefix): only code signed by the platform's profile (warn while unsigned builds exist)", in: &module)

        let dlq = module.add(SqsQueue("ingest_dlq").with {
            $0.nameAttribute = .named(context.prefix, "ingest-dlq")
            $0.kmsMasterKeyId = key
            $0.kmsDataKeyReusePeriodSeconds = 300
            $0.messageRetentionSeconds = 1_209_600
        })

        let environment: [String: TFString] = [
            "ENVIRONMENT": context.environment, "TABLE_NAME": tableName, "BUCKET_NAME": bucketName,
            "EMBEDDING_MODEL_ID": embeddingModel, "CHAT_MODEL_ID": chatModel,
            "MAX_TOKENS": "\(maxTokens)", "MAX_INPUT_CHARS": "\(maxInput)", "LOG_LEVEL": "INFO",
        ]
        var chatEnvironment = environment
        chatEnvironment["ORIGIN_VERIFY_SECRET_ARN"] = originVerify
        let options = LambdaOptions(input, publishedVersion: TFString(Reference(resource: LambdaFunction.terraformType, name: "chat", attribute: "version")))
        let chat = ServerlessFunction(
            "chat", functionName: .named(context.prefix, "chat"), description: "Answers POST /chat from the tenant's documents.",
            handler: "chat_handler.handler", role: chatRole, package: package, memoryMB: chatMemory, timeoutSeconds: chatTimeout,
            reservedConcurrency: reserved, kmsKey: key, logRetentionDays: retention, environment: chatEnvironment.merging(options.chatEnvironment) { $1 },
            codeSigningConfig: codeSigning, publish: true, vpcConfig: options.vpcConfig
        ).declare(in: &module)
        let ingest = ServerlessFunction(
            "ingest", functionName: .named(context.prefix, "ingest"), description: "Embeds documents uploaded under incoming/.",
            handler: "ingest_handler.handler", role: ingestRole, package: package, memoryMB: ingestMemory, timeoutSeconds: ingestTimeout,
            reservedConcurrency: reserved, kmsKey: key, logRetentionDays: retention, environment: environment.merging(options.ingestEnvironment) { $1 },
            deadLetterQueue: dlq.arn, codeSigningConfig: codeSigning, vpcConfig: options.vpcConfig
        ).declare(in: &module)

        module.add(LambdaFunctionEventInvokeConfig("ingest", functionName: ingest.function.attribute("function_name")).with {
            $0.maximumRetryAttempts = 2
            $0.maximumEventAgeInSeconds = 3600
        })

        let alias = module.add(LambdaAlias("chat_live", functionName: chat.function.attribute("function_name"),
                                           functionVersion: options.liveVersion, nameAttribute: TFString(liveAlias)).with {
            $0.description = "What the API invokes; moved by each release."
        })
        let whenProvisioned: TFNumber = .one(if: provisioned > 0)
        module.add(LambdaProvisionedConcurrencyConfig("chat_live", functionName: alias.functionName,
                                                      provisionedConcurrentExecutions: provisioned, qualifier: alias.attribute("name")).with {
            $0.meta.count = whenProvisioned
        })
        let target = module.add(AppautoscalingTarget(
            "chat_provisioned_concurrency", maxCapacity: provisionedMax, minCapacity: provisioned,
            resourceId: "function:\(chat.function.attribute("function_name") as TFString):\(alias.attribute("name") as TFString)",
            scalableDimension: "lambda:function:ProvisionedConcurrency", serviceNamespace: "lambda").with {
            $0.meta.count = whenProvisioned
            $0.meta.dependsOn = ["aws_lambda_provisioned_concurrency_config.chat_live"]
        })
        let indexed = { (attribute: String) -> TFString in TFString(target.reference(attribute).indexed("0")) }
        module.add(AppautoscalingPolicy("chat_provisioned_concurrency", nameAttribute: .named(context.prefix, "chat-provisioned-concurrency"),
                                        resourceId: indexed("resource_id"), scalableDimension: indexed("scalable_dimension"),
                                        serviceNamespace: indexed("service_namespace")).with {
            $0.meta.count = whenProvisioned
            $0.policyType = "TargetTrackingScaling"
            $0.targetTrackingScalingPolicyConfiguration = .init(targetValue: 0.7).with {
                $0.predefinedMetricSpecification = .init(predefinedMetricType: "LambdaProvisionedConcurrencyUtilization")
            }
        })

        output.chatFunctionName = chat.function.attribute("function_name") as TFString
        output.chatFunctionARN = chat.function.arn
        output.chatAliasARN = alias.arn
        output.chatFunctionVersion = chat.function.version
        output.chatAliasInvokeARN = alias.invokeArn
        output.chatLogGroupARN = chat.logGroup.arn
        output.ingestFunctionName = ingest.function.attribute("function_name") as TFString
        output.ingestFunctionARN = ingest.function.arn
        output.ingestLogGroupARN = ingest.logGroup.arn
        output.ingestDLQARN = dlq.arn
        output.codeSigningConfigARN = TFString(expression: codeSigning.expression)
        output.ingestDLQName = dlq.attribute("name") as TFString
        module.declare(output)
        return module
    }
}
