import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/policies`: one role per function, trusted only by Lambda in this account, with
/// inline policies made only of grants. No AWS managed policies: every action is listed.
enum PoliciesModule: PlatformModule {
    static let name = "policies"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var auroraClusterResourceID = ModuleInput<TFString>("aurora_cluster_resource_id", "Resource id of the Aurora vector cluster; empty when not used.", default: "")
        var bucketARN = ModuleInput<TFString>("bucket_arn", "ARN of the vector bucket.")
        var chatLogGroupARN = ModuleInput<TFString>("chat_log_group_arn", "ARN of the chat function's log group.")
        var chatModelARNs = ModuleInput<TFList<TFString>>("chat_model_arns", "ARNs the chat function may invoke: the chat model (in every region its inference profile routes to, and the profile) and the embedding model.", validations: Self.bedrockModelARNs("chat_model_arns"))
        var collectionARN = ModuleInput<TFString>("collection_arn", "ARN of the OpenSearch Serverless vector collection; empty when not used.", default: "")
        var embeddingModelARNs = ModuleInput<TFList<TFString>>("embedding_model_arns", "ARNs of the embedding model the ingest function invokes.", validations: Self.bedrockModelARNs("embedding_model_arns"))
        var enableAurora = ModuleInput<TFBool>("enable_aurora", "Whether vectors live in Aurora PostgreSQL (pgvector) (from the configuration).", default: false)
        var enableOpenSearch = ModuleInput<TFBool>("enable_opensearch", "Whether vectors live in the OpenSearch Serverless collection (from the configuration).", default: false)
        var enableOriginVerify = ModuleInput<TFBool>("enable_origin_verify", "Whether the environment has the WAF module's origin secret (from the configuration).", default: false)
        var enableTiers = ModuleInput<TFBool>("enable_tiers", "Whether tier limits are on (from the configuration).", default: false)
        var enableVPC = ModuleInput<TFBool>("enable_vpc", "Whether the functions run in a VPC (from the configuration).", default: false)
        var functionSecurityGroupARN = ModuleInput<TFString>("function_security_group_arn", "ARN of the functions' security group; empty without a VPC.", default: "")
        var ingestDLQARN = ModuleInput<TFString>("ingest_dlq_arn", "ARN of the ingest dead-letter queue.")
        var ingestLogGroupARN = ModuleInput<TFString>("ingest_log_group_arn", "ARN of the ingest function's log group.")
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key.")
        var originVerifyKeyARN = ModuleInput<TFString>("origin_verify_key_arn", "ARN of the KMS key encrypting the origin secret; empty without WAF.", default: "")
        var originVerifySecretARN = ModuleInput<TFString>("origin_verify_secret_arn", "ARN of the CloudFront origin secret (WAF module); empty when the environment has no WAF.", default: "")
        var quotaTableARN = ModuleInput<TFString>("quota_table_arn", "ARN of the tier quota table; empty when tiers are off.", default: "")
        var rerankModelID = ModuleInput<TFString>("rerank_model_id", "Bedrock rerank model id, for example amazon.rerank-v1:0; empty turns re-ranking off.", default: "")
        var subnetARNs = ModuleInput<TFList<TFString>>("subnet_arns", "ARNs of the private subnets the functions run in; empty when they are not in a VPC.", default: [])
        var subnetIDs = ModuleInput<TFList<TFString>>("subnet_ids", "Ids of the same subnets, passed through to the lambda module after the ENI grants exist.", default: [])
        var tableARN = ModuleInput<TFString>("table_arn", "ARN of the cost table.")
        var tierLimitsParameterARN = ModuleInput<TFString>("tier_limits_parameter_arn", "ARN of the tier-limits parameter; empty when tiers are off.", default: "")
        var vpcARN = ModuleInput<TFString>("vpc_arn", "ARN of the functions' VPC; empty without a VPC.", default: "")

        /// The check both model lists get: every element a Bedrock foundation model or inference profile ARN.
        static func bedrockModelARNs(_ name: String) -> [Variable.Validation] {
            [.init("alltrue([for arn in var.\(name) : can(regex(\"^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]*:(foundation-model|inference-profile)/.+$\", arn))])",
                   "\(name) must hold Bedrock foundation-model or inference-profile ARNs.")]
        }
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var chatRoleARN = ModuleOutput<TFString>("chat_role_arn", "ARN of the chat function's role.")
        var ingestRoleARN = ModuleOutput<TFString>("ingest_role_arn", "ARN of the ingest function's role.")
        var vpcSubnetIDs = ModuleOutput<TFList<TFString>>("vpc_subnet_ids", "The functions' subnets, available once the ENI grants exist.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let bucket = BucketRef(arn: input.bucketARN)
        let table = TableRef(arn: input.tableARN)
        let key = KeyRef(arn: input.kmsKeyARN)
        let chatLogs = LogGroupRef(arn: input.chatLogGroupARN)
        let ingestLogs = LogGroupRef(arn: input.ingestLogGroupARN)
        let dlq = QueueRef(arn: input.ingestDLQARN)
        let chatModels = input.chatModelARNs
        let embeddingModels = input.embeddingModelARNs

        var chat = Role("chat", roleName: .named(context.prefix, "chat-role"), service: "lambda.amazonaws.com", account: context.account)
        BedrockModels.grantInvoke([], lists: [chatModels], to: &chat, sid: "InvokeChatAndEmbeddingModels")
        bucket.grantObjects(.read, to: &chat, sid: "ReadVectors")
        bucket.grantList(to: &chat, sid: "ListVectors")
        table.grant([.dynamodb.putItem, .dynamodb.query, .dynamodb.getItem], to: &chat, sid: "RecordAndReadCosts")
        chatLogs.grantWrite(to: &chat, sid: "WriteOwnLogs")
        Tracing.grantWrite(to: &chat)
        key.grantDecrypt(to: &chat, sid: "DecryptWithEnvironmentKey")
        chat.declare(in: &module, description: "Chat function: reads vectors, invokes the chat model, records costs.")
        declareOriginVerifyGrant(in: &module, input: input, chat: chat, prefix: context.prefix)

        var ingest = Role("ingest", roleName: .named(context.prefix, "ingest-role"), service: "lambda.amazonaws.com", account: context.account)
        BedrockModels.grantInvoke([], lists: [embeddingModels], streaming: false, to: &ingest, sid: "InvokeEmbeddingModel")
        bucket.grantObjects(.readWriteDelete, to: &ingest, sid: "ReadWriteVectors")
        bucket.grantList(to: &ingest, sid: "ListVectors")
        dlq.grantSend(to: &ingest, sid: "SendFailedEventsToDLQ")
        ingestLogs.grantWrite(to: &ingest, sid: "WriteOwnLogs")
        Tracing.grantWrite(to: &ingest)
        key.grantEncryptDecrypt(to: &ingest, sid: "EncryptWithEnvironmentKey")
        ingest.declare(in: &module, description: "Ingest function: embeds uploads and writes vectors.")

        declareOptionGrants(in: &module, input: input, output: &output, chat: chat, ingest: ingest, context: context)
        output.chatRoleARN = chat.arn
        output.ingestRoleARN = ingest.arn
        module.declare(output)
        return module
    }

    /// Where the WAF module is used, the chat function reads the CloudFront origin secret: a
    /// separate inline policy, present only when `enable_origin_verify` is set (grants render
    /// at synth time, so an optional grant needs its own resource with `count`).
    static func declareOriginVerifyGrant(in module: inout StackModule, input: Variables<Inputs>, chat: Role, prefix: TFString) {
        let secret = input.originVerifySecretARN
        let key = input.originVerifyKeyARN
        let enabled = input.enableOriginVerify
        var grant = Role("chat_origin_verify", roleName: chat.roleName, trust: chat.trust)
        SecretRef(arn: secret).grantRead(to: &grant, sid: "ReadOriginSecret")
        KeyRef(arn: key).grantDecrypt(to: &grant, sid: "DecryptOriginSecret")
        module.add(IamRolePolicy("chat_origin_verify", policy: grant.policy.rendered, role: chat.nameReference).with {
            $0.nameAttribute = "\(prefix)-chat-origin-verify"
            $0.meta.count = .one(if: enabled)
        }, policy: grant.policy, kind: .identity)
    }
}
