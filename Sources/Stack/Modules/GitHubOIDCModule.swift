import AWSResources
import Constructs
import IAM
import PolicyLint
import TerraformCore

/// `modules-out/github_oidc`: what the workflow `synth pipeline` writes needs in each environment's
/// account: the GitHub Actions OpenID Connect provider and two roles it may assume, with no
/// long-lived keys.
///
/// - `rag-genai-<env>-github-plan` (pull requests, and on `main` the plan a release applies): reads every
///   service the platform deploys (`Describe*`, `Get*`, `List*`), never data (no object, secret or
///   item reads: an explicit deny), and assumes the environment's state role.
/// - `rag-genai-<env>-github-deploy` (the `<env>` GitHub environment only, behind its protection
///   rules): manages the platform's services in the environment's regions, IAM only for roles and
///   policies named `rag-genai-<env>-*` (passed only to the services the platform's roles trust),
///   and assumes the state role. It cannot change the GitHub roles or the provider (an explicit
///   deny), so it can never widen its own access: changes to this module are applied by an
///   administrator, as its first apply is.
///
/// Both trust only tokens of `repository` with the audience `sts.amazonaws.com`.
enum GitHubOIDCModule: PlatformModule {
    static let name = "github_oidc"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var drRegion = ModuleInput<TFString>("dr_region", "The disaster-recovery region the deploy role also works in (the primary region where there is none).", validations: [.init("can(regex(\"^[a-z]{2}(-[a-z]+)+-[0-9]+$\", var.dr_region))", "dr_region must be an AWS region code.")])
        var repository = ModuleInput<TFString>("repository", "GitHub repository (owner/name) whose workflows may assume the roles.", validations: [.init("can(regex(\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\", var.repository))", "repository must be owner/name.")])
        var stateRoleARN = ModuleInput<TFString>("state_role_arn", "The environment's Terraform state role (in the state account), which its backend assumes.")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var deployRoleARN = ModuleOutput<TFString>("deploy_role_arn", "ARN of the deploy role (the environment's GitHub environment).")
        var planRoleARN = ModuleOutput<TFString>("plan_role_arn", "ARN of the plan role (pull requests).")
        var providerARN = ModuleOutput<TFString>("provider_arn", "ARN of the GitHub Actions OIDC provider.")
    }
    static let issuer = "token.actions.githubusercontent.com"
    static let audience = "sts.amazonaws.com"

    /// The IAM service prefix of each Terraform type prefix the platform declares (longest prefix
    /// wins). `PlatformServicesTests` fails when a module declares a type none of them covers.
    static let servicesByTypePrefix: [(typePrefix: String, service: String)] = [
        ("aws_accessanalyzer_", "access-analyzer"), ("aws_apigatewayv2_", "apigateway"), ("aws_appautoscaling_", "application-autoscaling"),
        ("aws_backup_", "backup"), ("aws_budgets_", "budgets"), ("aws_cloudfront_", "cloudfront"), ("aws_cloudwatch_log_", "logs"),
        ("aws_cloudwatch_", "cloudwatch"), ("aws_codedeploy_", "codedeploy"), ("aws_cognito_", "cognito-idp"), ("aws_db_", "rds"),
        ("aws_default_security_group", "ec2"), ("aws_dynamodb_", "dynamodb"), ("aws_elasticache_", "elasticache"), ("aws_flow_log", "ec2"),
        ("aws_iam_", "iam"), ("aws_kms_", "kms"), ("aws_lambda_", "lambda"), ("aws_oam_", "oam"), ("aws_opensearchserverless_", "aoss"),
        ("aws_rds_", "rds"), ("aws_route_table", "ec2"), ("aws_s3_", "s3"), ("aws_secretsmanager_", "secretsmanager"),
        ("aws_security_group", "ec2"), ("aws_signer_", "signer"), ("aws_sns_", "sns"), ("aws_sqs_", "sqs"), ("aws_ssm_", "ssm"),
        ("aws_subnet", "ec2"), ("aws_vpc", "ec2"), ("aws_wafv2_", "wafv2"), ("aws_xray_", "xray"),
    ]

    /// The service a Terraform resource type belongs to, or `nil` when the table has none.
    static func service(ofType type: String) -> String? {
        servicesByTypePrefix.filter { type.hasPrefix($0.typePrefix) }.max { $0.typePrefix.count < $1.typePrefix.count }?.service
    }

    /// The services the deploy role manages besides IAM (which it manages only by name).
    static var managedServices: [String] { Array(Set(servicesByTypePrefix.map(\.service))).filter { $0 != "iam" }.sorted() }

    /// The services the platform's roles trust: the only ones the deploy role may pass a role to.
    static let roleServices = ["backup.amazonaws.com", "codedeploy.amazonaws.com", "lambda.amazonaws.com", "monitoring.rds.amazonaws.com",
                               "s3.amazonaws.com", "vpc-flow-logs.amazonaws.com"]
    /// Services whose service-linked roles a first deployment creates.
    static let serviceLinkedRoles = ["dynamodb.application-autoscaling.amazonaws.com", "elasticache.amazonaws.com",
                                     "lambda.application-autoscaling.amazonaws.com", "observability.aoss.amazonaws.com", "rds.amazonaws.com"]
    /// Reads of data, not configuration: the plan role must not see documents, secrets or items.
    static let dataReads: [Action] = [
        .s3.getObject, .s3.getObjectVersion, .secretsmanager.getSecretValue, .dynamodb.getItem, .dynamodb.batchGetItem,
        .dynamodb.query, .dynamodb.scan, .logs.getLogEvents, .logs.filterLogEvents, .sqs.receiveMessage,
    ]

    /// `Describe*`, `Get*` and `List*` of every managed service, where the IAM catalog says the
    /// service has such actions (a pattern that matches nothing is an `unknown-action`).
    static let readActions: [Action] = managedServices.flatMap { service -> [Action] in
        // Computed once per process and read in place: every environment's plan role grants the
        // same list, and turning every action name of 30 services into a String cost more.
        guard let catalog = IAMCatalog.shared.service(service) else { return [] }
        return ["Describe", "Get", "List"].filter { catalog.hasAction(withPrefix: $0) }.map { Action("\(service):\($0)*") }
    }

    static let readReason = "Terraform plan refreshes every resource the environment declares, of every one of the platform's services; reads only (Describe, Get, List), data reads denied below."
    static let deployReason = "The deployment role: it changes only the environment's own roles (rag-genai-<env>-*), passes them only to the platform's services, and an explicit deny keeps it from changing its own access or the GitHub roles."
    static let manageReason = "Terraform apply creates, updates and deletes resources of these services, some of whose names AWS chooses (KMS key ids, ENIs); limited to the environment's regions, and IAM is only by name."

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let repository = input.repository
        let stateRole = input.stateRoleARN
        let drRegion = input.drRegion

        let provider = module.add(IamOpenidConnectProvider("github", clientIdList: [TFString(audience)], url: TFString("https://\(issuer)")))
        let subject = { (claim: TFString) -> TFString in "repo:\(repository):\(claim)" }
        let accountRoles: TFString = "arn:\(context.partition):iam::\(context.account):role"
        let ownRoles: TFString = "\(accountRoles)/\(context.prefix)-*"
        let roleName = { (purpose: GitHubRoles.Purpose) -> TFString in .named(context.prefix, GitHubRoles.suffix(purpose)) }
        let githubRoles = GitHubRoles.Purpose.allCases.map { purpose -> TFString in "\(accountRoles)/\(roleName(purpose))" }
        let assumeState = Statement.allow([.sts.assumeRole], on: [stateRole], sid: "AssumeStateRole")

        var plan = Role("plan", roleName: roleName(.plan),
                        trust: .webIdentity(provider: provider.arn, issuer: issuer, audience: audience,
                                            subjects: [subject("pull_request"), subject("ref:refs/heads/main")]))
        plan.add(Statement.allow(readActions +
                                 [.iam.getRole, .iam.getRolePolicy, .iam.listRolePolicies, .iam.listAttachedRolePolicies, .iam.getPolicy,
                                  .iam.getPolicyVersion, .iam.listPolicyVersions, .iam.getOpenIDConnectProvider, .iam.listRoleTags,
                                  .iam.listInstanceProfilesForRole],
                                 on: ["*"], sid: "ReadConfiguration")
            .suppressing("wildcard-action", reason: readReason).suppressing("wildcard-resource", reason: readReason))
        plan.add(Statement(sid: "NeverReadData", effect: .deny, actions: dataReads, resources: ["*"]))
        plan.add(assumeState)
        plan.declare(in: &module, description: "GitHub Actions: terraform plan of \(context.environment) (read-only).")

        var deploy = Role("deploy", roleName: roleName(.deploy),
                          trust: .webIdentity(provider: provider.arn, issuer: issuer, audience: audience,
                                              subjects: [subject("environment:\(context.environment)")]))
        deploy.add(Statement.allow(managedServices.map { Action("\($0):*") }, on: ["*"], sid: "ManagePlatformServices",
                                   conditions: [Condition("StringEquals", "aws:RequestedRegion", [context.region, drRegion, "us-east-1"])])
            .suppressing("wildcard-action", reason: manageReason).suppressing("wildcard-resource", reason: manageReason)
            .suppressing("privilege-escalation", reason: deployReason))
        deploy.add(Statement.allow([.iam.createRole, .iam.deleteRole, .iam.getRole, .iam.updateRole, .iam.updateRoleDescription, .iam.updateAssumeRolePolicy,
                           .iam.tagRole, .iam.untagRole, .iam.listRoleTags, .iam.putRolePolicy, .iam.getRolePolicy, .iam.deleteRolePolicy,
                           .iam.listRolePolicies, .iam.attachRolePolicy, .iam.detachRolePolicy, .iam.listAttachedRolePolicies,
                           .iam.listInstanceProfilesForRole],
                          on: [ownRoles], sid: "ManageEnvironmentRoles")
            .suppressing("privilege-escalation", reason: deployReason))
        deploy.add(Statement.allow([.iam.passRole], on: [ownRoles], sid: "PassEnvironmentRolesToTheirServices",
                                   conditions: [Condition("StringEquals", "iam:PassedToService", roleServices.map { TFString($0) })]))
        deploy.add(Statement.allow([.iam.createServiceLinkedRole], on: ["\(accountRoles)/aws-service-role/*"], sid: "CreateServiceLinkedRoles",
                                   conditions: [Condition("StringEquals", "iam:AWSServiceName", serviceLinkedRoles.map { TFString($0) })]))
        deploy.add(.allow([.iam.getOpenIDConnectProvider], on: [provider.arn], sid: "ReadGitHubProvider"))
        deploy.add(Statement(sid: "NeverChangeItsOwnAccess", effect: .deny,
                             actions: [.iam.updateAssumeRolePolicy, .iam.putRolePolicy, .iam.deleteRolePolicy, .iam.attachRolePolicy,
                                       .iam.detachRolePolicy, .iam.deleteRole, .iam.updateRole, .iam.tagRole, .iam.untagRole,
                                       .iam.putRolePermissionsBoundary, .iam.deleteRolePermissionsBoundary,
                                       .iam.updateOpenIDConnectProviderThumbprint, .iam.addClientIDToOpenIDConnectProvider,
                                       .iam.removeClientIDFromOpenIDConnectProvider, .iam.deleteOpenIDConnectProvider],
                             resources: githubRoles + [provider.arn]))
        deploy.add(assumeState)
        deploy.declare(in: &module, description: "GitHub Actions: terraform apply of \(context.environment) (the reviewed plan).")

        output.providerARN = provider.arn
        output.planRoleARN = plan.arn
        output.deployRoleARN = deploy.arn
        module.declare(output)
        return module
    }
}
