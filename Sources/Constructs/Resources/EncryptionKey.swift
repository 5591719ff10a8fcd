import AWSResources
import IAM
import TerraformCore

/// A customer-managed KMS key with rotation, a key policy that names who may use it, and an alias.
///
/// The key policy is explicit: the account root may administer the key (no `kms:*`), named
/// roles may use it, and AWS services get exactly the actions they need under conditions that
/// tie them to this account. In a key policy `"Resource": "*"` means "this key", so each
/// statement carries a reviewed `wildcard-resource` suppression.
public struct EncryptionKey: Sendable {
    public let localName: String
    public var description: TFString
    public var aliasName: TFString
    public var partition: TFString
    public var account: TFString
    /// Extra statements (key users, service principals) after the administration statement.
    public var statements: [Statement] = []
    /// Where the key was declared: the administration statement's source.
    public var source: SourceLocation

    public init(_ localName: String, description: TFString, aliasName: TFString, partition: TFString, account: TFString,
                file: String = #fileID, line: Int = #line) {
        self.source = SourceLocation(fileID: file, line: line)
        self.localName = localName
        self.description = description
        self.aliasName = aliasName
        self.partition = partition
        self.account = account
    }

    /// The reason every key-policy statement may use `*` as its resource.
    public static let keyPolicyResourceReason = "In a KMS key policy, Resource \"*\" means this key and nothing else."

    /// Administration without use: the account root can manage, but not read through, the key.
    static let administrationActions: [Action] = [
        .kms.cancelKeyDeletion, .kms.createAlias, .kms.deleteAlias, .kms.describeKey, .kms.disableKey,
        .kms.disableKeyRotation, .kms.enableKey, .kms.enableKeyRotation, .kms.getKeyPolicy, .kms.getKeyRotationStatus,
        .kms.listResourceTags, .kms.putKeyPolicy, .kms.scheduleKeyDeletion, .kms.tagResource, .kms.untagResource,
        .kms.updateAlias, .kms.updateKeyDescription,
    ]

    /// Actions a key user needs to encrypt and decrypt data.
    public static let useActions: [Action] = [.kms.decrypt, .kms.describeKey, .kms.encrypt, .kms.generateDataKey, .kms.reEncryptFrom, .kms.reEncryptTo]

    /// Lets `principals` use the key.
    public mutating func allowUse(by principals: [TFString], sid: String, file: String = #fileID, line: Int = #line) {
        statements.append(Statement(sid: sid, effect: .allow, actions: Self.useActions, resources: ["*"],
                                    principals: [Principal(.aws, principals)], file: file, line: line)
            .suppressing("wildcard-resource", reason: Self.keyPolicyResourceReason))
    }

    /// Lets an AWS service principal use the key with `actions` under `conditions`.
    public mutating func allowService(_ service: TFString, actions: [Action], conditions: [Condition], sid: String,
                                      file: String = #fileID, line: Int = #line) {
        statements.append(Statement(sid: sid, effect: .allow, actions: actions, resources: ["*"],
                                    principals: [Principal(.service, [service])], conditions: conditions, file: file, line: line)
            .suppressing("wildcard-resource", reason: Self.keyPolicyResourceReason))
    }

    public var policy: PolicyDocument {
        let root: TFString = "arn:\(partition):iam::\(account):root"
        let administration = Statement(sid: "AdministerKey", effect: .allow, actions: Self.administrationActions, resources: ["*"],
                                       principals: [.aws(root)], file: source.fileID, line: source.line)
            .suppressing("wildcard-resource", reason: Self.keyPolicyResourceReason)
        return PolicyDocument([administration] + statements)
    }

    /// Declares the key and its alias; returns the key.
    @discardableResult
    public func declare(in module: inout StackModule, file: String = #fileID, line: Int = #line) -> KmsKey {
        let key = module.add(KmsKey(localName).with {
            $0.description = description
            $0.enableKeyRotation = true
            $0.deletionWindowInDays = 30
        }, policy: policy, kind: .kmsKey, file: file, line: line)
        module.add(KmsAlias(localName, targetKeyId: key.keyId).with { $0.nameAttribute = aliasName })
        return key
    }
}
