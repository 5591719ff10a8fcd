import AWSResources
import Constructs
import TerraformCore

/// `modules-out/config`: the environment's runtime configuration in SSM Parameter Store, and an
/// IAM Access Analyzer.
///
/// - SecureString parameters under `/rag-genai/<env>/`, encrypted with the environment's key:
///   `embedding_model_id`, `chat_model_id`, `max_tokens`, `max_input_chars`,
///   `throttling_burst_limit`, `throttling_rate_limit`. They are the reviewed source of truth an
///   operator or a pipeline compares the running configuration with (`aws ssm get-parameters-by-path`).
/// - Access Analyzer `<prefix>-account` (type `ACCOUNT`): reports resources shared outside the
///   account, complementing synth's own policy lint.
enum ConfigModule: PlatformModule {
    static let name = "config"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var chatModelID = ModuleInput<TFString>("chat_model_id", "Bedrock chat model id, or inference profile id.", validations: [.init("length(var.chat_model_id) > 0", "chat_model_id must not be empty.")])
        var embeddingModelID = ModuleInput<TFString>("embedding_model_id", "Bedrock embedding model id.", validations: [.init("length(var.embedding_model_id) > 0", "embedding_model_id must not be empty.")])
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (encrypts the parameters).")
        var maxInputChars = ModuleInput<TFNumber>("max_input_chars", "Longest prompt accepted, in characters.", validations: [EnvironmentSetting.maxInputChars.validation(of: "max_input_chars")])
        var maxTokens = ModuleInput<TFNumber>("max_tokens", "Hard cap on tokens per request.", validations: [EnvironmentSetting.maxTokens.validation(of: "max_tokens")])
        var throttlingBurstLimit = ModuleInput<TFNumber>("throttling_burst_limit", "API burst limit.", validations: [EnvironmentSetting.throttlingBurstLimit.validation(of: "throttling_burst_limit")])
        var throttlingRateLimit = ModuleInput<TFNumber>("throttling_rate_limit", "API sustained requests per second.", validations: [EnvironmentSetting.throttlingRateLimit.validation(of: "throttling_rate_limit")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var accessAnalyzerARN = ModuleOutput<TFString>("access_analyzer_arn", "ARN of the account's IAM Access Analyzer.")
        var parameterPath = ModuleOutput<TFString>("parameter_path", "Path of the environment's parameters.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        // Every input but the key is one parameter, named and described as the input is.
        for parameter in Inputs.inputDeclarations where parameter.name != "kms_key_arn" {
            let value = TFString(Reference(.variable(parameter.name)))
            module.add(SsmParameter(parameter.name, nameAttribute: "/rag-genai/\(context.environment)/\(parameter.name)", type: "SecureString").with {
                $0.description = TFString(parameter.variable.description)
                $0.value = value
                $0.keyId = key
                $0.tier = "Standard"
            })
        }
        let analyzer = module.add(AccessanalyzerAnalyzer("account", analyzerName: .named(context.prefix, "account")).with {
            $0.type = "ACCOUNT"
        })
        output.parameterPath = "/rag-genai/\(context.environment)/" as TFString
        output.accessAnalyzerARN = analyzer.arn
        module.declare(output)
        return module
    }
}
