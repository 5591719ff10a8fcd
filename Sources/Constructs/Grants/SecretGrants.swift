import IAM
import TerraformCore

/// A Secrets Manager secret as grants see it.
public struct SecretRef: Sendable {
    public var arn: TFString
    public init(arn: TFString) { self.arn = arn }

    /// `secretsmanager:GetSecretValue` on exactly this secret.
    ///
    ///     secret.grantRead(to: &role, sid: "ReadOriginSecret")
    ///     // "Action": ["secretsmanager:GetSecretValue"], "Resource": ["${aws_secretsmanager_secret.origin_verify.arn}"]
    public func grantRead(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.secretsmanager.getSecretValue], on: [arn], sid: sid, file: file, line: line))
    }

    /// The four actions a rotation function needs (`createSecret` … `finishSecret`), on exactly
    /// this secret. `secretsmanager:GetRandomPassword` has no resource type; grant it separately.
    public func grantRotate(to role: inout Role, sid: String, file: String = #fileID, line: Int = #line) {
        role.add(.allow([.secretsmanager.describeSecret, .secretsmanager.getSecretValue, .secretsmanager.putSecretValue,
                         .secretsmanager.updateSecretVersionStage], on: [arn], sid: sid, file: file, line: line))
    }
}
