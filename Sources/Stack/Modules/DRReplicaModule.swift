import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/dr_replica`: what disaster recovery keeps in the DR region. The root calls it
/// with `providers = { aws = aws.replica }`, so everything here lives in `drRegion`.
///
/// - KMS key `alias/<prefix>-replica` (its own key: KMS keys are regional), usable only by the
///   replication role through S3 and by the backup role through AWS Backup.
/// - Replica bucket `<prefix>-vectors-replica` (a ``SecureBucket``: SSE-KMS with that key,
///   versioning, public access blocked, TLS only, access logs to `<prefix>-replica-access-logs`).
/// - Backup vault `<prefix>-backup-dr`, encrypted with that key, receiving the daily copies.
enum DRReplicaModule: PlatformModule {
    static let name = "dr_replica"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var backupRoleARN = ModuleInput<TFString>("backup_role_arn", "ARN of the AWS Backup role (a key user through AWS Backup).")
        var noncurrentVersionDays = ModuleInput<TFNumber>("noncurrent_version_days", "Days a replaced replica object version is kept before it expires.", default: 90, validations: [.init("var.noncurrent_version_days >= 1 && var.noncurrent_version_days <= 3650", "noncurrent_version_days must be 1-3650.")])
        var replicationRoleARN = ModuleInput<TFString>("replication_role_arn", "ARN of the S3 replication role (a key user through S3).")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var bucketARN = ModuleOutput<TFString>("bucket_arn", "ARN of the replica bucket (once its versioning is on).")
        var bucketName = ModuleOutput<TFString>("bucket_name", "Name of the replica bucket.")
        var kmsKeyARN = ModuleOutput<TFString>("kms_key_arn", "ARN of the DR region's KMS key.")
        var vaultARN = ModuleOutput<TFString>("vault_arn", "ARN of the DR backup vault.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        module.terraform.settings = TerraformSettings(requiredVersion: EnvironmentRoot.terraformVersion,
                                                      requiredProviders: ["aws": EnvironmentRoot.awsProvider])
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let replicationRole = input.replicationRoleARN
        let backupRole = input.backupRoleARN
        let noncurrentDays = input.noncurrentVersionDays

        var encryption = EncryptionKey("replica", description: "Encrypts \(context.prefix) disaster-recovery copies in \(context.region).",
                                       aliasName: "alias/\(context.prefix)-replica", partition: context.partition, account: context.account)
        encryption.allowUse(by: [replicationRole], through: "s3.\(context.region).amazonaws.com",
                            actions: [.kms.encrypt, .kms.generateDataKey], sid: "EncryptReplicasThroughS3")
        encryption.allowUse(by: [backupRole], through: "backup.\(context.region).amazonaws.com",
                            actions: [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey], sid: "UseKeyThroughBackup")
        encryption.statements.append(
            Statement(sid: "GrantToBackupForAWSResources", effect: .allow, actions: [.kms.createGrant], resources: ["*"],
                      principals: [.aws(backupRole)], conditions: [Condition("Bool", "kms:GrantIsForAWSResource", ["true"])])
                .suppressing("wildcard-resource", reason: EncryptionKey.keyPolicyResourceReason))
        let key = encryption.declare(in: &module)

        var logs = SecureBucket(localName: "replica_access_logs", bucketName: .named(context.prefix, "replica-access-logs"),
                                encryption: .s3Managed, noncurrentVersionDays: noncurrentDays, expirationDays: 365)
        logs.allowAccessLogDelivery(account: context.account)
        let logBucket = logs.declare(in: &module)
        let replica = SecureBucket(localName: "replica", bucketName: .named(context.prefix, "vectors-replica"), encryption: .kms(key.arn),
                                   noncurrentVersionDays: noncurrentDays, expirationDays: nil,
                                   accessLogs: (bucket: logBucket, prefix: "vectors-replica/"))
        let bucket = replica.declare(in: &module)

        let vault = module.add(BackupVault("dr", nameAttribute: .named(context.prefix, "backup-dr")).with {
            $0.kmsKeyArn = key.arn
        })

        // S3 accepts a replication configuration only into a versioned bucket.
        output.set(\.bucketARN, bucket.arn, dependsOn: [replica.versioningAddress])
        output.bucketName = replica.versionedName
        output.kmsKeyARN = key.arn
        output.vaultARN = vault.arn
        module.declare(output)
        return module
    }
}
