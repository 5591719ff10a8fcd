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
/// The bucket lives in the account the bootstrap runs in; pipelines reach it with that
/// account's credentials.
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

        let region = module.add(RegionData("current")).attribute("region") as TFString
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
                                  expirationDays: nil, accessLogs: (bucket: logBucket.id, prefix: "state/")).declare(in: &module)

        module.output("bucket_name", bucket.id, "Name of the state bucket.")
        module.output("bucket_arn", bucket.arn, "ARN of the state bucket.")
        module.output("kms_key_arn", key.arn, "ARN of the state key.")
        return module
    }
}
