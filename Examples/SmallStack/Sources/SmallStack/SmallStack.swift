import AWSResources
import Constructs
import IAM
import TerraformCore

/// A small stack built only with synth's `SynthDSL` library product: a KMS key, a private
/// documents bucket, a Python function that reads it, and the grants between them.
///
/// This file is the example package's stack (`Examples/SmallStack`); synth's own tests compile
/// the same file, so the example they check is the one a team copies.
public struct SmallStack: Sendable {
    /// Prefix of every AWS name (`docs-demo-reader`); also the Terraform root's name.
    public var name: String
    public var region: String

    public init(name: String = "docs-demo", region: String = "eu-west-1") {
        self.name = name
        self.region = region
    }

    /// The stack as one Terraform root: settings, provider, resources and the policies the gate lints.
    public func build() -> StackModule {
        var module = StackModule(name)
        module.terraform.settings = TerraformSettings(
            requiredVersion: ">= 1.6", requiredProviders: ["aws": .init(source: "hashicorp/aws", version: ">= 5.100, < 7.0")])
        module.terraform.provider(.aws(region: TFString(region), defaultTags: ["Stack": name, "ManagedBy": "synth"]))
        // Account and partition come from data sources, so nothing account-specific is written down.
        let account = module.add(CallerIdentityData("current")).accountId
        let partition = module.add(PartitionData("current")).partition

        var role = Role("reader", roleName: "\(name)-reader", service: "lambda.amazonaws.com", account: account)

        var key = EncryptionKey("main", description: "Encrypts \(name) documents, logs and environment variables.",
                                aliasName: "alias/\(name)", partition: partition, account: account)
        key.allowUse(by: [role.arn], sid: "UseKeyFromReader")
        // CloudWatch Logs encrypts the function's log group, only for log groups of this account.
        key.allowService("logs.\(region).amazonaws.com", actions: [.kms.decrypt, .kms.encrypt, .kms.generateDataKey],
                         conditions: [Condition("ArnLike", "kms:EncryptionContext:aws:logs:arn",
                                                ["arn:\(partition):logs:\(region):\(account):log-group:*"])],
                         sid: "UseKeyFromCloudWatchLogs")
        let kmsKey = key.declare(in: &module)

        let bucket = SecureBucket(localName: "documents", bucketName: "\(name)-documents-\(account)", encryption: .kms(kmsKey.arn),
                                  noncurrentVersionDays: 30, expirationDays: nil)
        let declaredBucket = bucket.declare(in: &module)

        let reader = ServerlessFunction(
            "reader", functionName: "\(name)-reader", description: "Reads documents from the \(name) bucket.", handler: "reader.handler",
            role: role.arn, package: "\(Reference(.other("path.module")))/build/reader.zip", memoryMB: 256, timeoutSeconds: 30, reservedConcurrency: 5,
            kmsKey: kmsKey.arn, logRetentionDays: 30, environment: ["DOCUMENTS_BUCKET": SecureBucket.name(of: declaredBucket)])
        let (_, logGroup) = reader.declare(in: &module)

        // The grants: exactly what the function needs, each on exactly its resource.
        bucket.ref.grantObjects(.read, to: &role, sid: "ReadDocuments")
        bucket.ref.grantList(to: &role, sid: "ListDocuments")
        KeyRef(arn: kmsKey.arn).grantDecrypt(to: &role, sid: "DecryptDocuments")
        LogGroupRef(arn: logGroup.arn).grantWrite(to: &role, sid: "WriteOwnLogs")
        Tracing.grantWrite(to: &role)
        role.declare(in: &module, description: "Runs the \(name) reader function.")

        module.output("documents_bucket", SecureBucket.name(of: declaredBucket), "Name of the documents bucket.")
        return module
    }
}
