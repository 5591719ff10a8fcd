import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/state`: the S3 bucket every environment keeps its Terraform state in, called only
/// from `environments/bootstrap/` (which keeps its own state locally: it creates the bucket).
///
/// The bucket is a ``SecureBucket``: versioned (every state version can be restored), SSE-KMS
/// with its own rotated key, all public access blocked, TLS only, old versions expiring after
/// `noncurrent_version_days`, incomplete uploads aborted, access logs into
/// `<bucket>-access-logs`. Each environment's state is `<env>/terraform.tfstate`, locked with S3
/// native locking (`use_lockfile`, a `.tflock` object beside it): no DynamoDB lock table.
///
/// The bucket lives in the state account (the one the bootstrap runs in). Each entry of
/// `environments` (name → account id) gets a role `rag-genai-terraform-state-<name>`, trusted
/// only by that account, that may list `<name>/`, read and write `<name>/terraform.tfstate`,
/// read, write and delete its lock file, and use the key through S3: an environment's pipeline
/// reaches its own state and no other.
enum StateModule: PlatformModule {
    static let name = "state"

    static func build() -> StackModule {
        var module = StackModule(name)
        let account = module.add(CallerIdentityData("current")).accountId
        let partition = module.add(PartitionData("current")).partition
        let bucketName: TFString = module.variable("bucket_name", .string, "Name of the state bucket.",
                                                   default: .string(Environments.stateBucket))
        let noncurrentDays: TFNumber = module.variable("noncurrent_version_days", .number, "Days an old state version is kept.",
                                                       default: .integer(90),
                                                       validations: [.init("var.noncurrent_version_days >= 30", "noncurrent_version_days must be at least 30.")])

        let region: TFString = module.variable("region", .string, "Region of the state bucket (the root passes the region it configures).",
                                               validations: [.init(ModuleContext.regionCondition("var.region"),
                                                                   "region must be an AWS region code such as eu-west-1.")])
        var encryption = EncryptionKey("state", description: "Encrypts the Terraform state of every rag-genai environment.",
                                       aliasName: "alias/rag-genai-terraform-state", partition: partition, account: account)
        // The account delegates to IAM: principals whose own policy allows it may use the key, and only through S3.
        encryption.allowUse(by: ["arn:\(partition):iam::\(account):root"], through: "s3.\(region).amazonaws.com",
                            actions: [.kms.decrypt, .kms.encrypt, .kms.generateDataKey], sid: "UseKeyThroughS3")
        let key = encryption.declare(in: &module)
        var logs = SecureBucket(localName: "access_logs", bucketName: "\(bucketName)-access-logs", encryption: .s3Managed,
                                noncurrentVersionDays: noncurrentDays, expirationDays: 365)
        logs.allowAccessLogDelivery(account: account)
        let logBucket = logs.declare(in: &module)
        let bucket = SecureBucket(localName: "state", bucketName: bucketName, encryption: .kms(key.arn), noncurrentVersionDays: noncurrentDays,
                                  expirationDays: nil, accessLogs: (bucket: logBucket, prefix: "state/")).declare(in: &module)

        let environments: TFMap<TFString> = module.variable(
            "environments", .map(.string), "Account id of each environment, by environment name: each gets a role that reaches only its own state.",
            validations: [.init("alltrue([for account in values(var.environments) : can(regex(\"^[0-9]{12}$\", account))])",
                                "Every environment needs a 12-digit AWS account id.")])
        declareStateRoles(in: &module, environments: environments, bucketARN: bucket.arn, keyARN: key.arn,
                          s3Service: "s3.\(region).amazonaws.com", partition: partition)

        module.output("bucket_name", SecureBucket.name(of: bucket), "Name of the state bucket.")
        module.output("bucket_arn", bucket.arn, "ARN of the state bucket.")
        module.output("kms_key_arn", key.arn, "ARN of the state key.")
        module.output("role_arns", TFMap<TFString>.raw("{ for name, role in aws_iam_role.state : name => role.arn }"),
                      "ARN of each environment's state role, by environment name.")
        return module
    }

    /// One role per environment (`for_each` over `environments`), trusted by that environment's
    /// account only, allowed exactly what the S3 backend with `use_lockfile` needs on its own keys.
    /// The key policy delegates use through S3 to this account's IAM (`UseKeyThroughS3`), so the
    /// roles' own grant is what lets them encrypt and decrypt; it carries the same `kms:ViaService`.
    static func declareStateRoles(in module: inout StackModule, environments: TFMap<TFString>, bucketARN: TFString, keyARN: TFString,
                                  s3Service: TFString, partition: TFString) {
        let environment = Role.eachKey
        let state: TFString = "\(bucketARN)/\(environment)/terraform.tfstate"
        var role = Role("state", roleName: "rag-genai-terraform-state-\(environment)", trust: .account(Role.eachValue, partition: partition))
        role.forEach = environments.expression
        role.add(.allow([.s3.listBucket], on: [bucketARN], sid: "ListOwnState",
                        conditions: [Condition("StringLike", "s3:prefix", ["\(environment)/*"])]))
        role.add(.allow([.s3.getObject, .s3.putObject], on: [state], sid: "ReadWriteOwnState"))
        role.add(.allow([.s3.getObject, .s3.putObject, .s3.deleteObject], on: ["\(state).tflock"], sid: "LockOwnState"))
        role.add(.allow([.kms.decrypt, .kms.encrypt, .kms.generateDataKey], on: [keyARN], sid: "UseStateKeyThroughS3",
                        conditions: [Condition("StringEquals", "kms:ViaService", [s3Service])]))
        role.declare(in: &module, description: "Terraform state of one rag-genai environment: its own key in the state bucket, nothing else.")
    }
}
