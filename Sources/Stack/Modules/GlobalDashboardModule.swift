import AWSResources
import Constructs
import TerraformCore

/// `modules-out/global_dashboard`: one CloudWatch dashboard comparing every environment, called
/// from prod's root only.
///
/// Each widget shows one metric with one line per environment. Every environment is its own
/// account, so each line names its `accountId` and `region`; the dashboard's account must be a
/// CloudWatch cross-account monitoring account that the other accounts share their metrics with
/// (CloudWatch settings → "View cross-account cross-region"). Resource names follow the
/// platform's naming rule (`rag-genai-<env>-chat`, ...), so the module needs only each
/// environment's name, account, region and chat model. API metrics are keyed by API id, which
/// no environment knows of another, so the API widget uses a `SEARCH` expression per account.
enum GlobalDashboardModule: PlatformModule {
    static let name = "global_dashboard"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var environments = ModuleInput<TFAny>("environments", type: .list(.object(["account": .string, "chat_model_id": .string, "name": .string, "region": .string])), "Every environment to compare: name, account id, region and chat model id.", validations: [.init("length(var.environments) >= 1 && alltrue([for environment in var.environments : can(regex(\"^[0-9]{12}$\", environment.account))])", "environments needs at least one entry, each with a 12-digit account id.")])
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

        let metricObjects: [Expression] = metrics.map {
            .object(["title": .string($0.title), "namespace": .string($0.namespace), "metric": .string($0.metric),
                     "dimension": .string($0.dimension), "name_format": .string($0.nameFormat), "stat": .string($0.stat)])
        }
        _ = module.terraform.local("metrics", TFAny(expression: .list(metricObjects)))
        let lineOptions = "{accountId = environment.account, region = environment.region, label = environment.name}"
        let metricWidgets = """
            [for index, metric in local.metrics : {type = "metric", x = (index % 2) * 12, y = floor(index / 2) * 6, width = 12, height = 6, \
            properties = {title = metric.title, view = "timeSeries", stacked = false, region = \(context.region.expression.hcl), period = 300, stat = metric.stat, \
            metrics = [for environment in var.environments : [metric.namespace, metric.metric, metric.dimension, \
            format(metric.name_format, metric.dimension == "ModelId" ? environment.chat_model_id : environment.name), \(lineOptions)]]}}]
            """
        let search = "SEARCH('{AWS/ApiGateway,ApiId} MetricName=\\\"5xx\\\"', 'Sum', 300)"
        let apiWidget = """
            [{type = "metric", x = 0, y = ceil(length(local.metrics) / 2) * 6, width = 24, height = 6, \
            properties = {title = "API 5xx", view = "timeSeries", stacked = false, region = \(context.region.expression.hcl), period = 300, \
            metrics = [for environment in var.environments : [{expression = "\(search)", id = format("api5xx_%s", environment.name), \
            accountId = environment.account, region = environment.region, label = environment.name}]]}}]
            """
        // Raw HCL: the widgets are for-expressions over var.environments and local.metrics (one
        // line per environment), which the DSL does not model; they read only this module's
        // variables and locals, never a policy.
        let body = TFString(expression: .raw("jsonencode({widgets = concat(\(metricWidgets), \(apiWidget))})"))
        let dashboard = module.add(CloudwatchDashboard("environments", dashboardBody: body, dashboardName: .named(context.prefix, "environments")))
        output.dashboardName = dashboard.dashboardName
        module.declare(output)
        return module
    }
}
