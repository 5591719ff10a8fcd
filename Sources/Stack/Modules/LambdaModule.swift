import AWSResources
import Constructs
import TerraformCore

/// `modules-out/lambda`: the chat and ingest functions, their log groups, the ingest
/// dead-letter queue, code signing, and the chat alias `live` with optional provisioned
/// concurrency and its auto scaling.
enum LambdaModule: PlatformModule {
    static let name = "lambda"
    /// The alias the API invokes; releases move it, so a deploy never serves half-updated code.
    static let liveAlias = "live"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let role = { (module: inout StackModule, function: String) -> TFString in
            module.variable("\(function)_role_arn", .string, "ARN of the \(function) function's role (from the policies module).",
                            origin: .init(resourceType: "aws_iam_role", attribute: "arn"))
        }
        let chatRole = role(&module, "chat")
        let ingestRole = role(&module, "ingest")
        let key: TFString = module.variable("kms_key_arn", .string, "ARN of the KMS key for logs, environment variables and the DLQ.",
                                            origin: .init(resourceType: "aws_kms_key", attribute: "arn"))
        let package: TFString = module.variable("package_path", .string, LambdaPackage.variableDescription)
        let memory = { (module: inout StackModule, function: String) -> TFNumber in
            module.variable("\(function)_memory_mb", .number, "Memory of the \(function) function in MB.",
                            validations: [.init("var.\(function)_memory_mb >= 128 && var.\(function)_memory_mb <= 10240",
                                                "\(function)_memory_mb must be 128-10240 MB.")])
        }
        let chatMemory = memory(&module, "chat")
        let ingestMemory = memory(&module, "ingest")
        let chatTimeout: TFNumber = module.variable("chat_timeout_seconds", .number, "Timeout of the chat function (behind the HTTP API: at most 30 s).",
                                                    validations: [.init("var.chat_timeout_seconds >= 1 && var.chat_timeout_seconds <= 30",
                                                                        "chat_timeout_seconds must be 1-30: the HTTP API gives up after 30 s.")])
        let ingestTimeout: TFNumber = module.variable("ingest_timeout_seconds", .number, "Timeout of the ingest function.",
                                                      validations: [.init("var.ingest_timeout_seconds >= 1 && var.ingest_timeout_seconds <= 900",
                                                                          "ingest_timeout_seconds must be 1-900.")])
        let reserved: TFNumber = module.variable("reserved_concurrency", .number, "Reserved concurrency of each function (a cost cap).",
                                                 validations: [.init("var.reserved_concurrency >= 1", "reserved_concurrency must be at least 1.")])
        let provisioned: TFNumber = module.variable("provisioned_concurrency", .number, "Provisioned concurrency on the chat alias; 0 turns it off.",
                                                    default: .integer(0),
                                                    validations: [.init("var.provisioned_concurrency >= 0", "provisioned_concurrency must be 0 or more.")])
        let provisionedMax: TFNumber = module.variable("provisioned_concurrency_max", .number, "Upper bound for provisioned-concurrency auto scaling.",
                                                       default: .integer(0))
        let retention: TFNumber = module.variable("log_retention_days", .number, "Retention of the functions' log groups in days.")
        let tableName: TFString = module.variable("table_name", .string, "Name of the cost table.")
        let bucketName: TFString = module.variable("bucket_name", .string, "Name of the vector bucket.")
        let embeddingModel: TFString = module.variable("embedding_model_id", .string, "Bedrock embedding model id.")
        let chatModel: TFString = module.variable("chat_model_id", .string, "Bedrock chat model id, or inference profile id.")
        let maxTokens: TFNumber = module.variable("max_tokens", .number, "Hard cap on tokens per request.", default: .integer(4000))
        let maxInput: TFNumber = module.variable("max_input_chars", .number, "Longest prompt accepted, in characters.", default: .integer(10000))
        let originVerify: TFString = module.variable("origin_verify_secret_arn", .string,
                                                     "ARN of the CloudFront origin secret the chat function checks (WAF module); empty turns the check off.",
                                                     default: .string(""))

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
        let options = LambdaOptions(&module, publishedVersion: TFString(Reference(resource: LambdaFunction.terraformType, name: "chat", attribute: "version")))
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
        let whenProvisioned = "var.provisioned_concurrency > 0 ? 1 : 0"
        module.add(LambdaProvisionedConcurrencyConfig("chat_live", functionName: alias.functionName,
                                                      provisionedConcurrentExecutions: provisioned, qualifier: alias.attribute("name")).with {
            $0.meta.count = .raw(whenProvisioned)
        })
        let target = module.add(AppautoscalingTarget(
            "chat_provisioned_concurrency", maxCapacity: provisionedMax, minCapacity: provisioned,
            resourceId: "function:\(chat.function.attribute("function_name") as TFString):\(alias.attribute("name") as TFString)",
            scalableDimension: "lambda:function:ProvisionedConcurrency", serviceNamespace: "lambda").with {
            $0.meta.count = .raw(whenProvisioned)
            $0.meta.dependsOn = ["aws_lambda_provisioned_concurrency_config.chat_live"]
        })
        let indexed = { (attribute: String) -> TFString in TFString(target.reference(attribute).indexed("0")) }
        module.add(AppautoscalingPolicy("chat_provisioned_concurrency", nameAttribute: .named(context.prefix, "chat-provisioned-concurrency"),
                                        resourceId: indexed("resource_id"), scalableDimension: indexed("scalable_dimension"),
                                        serviceNamespace: indexed("service_namespace")).with {
            $0.meta.count = .raw(whenProvisioned)
            $0.policyType = "TargetTrackingScaling"
            $0.targetTrackingScalingPolicyConfiguration = .init(targetValue: 0.7).with {
                $0.predefinedMetricSpecification = .init(predefinedMetricType: "LambdaProvisionedConcurrencyUtilization")
            }
        })

        module.output("chat_function_name", chat.function.attribute("function_name") as TFString, "Name of the chat function.")
        module.output("chat_function_arn", chat.function.arn, "ARN of the chat function.")
        module.output("chat_alias_arn", alias.arn, "ARN of the chat function's live alias.")
        module.output("chat_function_version", chat.function.version, "Newest published version of the chat function (a blue/green release's target).")
        module.output("chat_alias_invoke_arn", alias.invokeArn, "Invoke ARN of the live alias (the API's integration target).")
        module.output("chat_log_group_arn", chat.logGroup.arn, "ARN of the chat function's log group.")
        module.output("ingest_function_name", ingest.function.attribute("function_name") as TFString, "Name of the ingest function.")
        module.output("ingest_function_arn", ingest.function.arn, "ARN of the ingest function.")
        module.output("ingest_log_group_arn", ingest.logGroup.arn, "ARN of the ingest function's log group.")
        module.output("ingest_dlq_arn", dlq.arn, "ARN of the ingest dead-letter queue.")
        module.output("code_signing_config_arn", TFString(expression: codeSigning.expression),
                      "ARN of the environment's code-signing config, for every module with a function.")
        module.output("ingest_dlq_name", dlq.attribute("name") as TFString, "Name of the ingest dead-letter queue.")
        return module
    }
}
