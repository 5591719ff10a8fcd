import AWSResources
import Constructs
import TerraformCore

/// `modules-out/tiers`: tier-based limits (free, pro, enterprise), enforced per tenant by the
/// chat handler. HTTP APIs have no usage plans, so the limits live here:
///
/// - Tier membership: Cognito groups `tier-free`, `tier-pro`, `tier-enterprise` in the user
///   pool. Only administrators can add a user to a group (`AdminAddUserToGroup`), and the groups
///   arrive in the access token's `cognito:groups` claim, which the API's JWT authorizer has
///   verified; a user in no tier group is `free`.
/// - Limits: the SSM parameter `/<prefix>/tier-limits` (SecureString, environment key), JSON
///   `{"free": {"requests_per_day": 50, "tokens_per_month": 200000}, ...}`, read by the handler
///   (`GetParameter` with `WithDecryption`, cached for 5 minutes) so limits change without a deploy.
/// - Counters: the DynamoDB table `<prefix>-quotas` (key `tenant_id` + `period`, for example
///   `day#2025-01-31` and `month#2025-01`; TTL on `expires_at`; KMS). Before calling Bedrock
///   the handler increments the day counter with one conditional `UpdateItem`
///   (`ADD requests :one` with `ConditionExpression: attribute_not_exists(requests) OR requests < :limit`),
///   so concurrent requests can never pass the limit; a failed condition answers 429. Tokens are
///   added to the month counter after the answer.
enum TiersModule: PlatformModule {
    static let name = "tiers"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var deletionProtection = ModuleInput<TFBool>("deletion_protection", "Refuse to delete the quota table.", default: false)
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (encrypts the quota table and the tier-limits parameter).")
        var tierLimits = ModuleInput<TFAny>("tier_limits", type: .map(.object(["requests_per_day": .number, "tokens_per_month": .number])), "Limits per tier: requests per day and tokens (input + output) per month.", validations: [.init("alltrue([for tier in [\"free\", \"pro\", \"enterprise\"] : contains(keys(var.tier_limits), tier)])", "tier_limits must define free, pro and enterprise.")])
        var userPoolID = ModuleInput<TFString>("user_pool_id", "Id of the Cognito user pool (auth module).")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var quotaTableARN = ModuleOutput<TFString>("quota_table_arn", "ARN of the quota table.")
        var quotaTableName = ModuleOutput<TFString>("quota_table_name", "Name of the quota table.")
        var tierLimitsParameterARN = ModuleOutput<TFString>("tier_limits_parameter_arn", "ARN of the tier-limits parameter.")
        var tierLimitsParameterName = ModuleOutput<TFString>("tier_limits_parameter_name", "Name of the tier-limits parameter.")
    }
    static let tiers = ["free", "pro", "enterprise"]

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        let userPool = input.userPoolID
        let limits = input.tierLimits
        let deletionProtection = input.deletionProtection

        for (precedence, tier) in tiers.reversed().enumerated() {
            module.add(CognitoUserGroup("tier_\(tier)", nameAttribute: "tier-\(tier)", userPoolId: userPool).with {
                $0.description = "Users of the \(tier) tier (limits in the tier-limits parameter)"
                // Lower wins: a user in two groups gets the higher tier.
                $0.precedence = TFNumber(precedence + 1)
            })
        }
        let table = module.add(DynamodbTable("quotas", nameAttribute: .named(context.prefix, "quotas")).with {
            $0.billingMode = "PAY_PER_REQUEST"
            $0.hashKey = "tenant_id"
            $0.rangeKey = "period"
            $0.attribute = [.init(name: "tenant_id", type: "S"), .init(name: "period", type: "S")]
            $0.ttl = .init().with {
                $0.attributeName = "expires_at"
                $0.enabled = true
            }
            $0.serverSideEncryption = .init(enabled: true).with { $0.kmsKeyArn = key }
            $0.pointInTimeRecovery = .init(enabled: true)
            $0.deletionProtectionEnabled = deletionProtection
        })
        // SecureString under the environment key: the chat role reads it with ssm:GetParameter
        // (policies module, ReadTierLimits) and already holds kms:Decrypt on that key.
        let parameter = module.add(SsmParameter("tier_limits", nameAttribute: "/\(context.prefix)/tier-limits", type: "SecureString").with {
            $0.description = "Tier limits (JSON) the chat handler enforces"
            $0.keyId = key
            $0.value = TF.jsonencode(limits)
        })

        output.quotaTableName = table.nameAttribute
        output.quotaTableARN = table.arn
        output.tierLimitsParameterName = parameter.nameAttribute
        output.tierLimitsParameterARN = TFString(parameter.reference("arn"))
        module.declare(output)
        return module
    }
}
