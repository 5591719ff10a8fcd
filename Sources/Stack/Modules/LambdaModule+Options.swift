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

    init(_ input: Variables<LambdaModule.Inputs>, publishedVersion: TFString) {
        let subnets = input.subnetIDs
        let groups = input.securityGroupIDs
        let vectorStore = input.vectorStore
        let writeEndpoint = input.vectorEndpoint
        let readEndpoint = input.vectorReadEndpoint
        let database = input.vectorDatabase
        let rerank = input.rerankModelID
        let cache = input.cacheEndpoint
        let quotas = input.quotaTableName
        let limits = input.tierLimitsParameter

        let shared: [String: TFString] = ["VECTOR_STORE": vectorStore, "VECTOR_DATABASE": database]
        chatEnvironment = shared.merging([
            "VECTOR_ENDPOINT": readEndpoint, "VECTOR_DB_USER": TFString(VectorAuroraModule.chatUser),
            "RERANK_MODEL_ID": rerank, "CACHE_ENDPOINT": cache, "QUOTA_TABLE_NAME": quotas, "TIER_LIMITS_PARAMETER": limits,
        ]) { $1 }
        ingestEnvironment = shared.merging([
            "VECTOR_ENDPOINT": writeEndpoint, "VECTOR_DB_USER": TFString(VectorAuroraModule.ingestUser),
        ]) { $1 }
        vpcConfig = LambdaFunction.VpcConfig(securityGroupIds: groups, subnetIds: subnets)
        let pinned = input.chatLiveVersion
        liveVersion = .conditional(pinned.equals(""), publishedVersion, pinned)
    }
}
