import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/storage`: the environment's KMS key, the vector bucket and its access-log bucket.
///
/// Object layout in the vector bucket (documented here because the handlers rely on it):
/// - `incoming/{tenant_id}/{doc_id}`: uploads; an ObjectCreated notification on this prefix
///   invokes the ingest function.
/// - `{tenant_id}/{hash_prefix}/{doc_id}.json`: vectors, where `hash_prefix` is the first two
///   hex characters of the SHA-256 of `doc_id`. The 256 prefixes per tenant spread request load
///   across S3 partitions, so one busy tenant cannot create a hot prefix.
enum StorageModule: PlatformModule {
    static let name = "storage"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var chatRoleARN = ModuleInput<TFString>("chat_role_arn", "ARN of the chat function's role (a key user).")
        var ingestFunctionARN = ModuleInput<TFString>("ingest_function_arn", "ARN of the ingest function S3 notifies.")
        var ingestRoleARN = ModuleInput<TFString>("ingest_role_arn", "ARN of the ingest function's role (a key user).")
        var noncurrentVersionDays = ModuleInput<TFNumber>("noncurrent_version_days", "Days a replaced object version is kept before it expires.", default: 30, validations: [EnvironmentSetting.noncurrentVersionDays.validation(of: "noncurrent_version_days")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var accessLogBucketName = ModuleOutput<TFString>("access_log_bucket_name", "Name of the access-log bucket.")
        var bucketARN = ModuleOutput<TFString>("bucket_arn", "ARN of the vector bucket.")
        var bucketName = ModuleOutput<TFString>("bucket_name", "Name of the vector bucket (from its versioning, which replication needs first).")
        var kmsAliasName = ModuleOutput<TFString>("kms_alias_name", "Alias of the environment's KMS key.")
        var kmsKeyARN = ModuleOutput<TFString>("kms_key_arn", "ARN of the environment's KMS key.")
    }
    static let uploadPrefix = "incoming/"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let chatRole = input.chatRoleARN
        let ingestRole = input.ingestRoleARN
        let ingestFunction = input.ingestFunctionARN
        let noncurrentDays = input.noncurrentVersionDays

        var encryption = EncryptionKey("main", description: "Encrypts \(context.prefix) data: vectors, table, logs, queues, environment variables.",
                                       aliasName: "alias/\(context.prefix)", partition: context.partition, account: context.account)
        encryption.allowUse(by: [chatRole, ingestRole], sid: "UseKeyFromFunctions")
        encryption.allowService("logs.\(context.region).amazonaws.com",
                                actions: [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey, .kms.reEncryptFrom, .kms.reEncryptTo],
                                conditions: [Condition("ArnLike", "kms:EncryptionContext:aws:logs:arn",
                                                       ["arn:\(context.partition):logs:\(context.region):\(context.account):log-group:*"])],
                                sid: "UseKeyFromCloudWatchLogs")
        encryption.allowService("cloudwatch.amazonaws.com", actions: [.kms.decrypt, .kms.generateDataKey],
                                conditions: [Condition("StringEquals", "aws:SourceAccount", [context.account])],
                                sid: "UseKeyFromCloudWatchAlarms")
        encryption.allowDataServices(partition: context.partition, region: context.region, account: context.account)
        encryption.allowService("budgets.amazonaws.com", actions: [.kms.decrypt, .kms.generateDataKey],
                                conditions: [Condition("StringEquals", "aws:SourceAccount", [context.account])],
                                sid: "UseKeyFromBudgetAlerts")
        // Roles of this account whose own IAM policy grants the key (S3 replication, AWS Backup)
        // may use it, but only through those services: the key policy delegates to IAM there.
        let root: TFString = "arn:\(context.partition):iam::\(context.account):root"
        encryption.allowUse(by: [root], through: "s3.\(context.region).amazonaws.com",
                            actions: [.kms.decrypt, .kms.describeKey, .kms.generateDataKey], sid: "UseKeyThroughS3")
        let backupService: TFString = "backup.\(context.region).amazonaws.com"
        encryption.allowUse(by: [root], through: backupService, actions: [.kms.decrypt, .kms.describeKey, .kms.generateDataKey],
                            sid: "UseKeyThroughBackup")
        // AWS Backup hands the key to the services it copies through grants; only such grants.
        encryption.statements.append(Statement(
            sid: "GrantKeyToBackupCopies", effect: .allow, actions: [.kms.createGrant], resources: ["*"], principals: [.aws(root)],
            conditions: [Condition("StringEquals", "kms:ViaService", [backupService]),
                         Condition("Bool", "kms:GrantIsForAWSResource", ["true"])])
            .suppressing("wildcard-resource", reason: EncryptionKey.keyPolicyResourceReason))
        let key = encryption.declare(in: &module)

        var logs = SecureBucket(localName: "access_logs", bucketName: .named(context.prefix, "access-logs"),
                                encryption: .s3Managed, noncurrentVersionDays: noncurrentDays, expirationDays: 365)
        logs.allowAccessLogDelivery(account: context.account)
        let logBucket = logs.declare(in: &module)

        let vectors = SecureBucket(localName: "vectors", bucketName: .named(context.prefix, "vectors"),
                                   encryption: .kms(key.arn), noncurrentVersionDays: noncurrentDays, expirationDays: nil,
                                   accessLogs: (bucket: logBucket, prefix: "vectors/"), eventBridgeNotifications: false)
        let bucket = vectors.declare(in: &module)

        let permission = module.add(LambdaPermission("s3_invoke_ingest", action: "lambda:InvokeFunction", functionName: ingestFunction,
                                                     principal: "s3.amazonaws.com").with {
            $0.statementId = "AllowVectorBucketNotifications"
            $0.sourceArn = bucket.arn
            $0.sourceAccount = context.account
        })
        // The bucket's one notification configuration: the ingest trigger, and every event to
        // EventBridge like the other SecureBuckets.
        module.add(S3BucketNotification("vectors", bucket: SecureBucket.name(of: bucket)).with {
            $0.eventbridge = true
            $0.lambdaFunction = [.init(events: ["s3:ObjectCreated:*"]).with {
                $0.lambdaFunctionArn = ingestFunction
                $0.filterPrefix = TFString(uploadPrefix)
            }]
            $0.meta.dependsOn = [permission.address]
        })

        output.kmsKeyARN = key.arn
        output.kmsAliasName = TFString("alias/\(context.prefix)")
        output.bucketName = vectors.versionedName
        output.bucketARN = bucket.arn
        output.accessLogBucketName = SecureBucket.name(of: logBucket)
        module.declare(output)
        return module
    }
}
