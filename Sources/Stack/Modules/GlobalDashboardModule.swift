import AWSResources
import Constructs
import TerraformCore

/// `modules-out/global_dashboard`: one CloudWatch dashboard comparing every environment, called
/// from the production root only (the monitoring account).
///
/// - Health at a glance: one alarm-status widget per environment with every alarm its
///   monitoring module creates (`alarm_names`).
/// - One widget per compared metric, one line per environment. Every environment is its own
///   account, so each line names its `accountId` and `region`; the other accounts' data arrives
///   through their OAM links to production's sink (``ObservabilitySinkModule``,
///   ``ObservabilityLinkModule``), so no console step is needed. API metrics are keyed by API
///   id, which no environment knows of another, so the API widget uses a `SEARCH` per account.
/// - Cost comparison: each environment's estimated monthly cost (`synth cost`, passed by the
///   root) as a table, and a link to Cost Explorer grouped by the `Environment` cost allocation tag.
///
/// Resource names follow the platform's naming rule (`rag-genai-<env>-chat`, ...), so the module
/// needs only each environment's name, account, region, chat model, alarm names and estimate.
enum GlobalDashboardModule: PlatformModule {
    static let name = "global_dashboard"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var costSource = ModuleInput<TFString>("cost_source", "Where the estimates come from (shown under the cost table).")
        var environments = ModuleInput<TFAny>("environments", type: .list(.object(["account": .string, "alarm_names": .list(.string), "chat_model_id": .string, "estimated_monthly_usd": .number, "name": .string, "region": .string])), "Every environment to compare: name, account id, region, chat model id, alarm names and estimated monthly cost (USD).", validations: [.init("length(var.environments) >= 1 && alltrue([for environment in var.environments : can(regex(\"^[0-9]{12}$\", environment.account)) && environment.estimated_monthly_usd >= 0])", "environments needs at least one entry, each with a 12-digit account id and an estimate of 0 or more.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var dashboardName = ModuleOutput<TFString>("dashboard_name", "Name of the cross-environment dashboard.")
    }

    /// One compared metric: the `%s` in `nameFormat` is the environment name, or for `ModelId`
    /// the environment's chat model.
    struct Metric {
        var title: String
        var namespace: String
        var metric: String
        var dimension: String
        var nameFormat: String
        var stat: String
    }

    /// Health widgets per row (each 24 / this wide, 4 high).
    static let healthPerRow = 4
    /// Cost Explorer, monthly unblended cost of the last 6 months grouped by the `Environment` tag.
    static let costExplorerURL = "https://console.aws.amazon.com/cost-management/home#/cost-explorer?chartStyle=STACK&costAggregate=unBlendedCost&granularity=Monthly&historicalRelativeRange=LAST_6_MONTHS&groupBy=%5B%22TagKeyValue%3A\(BudgetModule.tagKey)%22%5D"

    static let metrics: [Metric] = [
        Metric(title: "Chat errors", namespace: "AWS/Lambda", metric: "Errors", dimension: "FunctionName", nameFormat: "rag-genai-%s-chat", stat: "Sum"),
        Metric(title: "Chat duration p95 (ms)", namespace: "AWS/Lambda", metric: "Duration", dimension: "FunctionName", nameFormat: "rag-genai-%s-chat", stat: "p95"),
        Metric(title: "Chat throttles", namespace: "AWS/Lambda", metric: "Throttles", dimension: "FunctionName", nameFormat: "rag-genai-%s-chat", stat: "Sum"),
        Metric(title: "Chat invocations", namespace: "AWS/Lambda", metric: "Invocations", dimension: "FunctionName", nameFormat: "rag-genai-%s-chat", stat: "Sum"),
        Metric(title: "Ingest errors", namespace: "AWS/Lambda", metric: "Errors", dimension: "FunctionName", nameFormat: "rag-genai-%s-ingest", stat: "Sum"),
        Metric(title: "Ingest DLQ depth", namespace: "AWS/SQS", metric: "ApproximateNumberOfMessagesVisible", dimension: "QueueName",
               nameFormat: "rag-genai-%s-ingest-dlq", stat: "Maximum"),
        Metric(title: "Cost table reads (RCU)", namespace: "AWS/DynamoDB", metric: "ConsumedReadCapacityUnits", dimension: "TableName",
               nameFormat: "rag-genai-%s-costs", stat: "Sum"),
        Metric(title: "Cost table writes (WCU)", namespace: "AWS/DynamoDB", metric: "ConsumedWriteCapacityUnits", dimension: "TableName",
               nameFormat: "rag-genai-%s-costs", stat: "Sum"),
        Metric(title: "Chat model invocations", namespace: "AWS/Bedrock", metric: "Invocations", dimension: "ModelId", nameFormat: "%s", stat: "Sum"),
        Metric(title: "Chat model output tokens", namespace: "AWS/Bedrock", metric: "OutputTokenCount", dimension: "ModelId", nameFormat: "%s", stat: "Sum"),
    ]

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let _ = input.environments
        let costSource = input.costSource

        let metricObjects: [Expression] = metrics.map {
            .object(["title": .string($0.title), "namespace": .string($0.namespace), "metric": .string($0.metric),
                     "dimension": .string($0.dimension), "name_format": .string($0.nameFormat), "stat": .string($0.stat)])
        }
        _ = module.terraform.local("metrics", TFAny(expression: .list(metricObjects)))
        let healthWidth = 24 / healthPerRow
        let healthWidgets = """
            [for index, environment in var.environments : {type = "alarm", x = (index % \(healthPerRow)) * \(healthWidth), \
            y = floor(index / \(healthPerRow)) * 4, width = \(healthWidth), height = 4, properties = {title = format("%s health", environment.name), \
            sortBy = "stateUpdatedTimestamp", alarms = [for alarm in environment.alarm_names : \
            format("arn:%s:cloudwatch:%s:%s:alarm:%s", \(context.partition.expression.hcl), environment.region, environment.account, alarm)]}}]
            """
        _ = module.terraform.local("health_height", TFNumber(expression: .raw("ceil(length(var.environments) / \(healthPerRow)) * 4")))
        let lineOptions = "{accountId = environment.account, region = environment.region, label = environment.name}"
        let metricWidgets = """
            [for index, metric in local.metrics : {type = "metric", x = (index % 2) * 12, y = local.health_height + floor(index / 2) * 6, width = 12, height = 6, \
            properties = {title = metric.title, view = "timeSeries", stacked = false, region = \(context.region.expression.hcl), period = 300, stat = metric.stat, \
            metrics = [for environment in var.environments : [metric.namespace, metric.metric, metric.dimension, \
            format(metric.name_format, metric.dimension == "ModelId" ? environment.chat_model_id : environment.name), \(lineOptions)]]}}]
            """
        let search = "SEARCH('{AWS/ApiGateway,ApiId} MetricName=\\\"5xx\\\"', 'Sum', 300)"
        let apiWidget = """
            [{type = "metric", x = 0, y = local.health_height + ceil(length(local.metrics) / 2) * 6, width = 24, height = 6, \
            properties = {title = "API 5xx", view = "timeSeries", stacked = false, region = \(context.region.expression.hcl), period = 300, \
            metrics = [for environment in var.environments : [{expression = "\(search)", id = format("api5xx_%s", environment.name), \
            accountId = environment.account, region = environment.region, label = environment.name}]]}}]
            """
        let rows = "[for environment in var.environments : format(\"| %s | %.2f |\", environment.name, environment.estimated_monthly_usd)]"
        let footer = "[\"\", \(costSource.expression.hcl), \"\", \"[Cost Explorer by \(BudgetModule.tagKey) tag](\(costExplorerURL))\"]"
        let costWidget = """
            [{type = "text", x = 0, y = local.health_height + ceil(length(local.metrics) / 2) * 6 + 6, width = 24, height = 6, \
            properties = {markdown = join("\\n", concat(["## Estimated monthly cost (USD)", "", "| Environment | Estimate |", "| --- | ---: |"], \
            \(rows), \(footer)))}}]
            """
        // Raw HCL: the widgets are for-expressions over var.environments and local.metrics (one
        // line per environment), which the DSL does not model; they read only this module's
        // variables and locals, never a policy.
        let body = TFString(expression: .raw("jsonencode({widgets = concat(\(healthWidgets), \(metricWidgets), \(apiWidget), \(costWidget))})"))
        let dashboard = module.add(CloudwatchDashboard("environments", dashboardBody: body, dashboardName: .named(context.prefix, "environments")))
        output.dashboardName = dashboard.dashboardName
        module.declare(output)
        return module
    }
}
