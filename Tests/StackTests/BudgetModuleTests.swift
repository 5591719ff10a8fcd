import Testing
import TerraformCore
@testable import Stack

@Suite struct BudgetModuleTests {
    static func files() throws -> [String: JSONValue] { try BudgetModule.build().terraform.render() }

    @Test func budgetResourceIsAMonthlyCostBudgetOnTheEnvironmentTag() throws {
        let budget = try #require(try Self.files()["main.tf.json"]?["resource"]?["aws_budgets_budget"])
        #expect(TerraformJSONWriter.pretty(budget) == """
            {
              "monthly": {
                "account_id": "${data.aws_caller_identity.current.account_id}",
                "budget_type": "COST",
                "cost_filter": [
                  {
                    "name": "TagKeyValue",
                    "values": [
                      "${format(\\"user:Environment$%s\\", var.environment)}"
                    ]
                  }
                ],
                "limit_amount": "${var.monthly_budget_usd}",
                "limit_unit": "USD",
                "name": "${var.name_prefix}-monthly",
                "notification": [
                  {
                    "comparison_operator": "GREATER_THAN",
                    "notification_type": "ACTUAL",
                    "subscriber_email_addresses": "${var.alert_emails}",
                    "subscriber_sns_topic_arns": [
                      "${var.alert_topic_arn}"
                    ],
                    "threshold": 80,
                    "threshold_type": "PERCENTAGE"
                  },
                  {
                    "comparison_operator": "GREATER_THAN",
                    "notification_type": "FORECASTED",
                    "subscriber_email_addresses": "${var.alert_emails}",
                    "subscriber_sns_topic_arns": [
                      "${var.alert_topic_arn}"
                    ],
                    "threshold": 100,
                    "threshold_type": "PERCENTAGE"
                  }
                ],
                "time_unit": "MONTHLY"
              }
            }

            """)
    }

    @Test func variablesAreTheNamingInputsBudgetEmailsAndTopic() throws {
        let variables = try #require(try Self.files()["variables.tf.json"]?["variable"]?.objectValue)
        #expect(Set(variables.keys) == ["name_prefix", "environment", "region", "monthly_budget_usd", "alert_emails", "alert_topic_arn"])
        #expect(variables["monthly_budget_usd"]?["type"] == "number")
        #expect(variables["alert_emails"]?["type"] == "list(string)")
        #expect(variables["alert_topic_arn"]?["type"] == "string")
        let validation = try #require(variables["monthly_budget_usd"]?["validation"]?.arrayValue?.first)
        #expect(validation["condition"] == "${var.monthly_budget_usd >= 1 && var.monthly_budget_usd <= 1000000}")
        #expect(validation["error_message"] == "monthly_budget_usd must be 1-1000000 (environment setting monthlyBudgetUSD).")
    }

    @Test func outputsTheBudgetName() throws {
        let outputs = try #require(try Self.files()["outputs.tf.json"]?["output"])
        #expect(TerraformJSONWriter.pretty(outputs) == """
            {
              "budget_name": {
                "description": "Name of the environment's monthly cost budget.",
                "value": "${aws_budgets_budget.monthly.name}"
              }
            }

            """)
    }

    /// A literal `$` written right before an interpolation would render as `$${`, which
    /// Terraform reads as the literal text `${var.environment}`.
    @Test func costFilterNeverRendersAnEscapedInterpolation() throws {
        let main = TerraformJSONWriter.pretty(try #require(try Self.files()["main.tf.json"]))
        #expect(!main.contains("$${"))
    }

    @Test func moduleDeclaresNoPolicies() {
        #expect(BudgetModule.build().policies.isEmpty)
    }
}
