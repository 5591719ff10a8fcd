import AWSResources
import Constructs
import TerraformCore

/// `modules-out/budget`: the environment's monthly AWS Budgets cost budget.
///
/// The budget counts only costs tagged `Environment = <environment>`, which the provider's
/// `default_tags` put on every taggable resource; the tag must be activated as a cost
/// allocation tag in the Billing console before AWS Budgets can filter on it. It notifies the
/// e-mail addresses and the SNS topic when actual spend passes 80 % of the limit and when the
/// month's forecast passes 100 %. The topic's policy must let `budgets.amazonaws.com` publish.
enum BudgetModule: PlatformModule {
    static let name = "budget"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var alertEmails = ModuleInput<TFList<TFString>>("alert_emails", "E-mail addresses notified at 80 % actual and 100 % forecasted spend (at most 10).", validations: [.init("length(var.alert_emails) <= 10 && alltrue([for address in var.alert_emails : can(regex(\"^[^@ ]+@[^@ ]+$\", address))])", "alert_emails must be at most 10 e-mail addresses.")])
        var alertTopicARN = ModuleInput<TFString>("alert_topic_arn", "ARN of the SNS topic budget notifications go to.", validations: [.init("can(regex(\"^arn:aws[a-z-]*:sns:\", var.alert_topic_arn))", "alert_topic_arn must be an SNS topic ARN.")])
        var monthlyBudgetUSD = ModuleInput<TFNumber>("monthly_budget_usd", "Monthly cost limit of the environment in US dollars.", validations: [EnvironmentSetting.monthlyBudgetUSD.validation(of: "monthly_budget_usd")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var budgetName = ModuleOutput<TFString>("budget_name", "Name of the environment's monthly cost budget.")
    }
    /// The cost allocation tag the budget filters on.
    static let tagKey = "Environment"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let limit = input.monthlyBudgetUSD
        let emails = input.alertEmails
        let topic = input.alertTopicARN

        func notify(_ type: TFString, at percent: TFNumber) -> BudgetsBudget.Notification {
            BudgetsBudget.Notification(comparisonOperator: "GREATER_THAN", notificationType: type, threshold: percent,
                                       thresholdType: "PERCENTAGE").with {
                $0.subscriberEmailAddresses = emails
                $0.subscriberSnsTopicArns = [topic]
            }
        }

        let budget = module.add(BudgetsBudget("monthly", budgetType: "COST", timeUnit: "MONTHLY").with {
            $0.nameAttribute = .named(context.prefix, "monthly")
            $0.accountId = context.account
            $0.limitAmount = "\(limit)"
            $0.limitUnit = "USD"
            // `user:Environment$prod`. Written with format(): a literal `$` right before an
            // interpolation would render as `$${`, which Terraform reads as a literal `${`.
            $0.costFilter = [.init(name: "TagKeyValue", values: [TF.format("user:\(tagKey)$%s", context.environment)])]
            $0.notification = [notify("ACTUAL", at: 80), notify("FORECASTED", at: 100)]
        })

        output.budgetName = budget.attribute("name") as TFString
        module.declare(output)
        return module
    }
}
