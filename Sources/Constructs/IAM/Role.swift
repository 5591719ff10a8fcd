import AWSResources
import IAM
import TerraformCore

/// An IAM role, with a trust policy limited to one service or one account and an inline policy
/// that grows only through grants.
///
///     var role = Role("chat", roleName: "rag-genai-prod-chat", service: "lambda.amazonaws.com", account: accountID)
///     bucket.grantObjects(.read, to: &role)
///     role.declare(in: &module)   // aws_iam_role.chat + aws_iam_role_policy.chat
///
/// With ``forEach`` set to a map, the role and its inline policy are declared once per entry;
/// names, trust and grants can then use ``eachKey`` and ``eachValue``:
///
///     var role = Role("state", roleName: "rag-genai-terraform-state-\(Role.eachKey)",
///                     trust: .account(Role.eachValue, partition: partition))
///     role.forEach = environments.expression   // {"dev" = "111111111111", ...}
public struct Role: Sendable {
    /// Who may assume the role.
    public enum Trust: Sendable, Hashable {
        /// An AWS service (for example `lambda.amazonaws.com`), only on behalf of `account`
        /// (`aws:SourceAccount`, the confused-deputy guard).
        case service(String, account: TFString)
        /// Principals of `account`, as far as that account's own IAM policies allow them, and only
        /// callers from that account (`aws:PrincipalAccount`).
        case account(TFString, partition: TFString)
        /// Tokens of an OpenID Connect provider (GitHub Actions): only with `audience`, and only
        /// for the `sub` claims listed (`repo:OWNER/NAME:environment:prod`).
        case webIdentity(provider: TFString, issuer: String, audience: String, subjects: [TFString])
    }

    public let localName: String
    public var roleName: TFString
    public var trust: Trust
    /// A map (or set of strings): one role and one inline policy per entry; `nil` for a single role.
    public var forEach: Expression?
    /// The statements grants have added, in order.
    public private(set) var statements: [Statement] = []
    /// Where the role was declared: its trust statement's source.
    public var source: SourceLocation

    public init(_ localName: String, roleName: TFString, trust: Trust, file: String = #fileID, line: Int = #line) {
        self.source = SourceLocation(fileID: file, line: line)
        self.localName = localName
        self.roleName = roleName
        self.trust = trust
    }

    /// A role for the AWS service `service`, assumed only on behalf of `account`.
    public init(_ localName: String, roleName: TFString, service: String, account: TFString, file: String = #fileID, line: Int = #line) {
        self.init(localName, roleName: roleName, trust: .service(service, account: account), file: file, line: line)
    }

    /// `each.key` of a role declared with ``forEach``.
    public static var eachKey: TFString { .eachKey }
    /// `each.value` of a role declared with ``forEach``.
    public static var eachValue: TFString { .eachValue }

    /// The role's ARN (of a role without ``forEach``).
    public var arn: TFString { TFString(Reference(resource: IamRole.terraformType, name: localName, attribute: "arn")) }
    /// The role's name, as a reference (for attachments that need a dependency on the role).
    public var nameReference: TFString { TFString(Reference(resource: IamRole.terraformType, name: localName, attribute: "name")) }

    /// Adds a statement; grants call this.
    public mutating func add(_ statement: Statement) { statements.append(statement) }

    /// The trust policy: only the service on behalf of its account, only the trusted account, or
    /// only the listed subjects of the identity provider.
    public var trustPolicy: PolicyDocument {
        switch trust {
        case .service(let service, let account):
            return PolicyDocument([
                Statement(sid: "TrustService", effect: .allow, actions: [.sts.assumeRole], principals: [.service(service)],
                          conditions: [Condition("StringEquals", "aws:SourceAccount", [account])], file: source.fileID, line: source.line)
            ])
        case .account(let account, let partition):
            return PolicyDocument([
                Statement(sid: "TrustAccount", effect: .allow, actions: [.sts.assumeRole], principals: [.aws("arn:\(partition):iam::\(account):root")],
                          conditions: [Condition("StringEquals", "aws:PrincipalAccount", [account])], file: source.fileID, line: source.line)
            ])
        case .webIdentity(let provider, let issuer, let audience, let subjects):
            return PolicyDocument([
                Statement(sid: "TrustWebIdentity", effect: .allow, actions: [.sts.assumeRoleWithWebIdentity],
                          principals: [Principal(.federated, [provider])],
                          conditions: [Condition("StringEquals", "\(issuer):aud", [TFString(audience)]),
                                       Condition("StringEquals", "\(issuer):sub", subjects)],
                          file: source.fileID, line: source.line)
            ])
        }
    }

    /// The inline policy made of every grant.
    public var policy: PolicyDocument { PolicyDocument(statements) }

    /// Declares the role and its inline policy, and registers both policies with the gate.
    @discardableResult
    public func declare(in module: inout StackModule, description: TFString, file: String = #fileID, line: Int = #line) -> IamRole {
        let role = module.add(IamRole(localName, assumeRolePolicy: trustPolicy.rendered).with {
            $0.nameAttribute = roleName
            $0.description = description
            $0.maxSessionDuration = 3600
            $0.meta.forEach = forEach
        }, policy: trustPolicy, in: "assume_role_policy", kind: .trust, file: source.fileID, line: source.line)
        if !statements.isEmpty {
            let roleID = forEach == nil ? role.id : TFString(Reference(.resource(type: IamRole.terraformType, name: localName), index: "each.key", path: ["id"]))
            module.add(IamRolePolicy(localName, policy: policy.rendered, role: roleID).with {
                $0.nameAttribute = "\(roleName)-least-privilege"
                $0.meta.forEach = forEach
            }, policy: policy, kind: .roleInline, file: file, line: line)
        }
        return role
    }
}
