import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/policies`: one role per function, trusted only by Lambda in this account, with
/// inline policies made only of grants. No AWS managed policies: every action is listed.
enum PoliciesModule: PlatformModule {
    static let name = "policies"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let arn = { (module: inout StackModule, name: String, description: String, type: String, attribute: String) -> TFString in
            module.variable(name, .string, description, origin: .init(resourceType: type, attribute: attribute))
        }
        let bucket = BucketRef(arn: arn(&module, "bucket_arn", "ARN of the vector bucket.", "aws_s3_bucket", "arn"))
        let table = TableRef(arn: arn(&module, "table_arn", "ARN of the cost table.", "aws_dynamodb_table", "arn"))
        let key = KeyRef(arn: arn(&module, "kms_key_arn", "ARN of the environment's KMS key.", "aws_kms_key", "arn"))
        let chatLogs = LogGroupRef(arn: arn(&module, "chat_log_group_arn", "ARN of the chat function's log group.", "aws_cloudwatch_log_group", "arn"))
        let ingestLogs = LogGroupRef(arn: arn(&module, "ingest_log_group_arn", "ARN of the ingest function's log group.", "aws_cloudwatch_log_group", "arn"))
        let dlq = QueueRef(arn: arn(&module, "ingest_dlq_arn", "ARN of the ingest dead-letter queue.", "aws_sqs_queue", "arn"))
        let modelValidation = { (name: String) in
            [Variable.Validation("alltrue([for arn in var.\(name) : can(regex(\"^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]*:(foundation-model|inference-profile)/.+$\", arn))])",
                                 "\(name) must hold Bedrock foundation-model or inference-profile ARNs.")]
        }
        let chatModels: TFList<TFString> = module.variable(
            "chat_model_arns", .list(.string),
            "ARNs the chat function may invoke: the chat model (in every region its inference profile routes to, and the profile) and the embedding model.",
            validations: modelValidation("chat_model_arns"))
        let embeddingModels: TFList<TFString> = module.variable(
            "embedding_model_arns", .list(.string), "ARNs of the embedding model the ingest function invokes.",
            validations: modelValidation("embedding_model_arns"))

        var chat = Role("chat", roleName: .named(context.prefix, "chat-role"), service: "lambda.amazonaws.com", account: context.account)
        BedrockModels.grantInvoke([], lists: [chatModels], to: &chat, sid: "InvokeChatAndEmbeddingModels")
        bucket.grantObjects(.read, to: &chat, sid: "ReadVectors")
        bucket.grantList(to: &chat, sid: "ListVectors")
        table.grant([.dynamodb.putItem, .dynamodb.query, .dynamodb.getItem], to: &chat, sid: "RecordAndReadCosts")
        chatLogs.grantWrite(to: &chat, sid: "WriteOwnLogs")
        Tracing.grantWrite(to: &chat)
        key.grantDecrypt(to: &chat, sid: "DecryptWithEnvironmentKey")
        chat.declare(in: &module, description: "Chat function: reads vectors, invokes the chat model, records costs.")
        declareOriginVerifyGrant(in: &module, chat: chat, prefix: context.prefix)

        var ingest = Role("ingest", roleName: .named(context.prefix, "ingest-role"), service: "lambda.amazonaws.com", account: context.account)
        BedrockModels.grantInvoke([], lists: [embeddingModels], streaming: false, to: &ingest, sid: "InvokeEmbeddingModel")
        bucket.grantObjects(.readWriteDelete, to: &ingest, sid: "ReadWriteVectors")
        bucket.grantList(to: &ingest, sid: "ListVectors")
        dlq.grantSend(to: &ingest, sid: "SendFailedEventsToDLQ")
        ingestLogs.grantWrite(to: &ingest, sid: "WriteOwnLogs")
        Tracing.grantWrite(to: &ingest)
        key.grantEncryptDecrypt(to: &ingest, sid: "EncryptWithEnvironmentKey")
        ingest.declare(in: &module, description: "Ingest function: embeds uploads and writes vectors.")

        declareOptionGrants(in: &module, chat: chat, ingest: ingest, context: context)
        module.output("chat_role_arn", chat.arn, "ARN of the chat function's role.")
        module.output("ingest_role_arn", ingest.arn, "ARN of the ingest function's role.")
        return module
    }

    /// Where the WAF module is used, the chat function reads the CloudFront origin secret: a
    /// separate inline policy, present only when `enable_origin_verify` is set (grants render
    /// at synth time, so an optional grant needs its own resource with `count`).
    static func declareOriginVerifyGrant(in module: inout StackModule, chat: Role, prefix: TFString) {
        let secret: TFString = module.variable("origin_verify_secret_arn", .string,
                                               "ARN of the CloudFront origin secret (WAF module); empty when the environment has no WAF.",
                                               default: .string(""), origin: .init(resourceType: "aws_secretsmanager_secret", attribute: "arn"))
        let key: TFString = module.variable("origin_verify_key_arn", .string, "ARN of the KMS key encrypting the origin secret; empty without WAF.",
                                            default: .string(""), origin: .init(resourceType: "aws_kms_key", attribute: "arn"))
        let enabled: TFBool = module.variable("enable_origin_verify", .bool,
                                              "Whether the environment has the WAF module's origin secret (from the configuration).", default: .bool(false))
        var grant = Role("chat_origin_verify", roleName: chat.roleName, trust: chat.trust)
        SecretRef(arn: secret).grantRead(to: &grant, sid: "ReadOriginSecret")
        KeyRef(arn: key).grantDecrypt(to: &grant, sid: "DecryptOriginSecret")
        let policy = module.add(IamRolePolicy("chat_origin_verify", policy: grant.policy.rendered, role: chat.nameReference).with {
            $0.nameAttribute = "\(prefix)-chat-origin-verify"
            $0.meta.count = .one(if: enabled)
        })
        module.register(grant.policy, kind: .identity, address: policy.address, argument: "policy")
    }
}
