import AWSResources
import Constructs
import TerraformCore

/// The lambda module's side of the enterprise options (``EnterpriseOptions``): optional
/// variables with empty defaults, the environment variables the handlers read, and the VPC
/// configuration.
///
/// `vpc_config` is always rendered: with empty `subnet_ids` and `security_group_ids` the AWS
/// provider treats the block as unset ("If `subnet_ids`, `security_group_ids` and
/// `ipv6_allowed_for_dual_stack` are empty then `vpc_config` is considered to be empty or
/// unset", aws_lambda_function docs), so environments without a VPC get no VPC.
struct LambdaOptions {
    var chatEnvironment: [String: TFString]
    var ingestEnvironment: [String: TFString]
    var vpcConfig: LambdaFunction.VpcConfig
    /// The version the chat function's `live` alias points at: the newest published version,
    /// unless the root passes `chat_live_version` (blue/green: CodeDeploy moves the alias).
    var liveVersion: TFString

    init(_ module: inout StackModule, publishedVersion: TFString) {
        func string(_ name: String, _ description: String, default value: String = "", validations: [Variable.Validation] = []) -> TFString {
            module.variable(name, .string, description, default: .string(value), validations: validations)
        }
        let subnets: TFList<TFString> = module.variable("subnet_ids", .list(.string), "Private subnets of the functions; empty: no VPC.",
                                                        default: .list([]))
        let groups: TFList<TFString> = module.variable("security_group_ids", .list(.string), "Security groups of the functions; empty: no VPC.",
                                                       default: .list([]))
        let vectorStore = string("vector_store", "Where vectors live: s3, opensearch-serverless or aurora-pgvector.", default: "s3",
                                 validations: [.init("contains([\"s3\", \"opensearch-serverless\", \"aurora-pgvector\"], var.vector_store)",
                                                     "vector_store must be s3, opensearch-serverless or aurora-pgvector.")])
        let writeEndpoint = string("vector_endpoint", "Collection endpoint or Aurora writer endpoint (ingest); empty for S3.")
        let readEndpoint = string("vector_read_endpoint", "Collection endpoint or Aurora reader endpoint (chat); empty for S3.")
        let database = string("vector_database", "Aurora database holding the vectors; empty otherwise.")
        let rerank = string("rerank_model_id", "Bedrock rerank model id; empty turns re-ranking off.")
        let cache = string("cache_endpoint", "Valkey endpoint (host:port, TLS) for embeddings and top-k results; empty: no cache.")
        let quotas = string("quota_table_name", "Tier quota table; empty turns tier limits off.")
        let limits = string("tier_limits_parameter", "SSM parameter with the tier limits (JSON); empty when tiers are off.")
        // Read by the live alias through a conditional expression (`var.chat_live_version`).
        _ = string("chat_live_version", "Version the live alias keeps (blue/green: the one CodeDeploy last released); empty: newest.")

        let shared: [String: TFString] = ["VECTOR_STORE": vectorStore, "VECTOR_DATABASE": database]
        chatEnvironment = shared.merging([
            "VECTOR_ENDPOINT": readEndpoint, "VECTOR_DB_USER": TFString(VectorAuroraModule.chatUser),
            "RERANK_MODEL_ID": rerank, "CACHE_ENDPOINT": cache, "QUOTA_TABLE_NAME": quotas, "TIER_LIMITS_PARAMETER": limits,
        ]) { $1 }
        ingestEnvironment = shared.merging([
            "VECTOR_ENDPOINT": writeEndpoint, "VECTOR_DB_USER": TFString(VectorAuroraModule.ingestUser),
        ]) { $1 }
        vpcConfig = LambdaFunction.VpcConfig(securityGroupIds: groups, subnetIds: subnets)
        liveVersion = .raw("var.chat_live_version == \"\" ? \(publishedVersion.expression.hcl) : var.chat_live_version")
    }
}
