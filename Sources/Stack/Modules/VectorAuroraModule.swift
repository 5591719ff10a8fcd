import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/vector_aurora`: Aurora PostgreSQL Serverless v2 with pgvector for the document
/// vectors (the `vectorStore: .auroraPgvector` option).
///
/// - In the network module's private subnets, behind the database security group (5432 from
///   the functions only); never publicly accessible.
/// - Storage, Performance Insights and the master-user secret encrypted with the environment's key.
/// - IAM database authentication: the functions connect as `rag_chat` (SELECT) and `rag_ingest`
///   (INSERT/UPDATE/DELETE) with `rds-db:connect` on exactly
///   `dbuser:<cluster resource id>/<user>` (policies module); no password in any function.
/// - `manage_master_user_password`: RDS keeps the master password in Secrets Manager and rotates
///   it (every 7 days by default). Only administrators use it, for migrations.
/// - Backups: `backup_retention_days` of point-in-time recovery, a final snapshot on delete.
/// - Logging: the `postgresql` log goes to CloudWatch Logs; the cluster parameter group logs
///   every DDL statement (`log_statement = ddl`) and every statement slower than 1 s
///   (`log_min_duration_statement = 1000`), never ordinary reads and writes with their values.
/// - Enhanced monitoring every 60 s through the `<prefix>-rds-monitoring-role` role: the
///   actions of AWS's `AmazonRDSEnhancedMonitoringRole`, limited to this account and region's
///   `RDSOSMetrics` log group (which RDS creates).
///
/// The schema is a migration, not Terraform (synth uses only the AWS provider), run once with
/// the master secret:
///
///     CREATE EXTENSION IF NOT EXISTS vector;
///     CREATE TABLE chunks (tenant_id text, doc_id text, chunk int, embedding vector(1024), body text,
///                          PRIMARY KEY (tenant_id, doc_id, chunk));
///     CREATE INDEX ON chunks USING hnsw (embedding vector_cosine_ops);
///     CREATE USER rag_chat; GRANT rds_iam TO rag_chat; GRANT SELECT ON chunks TO rag_chat;
///     CREATE USER rag_ingest; GRANT rds_iam TO rag_ingest; GRANT SELECT, INSERT, UPDATE, DELETE ON chunks TO rag_ingest;
enum VectorAuroraModule: PlatformModule {
    static let name = "vector_aurora"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var backupRetentionDays = ModuleInput<TFNumber>("backup_retention_days", "Days of automated backups (point-in-time recovery).", default: 7, validations: [.init("var.backup_retention_days >= 1 && var.backup_retention_days <= 35", "backup_retention_days must be 1-35.")])
        var deletionProtection = ModuleInput<TFBool>("deletion_protection", "Refuse to delete the cluster (prod).", default: true)
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (storage, secret, insights).")
        var maxCapacity = ModuleInput<TFNumber>("max_capacity", "Maximum Aurora capacity units (a cost cap).", default: 8, validations: [EnvironmentSetting.auroraMaxACU.validation(of: "max_capacity")])
        var minCapacity = ModuleInput<TFNumber>("min_capacity", "Minimum Aurora capacity units (0 lets the cluster pause).", default: 0.5, validations: [.init("var.min_capacity >= 0 && var.min_capacity <= 256", "min_capacity must be 0-256.")])
        var securityGroupID = ModuleInput<TFString>("security_group_id", "The network module's database security group.")
        var subnetIDs = ModuleInput<TFList<TFString>>("subnet_ids", "Private subnets of the network module (2+ AZs).")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var clusterARN = ModuleOutput<TFString>("cluster_arn", "ARN of the Aurora cluster.")
        var clusterResourceID = ModuleOutput<TFString>("cluster_resource_id", "Resource id of the cluster (the dbuser ARN's first part).")
        var databaseName = ModuleOutput<TFString>("database_name", "Database holding the vectors.")
        var endpoint = ModuleOutput<TFString>("endpoint", "Writer endpoint (ingest).")
        var masterUserSecretARN = ModuleOutput<TFString>("master_user_secret_arn", "ARN of the Secrets Manager secret with the rotated master password (administrators only).")
        var readerEndpoint = ModuleOutput<TFString>("reader_endpoint", "Reader endpoint (chat).")
    }
    static let engineVersion = "16.6"
    /// The parameter group family of `engineVersion`.
    static let parameterGroupFamily = "aurora-postgresql16"
    /// Seconds between enhanced-monitoring samples.
    static let monitoringIntervalSeconds = 60
    static let databaseName = "rag"
    /// Aurora capacity units the cluster keeps at least unless the caller sets `min_capacity`;
    /// the environment roots do not.
    static let defaultMinACU = 0.5
    /// The database users of the functions (IAM authentication).
    static let chatUser = "rag_chat"
    static let ingestUser = "rag_ingest"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        let subnets = input.subnetIDs
        let securityGroup = input.securityGroupID
        let minACU = input.minCapacity
        let maxACU = input.maxCapacity
        let retention = input.backupRetentionDays
        let deletionProtection = input.deletionProtection

        let subnetGroup = module.add(DbSubnetGroup("vectors", subnetIds: subnets).with {
            $0.nameAttribute = .named(context.prefix, "vectors")
            $0.description = "Private subnets of the \(context.prefix) vector database"
        })
        let parameters = module.add(RdsClusterParameterGroup("vectors", family: TFString(parameterGroupFamily)).with {
            $0.nameAttribute = .named(context.prefix, "vectors")
            $0.description = "Query logging of the \(context.prefix) vector database"
            $0.parameter = [
                .init(name: "log_statement", value: "ddl"),
                .init(name: "log_min_duration_statement", value: "1000"),
            ]
        })

        // The policy of AWS's AmazonRDSEnhancedMonitoringRole (the same actions, split by the
        // resource type each applies to), on this account and region's RDSOSMetrics log group only.
        let osMetrics: TFString = "arn:\(context.partition):logs:\(context.region):\(context.account):log-group:RDSOSMetrics"
        var monitoring = Role("rds_monitoring", roleName: .named(context.prefix, "rds-monitoring-role"),
                              service: "monitoring.rds.amazonaws.com", account: context.account)
        monitoring.add(.allow([.logs.createLogGroup, .logs.putRetentionPolicy, .logs.describeLogStreams], on: [osMetrics],
                              sid: "ManageOSMetricsLogGroup"))
        monitoring.add(.allow([.logs.createLogStream, .logs.putLogEvents, .logs.getLogEvents], on: ["\(osMetrics):log-stream:*"],
                              sid: "WriteOSMetricsLogStreams"))
        let monitoringRole = monitoring.declare(in: &module, description: "Enhanced monitoring of the vector database: writes OS metrics to RDSOSMetrics.")

        let cluster = module.add(RdsCluster("vectors", engine: "aurora-postgresql").with {
            $0.clusterIdentifier = .named(context.prefix, "vectors")
            $0.engineMode = "provisioned"
            $0.engineVersion = TFString(engineVersion)
            $0.databaseName = TFString(databaseName)
            $0.masterUsername = "rag_admin"
            $0.manageMasterUserPassword = true
            $0.masterUserSecretKmsKeyId = key
            $0.iamDatabaseAuthenticationEnabled = true
            $0.storageEncrypted = true
            $0.kmsKeyId = key
            $0.dbSubnetGroupName = subnetGroup.attribute("name")
            $0.vpcSecurityGroupIds = [securityGroup]
            $0.port = 5432
            $0.backupRetentionPeriod = retention
            $0.preferredBackupWindow = "02:00-03:00"
            $0.preferredMaintenanceWindow = "sun:04:00-sun:05:00"
            $0.copyTagsToSnapshot = true
            $0.deletionProtection = deletionProtection
            $0.skipFinalSnapshot = false
            $0.finalSnapshotIdentifier = .named(context.prefix, "vectors-final")
            $0.dbClusterParameterGroupName = parameters.id
            $0.enabledCloudwatchLogsExports = ["postgresql"]
            $0.serverlessv2ScalingConfiguration = .init(maxCapacity: maxACU, minCapacity: minACU)
        })
        module.add(RdsClusterInstance("writer", clusterIdentifier: cluster.id, engine: cluster.engine, instanceClass: "db.serverless").with {
            $0.identifier = .named(context.prefix, "vectors-1")
            $0.engineVersion = cluster.attribute("engine_version")
            $0.dbSubnetGroupName = subnetGroup.attribute("name")
            $0.publiclyAccessible = false
            $0.autoMinorVersionUpgrade = true
            $0.performanceInsightsEnabled = true
            $0.performanceInsightsKmsKeyId = key
            $0.monitoringInterval = TFNumber(monitoringIntervalSeconds)
            $0.monitoringRoleArn = monitoringRole.arn
            // RDS checks the role's permissions when monitoring is turned on.
            $0.meta.dependsOn = ["aws_iam_role_policy.rds_monitoring"]
        })

        output.clusterARN = cluster.arn
        output.clusterResourceID = cluster.clusterResourceId
        output.endpoint = cluster.endpoint
        output.readerEndpoint = cluster.readerEndpoint
        output.databaseName = TFString(databaseName)
        output.masterUserSecretARN = cluster.attribute(path: "master_user_secret", "0", "secret_arn")
        module.declare(output)
        return module
    }
}
