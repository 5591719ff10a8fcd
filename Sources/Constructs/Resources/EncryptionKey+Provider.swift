import AWSResources
import IAM
import TerraformCore

extension EncryptionKey {
    /// Declares the key and its alias through the provider configuration `provider` (for
    /// example `aws.us_east_1`, for a key that must live in another region than the module's
    /// default provider), and registers the key policy with the gate like ``declare(in:)``.
    ///
    ///     key.declare(in: &module, provider: "aws.us_east_1")
    ///     // "aws_kms_key": {"waf_logs": {"provider": "aws.us_east_1", "policy": "{...}", ...}}
    @discardableResult
    public func declare(in module: inout StackModule, provider: String, file: String = #fileID, line: Int = #line) -> KmsKey {
        let key = module.add(KmsKey(localName).with {
            $0.description = description
            $0.enableKeyRotation = true
            $0.deletionWindowInDays = 30
            $0.meta.provider = provider
        }, policy: policy, kind: .kmsKey, file: file, line: line)
        module.add(KmsAlias(localName, targetKeyId: key.keyId).with {
            $0.nameAttribute = aliasName
            $0.meta.provider = provider
        })
        return key
    }

    /// Lets `principals` use the key only through `service` (for example
    /// `secretsmanager.eu-west-1.amazonaws.com`), with exactly `actions`.
    public mutating func allowUse(by principals: [TFString], through service: TFString, actions: [Action], sid: String,
                                  file: String = #fileID, line: Int = #line) {
        statements.append(Statement(sid: sid, effect: .allow, actions: actions, resources: ["*"],
                                    principals: [Principal(.aws, principals)],
                                    conditions: [Condition("StringEquals", "kms:ViaService", [service])], file: file, line: line)
            .suppressing("wildcard-resource", reason: Self.keyPolicyResourceReason))
    }
}
