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
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var bucketName = ModuleInput<TFString>("bucket_name", "Name of the state bucket.", default: "rag-genai-terraform-state")
        var environments = ModuleInput<TFMap<TFString>>("environments", "Account id of each environment, by environment name: each gets a role that reaches only its own state.", validations: [.init("alltrue([for account in values(var.environments) : can(regex(\"^[0-9]{12}$\", account))])", "Every environment needs a 12-digit AWS account id.")])
        var noncurrentVersionDays = ModuleInput<TFNumber>("noncurrent_version_days", "Days an old state version is kept.", default: 90, validations: [.init("var.noncurrent_version_days >= 30", "noncurrent_version_days must be at least 30.")])
        var region = ModuleInput<TFString>("region", "Region of the state bucket (the root passes the region it configures).", validations: [.init("can(regex(\"^[a-z]{2}(-[a-z]+)+-[0-9]+$\", var.region))", "region must be an AWS region code such as eu-west-1.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var bucketARN = ModuleOutput<TFString>("bucket_arn", "ARN of the state bucket.")
        var bucketName = ModuleOutput<TFString>("bucket_name", "Name of the state bucket.")
        var kmsKeyARN = ModuleOutput<TFString>("kms_key_arn", "ARN of the state key.")
        var roleARNs = ModuleOutput<TFMap<TFString>>("role_arns", "ARN of each environment's state role, by environment name.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let account = module.add(CallerIdentityData("current")).accountId
        let partition = module.add(PartitionData("current")).partition
        let bucketName = input.bucketName
        let noncurrentDays = input.noncurrentVersionDays

        let region = input.region
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

        let environments = input.environments
        declareStateRoles(in: &module, environments: environments, bucketARN: bucket.arn, keyARN: key.arn,
                          s3Service: "s3.\(region).amazonaws.com", partition: partition)

        output.bucketName = SecureBucket.name(of: bucket)
        output.bucketARN = bucket.arn
        output.kmsKeyARN = key.arn
        // Raw HCL: a for-expression over the for_each roles, which the DSL does not model.
        output.roleARNs = TFMap<TFString>.raw("{ for name, role in aws_iam_role.state : name => role.arn }")
        module.declare(output)
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
