import AWSResources
import IAM
import TerraformCore

/// An IAM role for one AWS service, with a trust policy limited to that service in this account
/// and an inline policy that grows only through grants.
///
///     var role = Role("chat", roleName: "rag-genai-prod-chat", service: "lambda.amazonaws.com", account: accountID)
///     bucket.grantObjects(.read, to: &role)
///     role.declare(in: &module)   // aws_iam_role.chat + aws_iam_role_policy.chat
public struct Role: Sendable {
    public let localName: String
    public var roleName: TFString
    public var service: String
    public var account: TFString
    /// The statements grants have added, in order.
    public private(set) var statements: [Statement] = []

    public init(_ localName: String, roleName: TFString, service: String, account: TFString) {
        self.localName = localName
        self.roleName = roleName
        self.service = service
        self.account = account
    }

    /// The role's ARN.
    public var arn: TFString { TFString(Reference(resource: IamRole.terraformType, name: localName, attribute: "arn")) }
    /// The role's name, as a reference (for attachments that need a dependency on the role).
    public var nameReference: TFString { TFString(Reference(resource: IamRole.terraformType, name: localName, attribute: "name")) }

    /// Adds a statement; grants call this.
    public mutating func add(_ statement: Statement) { statements.append(statement) }

    /// The trust policy: only `service`, and only on behalf of this account (confused-deputy guard).
    public var trustPolicy: PolicyDocument {
        PolicyDocument([
            Statement(sid: "TrustService", effect: .allow, actions: [.sts.assumeRole], principals: [.service(service)],
                      conditions: [Condition("StringEquals", "aws:SourceAccount", [account])])
        ])
    }

    /// The inline policy made of every grant.
    public var policy: PolicyDocument { PolicyDocument(statements) }

    /// Declares the role and its inline policy, and registers both policies with the gate.
    @discardableResult
    public func declare(in module: inout StackModule, description: String) -> IamRole {
        let role = module.add(IamRole(localName, assumeRolePolicy: trustPolicy.rendered).with {
            $0.nameAttribute = roleName
            $0.description = TFString(description)
            $0.maxSessionDuration = 3600
        })
        module.register(trustPolicy, kind: .trust, address: role.address, argument: "assume_role_policy")
        if !statements.isEmpty {
            let inline = module.add(IamRolePolicy(localName, policy: policy.rendered, role: role.id).with {
                $0.nameAttribute = "\(roleName)-least-privilege"
            })
            module.register(policy, kind: .identity, address: inline.address, argument: "policy")
        }
        return role
    }
}
