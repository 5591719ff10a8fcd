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

    /// Parameter name suffix → variable description, in a fixed order.
    static let parameters: [(name: String, type: TypeConstraint, description: String)] = [
        ("embedding_model_id", .string, "Bedrock embedding model id."),
        ("chat_model_id", .string, "Bedrock chat model id, or inference profile id."),
        ("max_tokens", .number, "Hard cap on tokens per request."),
        ("max_input_chars", .number, "Longest prompt accepted, in characters."),
        ("throttling_burst_limit", .number, "API burst limit."),
        ("throttling_rate_limit", .number, "API sustained requests per second."),
    ]

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let key: TFString = module.variable("kms_key_arn", .string, "ARN of the environment's KMS key (encrypts the parameters).",
                                            origin: .init(resourceType: "aws_kms_key", attribute: "arn"))
        for parameter in parameters {
            let value: TFString
            switch parameter.type {
            case .number:
                let number: TFNumber = module.variable(parameter.name, .number, parameter.description,
                                                       validations: [.init("var.\(parameter.name) >= 1", "\(parameter.name) must be at least 1.")])
                value = "\(number)"
            default:
                value = module.variable(parameter.name, .string, parameter.description,
                                        validations: [.init("length(var.\(parameter.name)) > 0", "\(parameter.name) must not be empty.")])
            }
            module.add(SsmParameter(parameter.name, nameAttribute: "/rag-genai/\(context.environment)/\(parameter.name)", type: "SecureString").with {
                $0.description = TFString(parameter.description)
                $0.value = value
                $0.keyId = key
                $0.tier = "Standard"
            })
        }
        let analyzer = module.add(AccessanalyzerAnalyzer("account", analyzerName: .named(context.prefix, "account")).with {
            $0.type = "ACCOUNT"
        })
        module.output("parameter_path", "/rag-genai/\(context.environment)/" as TFString, "Path of the environment's parameters.")
        module.output("access_analyzer_arn", analyzer.arn, "ARN of the account's IAM Access Analyzer.")
        return module
    }
}
