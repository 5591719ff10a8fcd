import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/dr`: disaster recovery in the primary region, called where
/// `protection.disasterRecovery` is on (prod), together with ``DRReplicaModule`` in the DR region.
///
/// - AWS Backup: vault `<prefix>-backup` (its own KMS key), plan `<prefix>-daily` (03:00 UTC,
///   kept `backup_retention_days`, each recovery point copied to the DR vault with the same
///   retention) and one selection per data store the environment has (``backedUpStores``): the
///   cost table and the vector bucket always, the quota table with `enable_quota_table_backup`
///   (tiers) and the Aurora cluster with `enable_aurora_backup` (pgvector). The backup role's
///   policies list its actions on exactly those stores, their backups, the two vaults and the
///   keys; no managed policy. An optional store's grant is its own inline policy, counted by
///   the same literal flag as its selection.
/// - S3 cross-region replication of the vector bucket into the replica bucket: every object and
///   delete marker, SSE-KMS objects re-encrypted with the replica key, Replication Time Control
///   (15 minutes) with metrics. The replication role may read versions of exactly the source
///   bucket, replicate into exactly the replica bucket, decrypt with the source key only
///   through S3 in the primary region and encrypt with the replica key only through S3 there.
///
/// Point-in-time recovery of the table is the database module's `point_in_time_recovery`.
enum DRModule: PlatformModule {
    static let name = "dr"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var backupRetentionDays = ModuleInput<TFNumber>("backup_retention_days", "Days each recovery point is kept (in both vaults).", validations: [.init("var.backup_retention_days >= 1 && var.backup_retention_days <= 36500", "backup_retention_days must be 1-36500.")])
        var bucketARN = ModuleInput<TFString>("bucket_arn", "ARN of the vector bucket.")
        var bucketName = ModuleInput<TFString>("bucket_name", "Name of the vector bucket (the replication source).")
        var drRegion = ModuleInput<TFString>("dr_region", "The DR region (where the replica bucket and DR vault are).")
        var drVaultARN = ModuleInput<TFString>("dr_vault_arn", "ARN of the backup vault in the DR region.")
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (vector bucket and cost table).")
        var replicaBucketARN = ModuleInput<TFString>("replica_bucket_arn", "ARN of the replica bucket in the DR region.")
        var replicaKMSKeyARN = ModuleInput<TFString>("replica_kms_key_arn", "ARN of the DR region's KMS key.")
        var tableARN = ModuleInput<TFString>("table_arn", "ARN of the cost table to back up.")
        var enableQuotaTableBackup = ModuleInput<TFBool>("enable_quota_table_backup", "Back up the tier quota table (a literal: the environment's tiers option).", default: false)
        var quotaTableARN = ModuleInput<TFString>("quota_table_arn", "ARN of the tier quota table (with enable_quota_table_backup).", default: "")
        var enableAuroraBackup = ModuleInput<TFBool>("enable_aurora_backup", "Back up the Aurora vector cluster (a literal: the environment's pgvector option).", default: false)
        var auroraClusterARN = ModuleInput<TFString>("aurora_cluster_arn", "ARN of the Aurora vector cluster (with enable_aurora_backup).", default: "")
    }

    /// Each backup selection: its resource name, the selection's name suffix, and the input whose
    /// literal flag turns it on (`nil`: always). The stores an environment has decide the flags.
    static let backedUpStores: [(localName: String, suffix: String, flag: String?)] = [
        ("table", "cost-table", nil), ("vectors", "vector-bucket", nil),
        ("quota_table", "quota-table", "enable_quota_table_backup"), ("aurora", "aurora", "enable_aurora_backup"),
    ]

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var backupPlanID = ModuleOutput<TFString>("backup_plan_id", "Id of the daily backup plan.")
        var backupRoleARN = ModuleOutput<TFString>("backup_role_arn", "ARN of the AWS Backup role.")
        var backupVaultARN = ModuleOutput<TFString>("backup_vault_arn", "ARN of the primary backup vault.")
        var replicationRoleARN = ModuleOutput<TFString>("replication_role_arn", "ARN of the S3 replication role.")
    }
    /// Daily at 03:00 UTC.
    static let schedule = "cron(0 3 * * ? *)"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let bucketName = input.bucketName
        let bucket = BucketRef(arn: input.bucketARN)
        let sourceKey = input.kmsKeyARN
        let table = input.tableARN
        let replica = BucketRef(arn: input.replicaBucketARN)
        let replicaKey = input.replicaKMSKeyARN
        let drVault = input.drVaultARN
        let drRegion = input.drRegion
        let retention = input.backupRetentionDays
        let quotaTable = input.quotaTableARN
        let aurora = input.auroraClusterARN

        // MARK: Roles
        var backupRole = Role("backup", roleName: .named(context.prefix, "backup-role"), service: "backup.amazonaws.com", account: context.account)
        var replicationRole = Role("replication", roleName: .named(context.prefix, "replication-role"), service: "s3.amazonaws.com",
                                   account: context.account)

        // MARK: AWS Backup
        var encryption = EncryptionKey("backup", description: "Encrypts \(context.prefix) AWS Backup recovery points.",
                                       aliasName: "alias/\(context.prefix)-backup", partition: context.partition, account: context.account)
        encryption.allowUse(by: [backupRole.arn], through: "backup.\(context.region).amazonaws.com",
                            actions: [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey], sid: "UseKeyThroughBackup")
        encryption.statements.append(
            Statement(sid: "GrantToBackupForAWSResources", effect: .allow, actions: [.kms.createGrant], resources: ["*"],
                      principals: [.aws(backupRole.arn)], conditions: [Condition("Bool", "kms:GrantIsForAWSResource", ["true"])])
                .suppressing("wildcard-resource", reason: EncryptionKey.keyPolicyResourceReason))
        let backupKey = encryption.declare(in: &module)
        let vault = module.add(BackupVault("main", nameAttribute: .named(context.prefix, "backup")).with {
            $0.kmsKeyArn = backupKey.arn
        })

        Self.grantBackup(to: &backupRole, table: table, vaults: [vault.arn, drVault], keys: [sourceKey, backupKey.arn, replicaKey])
        Self.grantBucketBackup(to: &backupRole, bucket: bucket, context: context)
        backupRole.declare(in: &module, description: "AWS Backup: backs up the environment's data stores and copies recovery points to the DR region.")
        PoliciesModule.declare(in: &module, "backup_quota_table", for: backupRole, prefix: context.prefix, when: .one(if: input.enableQuotaTableBackup)) {
            Self.grantTableBackup(to: &$0, table: quotaTable, name: "QuotaTable")
        }
        PoliciesModule.declare(in: &module, "backup_aurora", for: backupRole, prefix: context.prefix, when: .one(if: input.enableAuroraBackup)) {
            Self.grantClusterBackup(to: &$0, cluster: aurora, context: context, drRegion: drRegion)
        }

        let plan = module.add(BackupPlan("daily", nameAttribute: .named(context.prefix, "daily"), rule: [
            .init(ruleName: "daily", targetVaultName: vault.attribute("name")).with {
                $0.schedule = TFString(schedule)
                $0.startWindow = 60
                $0.completionWindow = 360
                $0.lifecycle = .init().with { $0.deleteAfter = retention }
                $0.copyAction = [.init(destinationVaultArn: drVault).with { $0.lifecycle = .init().with { $0.deleteAfter = retention } }]
            },
        ]))
        let resources: [String: TFString] = ["table": table, "vectors": bucket.arn, "quota_table": quotaTable, "aurora": aurora]
        for store in backedUpStores {
            module.add(BackupSelection(store.localName, iamRoleArn: backupRole.arn, nameAttribute: .named(context.prefix, store.suffix),
                                       planId: plan.id).with {
                $0.resources = [resources[store.localName]!]
                $0.meta.dependsOn = ["aws_iam_role_policy.\(store.flag == nil ? "backup" : "backup_\(store.localName)")"]
                if let flag = store.flag { $0.meta.count = .one(if: TFBool(Reference(.variable(flag)))) }
            })
        }

        // MARK: S3 cross-region replication
        Self.grantReplication(to: &replicationRole, source: bucket, destination: replica, sourceKey: sourceKey, destinationKey: replicaKey,
                              sourceRegion: context.region, destinationRegion: drRegion)
        replicationRole.declare(in: &module, description: "S3 replication of the vector bucket into the DR region.")
        module.add(S3BucketReplicationConfiguration("vectors", bucket: bucketName, role: replicationRole.arn, rule: [replicationRule(
            destination: replica.arn, replicaKey: replicaKey)]).with {
            $0.meta.dependsOn = ["aws_iam_role_policy.replication"]
        })

        output.backupVaultARN = vault.arn
        output.backupPlanID = plan.id
        output.backupRoleARN = backupRole.arn
        output.replicationRoleARN = replicationRole.arn
        module.declare(output)
        return module
    }

    /// AWS Backup's actions for one DynamoDB table: back it up (advanced backups:
    /// `StartAwsBackupJob`), manage its backups, write into the vaults, and use the keys only for
    /// AWS resources.
    static func grantBackup(to role: inout Role, table: TFString, vaults: [TFString], keys: [TFString]) {
        grantTableBackup(to: &role, table: table, name: "CostTable")
        role.add(.allow([.backup.describeBackupVault, .backup.copyIntoBackupVault], on: vaults, sid: "WriteRecoveryPoints"))
        role.add(.allow([.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey], on: keys, sid: "UseBackupKeys"))
        role.add(.allow([.kms.createGrant], on: keys, sid: "GrantKeysToAWSResources",
                        conditions: [Condition("Bool", "kms:GrantIsForAWSResource", ["true"])]))
    }

    /// Backing up one DynamoDB table, `name` in the statement ids: the table and its backups.
    static func grantTableBackup(to role: inout Role, table: TFString, name: String) {
        role.add(.allow([.dynamodb.describeTable, .dynamodb.createBackup, .dynamodb.startAwsBackupJob, .dynamodb.listTagsOfResource],
                        on: [table], sid: "BackUp\(name)"))
        role.add(.allow([.dynamodb.describeBackup, .dynamodb.deleteBackup], on: ["\(table)/backup/*"], sid: "Manage\(name)Backups"))
    }

    /// Backing up the vector bucket (what AWS's S3 backup policy grants, on exactly this bucket):
    /// its versions and inventory, and the EventBridge rules AWS Backup manages for continuous
    /// backups. `events:ListRules` and `cloudwatch:GetMetricData` support no resource-level permissions.
    static func grantBucketBackup(to role: inout Role, bucket: BucketRef, context: ModuleContext) {
        role.add(.allow([.s3.getInventoryConfiguration, .s3.putInventoryConfiguration, .s3.listBucketVersions, .s3.listBucket,
                         .s3.getBucketVersioning, .s3.getBucketNotification, .s3.putBucketNotification, .s3.getBucketLocation,
                         .s3.getBucketTagging], on: [bucket.arn], sid: "BackUpVectorBucket"))
        role.add(.allow([.s3.getObject, .s3.getObjectAcl, .s3.getObjectTagging, .s3.getObjectVersion, .s3.getObjectVersionAcl,
                         .s3.getObjectVersionTagging], on: ["\(bucket.arn)/*"], sid: "ReadVectorObjects"))
        role.add(.allow([.events.describeRule, .events.enableRule, .events.putRule, .events.deleteRule, .events.putTargets,
                         .events.removeTargets, .events.listTargetsByRule, .events.disableRule],
                        on: ["arn:\(context.partition):events:\(context.region):\(context.account):rule/AwsBackupManagedRule*"],
                        sid: "ManageBackupRules"))
        role.add(.allow([.events.listRules, .cloudwatch.getMetricData], on: ["*"], sid: "ReadBucketMetrics"))
    }

    /// Backing up the Aurora cluster: snapshots of exactly it, named `awsbackup:*` by AWS
    /// Backup, in the primary region and (copies) the DR region.
    static func grantClusterBackup(to role: inout Role, cluster: TFString, context: ModuleContext, drRegion: TFString) {
        let snapshots = { (region: TFString) -> TFString in
            "arn:\(context.partition):rds:\(region):\(context.account):cluster-snapshot:awsbackup:*"
        }
        role.add(.allow([.rds.describeDBClusters, .rds.createDBClusterSnapshot, .rds.describeDBClusterSnapshots, .rds.listTagsForResource,
                         .rds.addTagsToResource], on: [cluster], sid: "BackUpAuroraCluster"))
        role.add(.allow([.rds.createDBClusterSnapshot, .rds.describeDBClusterSnapshots, .rds.copyDBClusterSnapshot,
                         .rds.deleteDBClusterSnapshot, .rds.modifyDBClusterSnapshotAttribute, .rds.listTagsForResource, .rds.addTagsToResource],
                        on: [snapshots(context.region), snapshots(drRegion)], sid: "ManageAuroraSnapshots"))
    }

    /// S3 replication's actions from `source` to `destination`, and nothing else.
    static func grantReplication(to role: inout Role, source: BucketRef, destination: BucketRef, sourceKey: TFString, destinationKey: TFString,
                                 sourceRegion: TFString, destinationRegion: TFString) {
        role.add(.allow([.s3.getReplicationConfiguration, .s3.listBucket], on: [source.arn], sid: "ReadReplicationConfiguration"))
        role.add(.allow([.s3.getObjectVersionForReplication, .s3.getObjectVersionAcl, .s3.getObjectVersionTagging],
                        on: ["\(source.arn)/*"], sid: "ReadSourceVersions"))
        role.add(.allow([.s3.replicateObject, .s3.replicateDelete, .s3.replicateTags], on: ["\(destination.arn)/*"], sid: "WriteReplicas"))
        role.add(.allow([.kms.decrypt], on: [sourceKey], sid: "DecryptSourceObjects",
                        conditions: [Condition("StringEquals", "kms:ViaService", ["s3.\(sourceRegion).amazonaws.com"])]))
        role.add(.allow([.kms.encrypt, .kms.generateDataKey], on: [destinationKey], sid: "EncryptReplicas",
                        conditions: [Condition("StringEquals", "kms:ViaService", ["s3.\(destinationRegion).amazonaws.com"])]))
    }

    /// Everything, delete markers included, within 15 minutes (S3 RTC), re-encrypted with the
    /// replica key.
    static func replicationRule(destination: TFString, replicaKey: TFString) -> S3BucketReplicationConfiguration.Rule {
        S3BucketReplicationConfiguration.Rule(destination: .init(bucket: destination).with {
            $0.storageClass = "STANDARD"
            $0.encryptionConfiguration = .init(replicaKmsKeyId: replicaKey)
            $0.replicationTime = .init(status: "Enabled", time: .init(minutes: 15))
            $0.metrics = .init(status: "Enabled").with { $0.eventThreshold = .init(minutes: 15) }
        }, status: "Enabled").with {
            $0.id = "replicate-everything"
            $0.priority = 1
            $0.filter = .init()
            $0.deleteMarkerReplication = .init(status: "Enabled")
            $0.sourceSelectionCriteria = .init().with { $0.sseKmsEncryptedObjects = .init(status: "Enabled") }
        }
    }
}
