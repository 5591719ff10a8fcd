import Constructs
import IAM
import TerraformCore

extension EncryptionKey {
    /// The AWS services that encrypt the environment's data at rest with its key: the cost and
    /// quota tables, the Aurora vector cluster and its managed master secret, the OpenSearch
    /// Serverless collection and the cache.
    static func dataServices(region: TFString) -> [TFString] {
        ["dynamodb", "rds", "secretsmanager", "aoss", "elasticache"].map { "\($0).\(region).amazonaws.com" }
    }

    /// Lets principals of this account use the key only through ``dataServices(region:)``, and
    /// let those services create grants only for AWS resources. The key policy's administration
    /// statement gives the account no use of the key, so without this an encrypted table,
    /// cluster, collection or cache cannot be created with it (their services create a grant
    /// with the caller's permissions, through the service).
    mutating func allowDataServices(partition: TFString, region: TFString, account: TFString) {
        let root: TFString = "arn:\(partition):iam::\(account):root"
        let services = Self.dataServices(region: region)
        statements.append(
            Statement(sid: "UseKeyThroughDataServices", effect: .allow,
                      actions: [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey, .kms.generateDataKeyWithoutPlaintext,
                                .kms.reEncryptFrom, .kms.reEncryptTo],
                      resources: ["*"], principals: [.aws(root)], conditions: [Condition("StringEquals", "kms:ViaService", services)])
                .suppressing("wildcard-resource", reason: Self.keyPolicyResourceReason))
        statements.append(
            Statement(sid: "GrantThroughDataServices", effect: .allow, actions: [.kms.createGrant], resources: ["*"],
                      principals: [.aws(root)],
                      conditions: [Condition("StringEquals", "kms:ViaService", services), Condition("Bool", "kms:GrantIsForAWSResource", ["true"])])
                .suppressing("wildcard-resource", reason: Self.keyPolicyResourceReason))
    }
}
