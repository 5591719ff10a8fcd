import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/monitoring`: the environment's CloudWatch dashboard, its alarms, and the alarm
/// topic.
///
/// - Dashboard `<prefix>-overview`: Lambda errors, duration (average and p95) and throttles of
///   both functions; the API's 4xx, 5xx and latency; the cost table's consumed read and write
///   capacity; Bedrock invocations and latency of the chat and embedding models; DLQ depth; and
///   from the environment's X-Ray group (tracing module) p50/p95/p99 of the chat function's traced
///   duration and of its Bedrock subsegment.
/// - Alarms (to the topic, on alarm and on recovery): errors and throttles of each function,
///   API 5xx, and messages waiting in the ingest dead-letter queue, with the environment's
///   thresholds; and where `chat_p95_alarm_seconds` is set (`tracing.chatP95AlarmMs`, prod), the
///   p95 of the chat function's traced duration.
/// - Topic `<prefix>-alarms`, encrypted with the environment's key (whose policy lets CloudWatch
///   use it), with a policy that lets only CloudWatch alarms and AWS Budgets of this account
///   publish, and an e-mail subscription when `alarm_email` is set.
enum MonitoringModule: PlatformModule {
    static let name = "monitoring"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var alarmEmail = ModuleInput<TFString>("alarm_email", "E-mail address subscribed to the alarm topic; empty for none.", default: "", validations: [.init("var.alarm_email == \"\" || can(regex(\"^[^@ ]+@[^@ ]+$\", var.alarm_email))", "alarm_email must be empty or an e-mail address.")])
        var api5xxThreshold = ModuleInput<TFNumber>("api_5xx_threshold", "API 5xx responses in 5 minutes that raise an alarm.", validations: [EnvironmentSetting.api5xx.validation(of: "api_5xx_threshold")])
        var apiID = ModuleInput<TFString>("api_id", "Id of the HTTP API.")
        var chatFunctionName = ModuleInput<TFString>("chat_function_name", "Name of the chat function.")
        var chatP95AlarmSeconds = ModuleInput<TFNumber>("chat_p95_alarm_seconds", "p95 of the chat function's traced duration, in seconds, above which an alarm fires; 0 for no alarm.", default: 0, validations: [.init("var.chat_p95_alarm_seconds >= 0 && var.chat_p95_alarm_seconds <= 900", "chat_p95_alarm_seconds must be 0-900.")])
        var chatModelID = ModuleInput<TFString>("chat_model_id", "Bedrock chat model id (or inference profile id) the chat function invokes.")
        var dlqDepthThreshold = ModuleInput<TFNumber>("dlq_depth_threshold", "Messages waiting in the ingest DLQ that raise an alarm.", validations: [EnvironmentSetting.dlqDepth.validation(of: "dlq_depth_threshold")])
        var dlqName = ModuleInput<TFString>("dlq_name", "Name of the ingest dead-letter queue.")
        var embeddingModelID = ModuleInput<TFString>("embedding_model_id", "Bedrock embedding model id.")
        var ingestFunctionName = ModuleInput<TFString>("ingest_function_name", "Name of the ingest function.")
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (encrypts the alarm topic).")
        var lambdaErrorsThreshold = ModuleInput<TFNumber>("lambda_errors_threshold", "Errors per function in 5 minutes that raise an alarm.", validations: [EnvironmentSetting.lambdaErrors.validation(of: "lambda_errors_threshold")])
        var lambdaThrottlesThreshold = ModuleInput<TFNumber>("lambda_throttles_threshold", "Throttles per function in 5 minutes that raise an alarm.", validations: [EnvironmentSetting.lambdaThrottles.validation(of: "lambda_throttles_threshold")])
        var tableName = ModuleInput<TFString>("table_name", "Name of the cost table.")
        var xrayGroupName = ModuleInput<TFString>("xray_group_name", "Name of the environment's X-Ray group (tracing module), whose trace metrics the trace widgets and alarm read.")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var alarmTopicARN = ModuleOutput<TFString>("alarm_topic_arn", "ARN of the alarm topic (CloudWatch alarms and budget alerts).")
        var dashboardName = ModuleOutput<TFString>("dashboard_name", "Name of the environment's CloudWatch dashboard.")
        var rollbackAlarmNames = ModuleOutput<TFList<TFString>>("rollback_alarm_names", "Alarms that stop and roll back a release of the chat function: its errors and the API's 5xx.")
    }

    /// The alarms a blue/green release of the chat function rolls back on.
    static let rollbackAlarms = ["chat_errors", "api_5xx"]

    /// The X-Ray service type of a Lambda function's node (X-Ray also draws an `AWS::Lambda` node
    /// for the service's side of the invocation).
    static let functionServiceType = "AWS::Lambda::Function"
    /// The name part of the trace-duration alarm (`<prefix>-chat-traced-p95`).
    static let tracedP95Suffix = "chat-traced-p95"

    /// One alarm: metric, statistic and threshold variable.
    struct AlarmSpec {
        var localName: String
        var suffix: String
        var namespace: String
        var metric: String
        var dimensions: [String: TFString]
        var statistic: String
        var threshold: TFNumber
        var description: String
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let chatFunction = input.chatFunctionName
        let ingestFunction = input.ingestFunctionName
        let apiID = input.apiID
        let tableName = input.tableName
        let dlqName = input.dlqName
        let chatModel = input.chatModelID
        let embeddingModel = input.embeddingModelID
        let key = input.kmsKeyARN
        let email = input.alarmEmail
        let group = input.xrayGroupName
        let p95Threshold = input.chatP95AlarmSeconds

        let topic = module.add(SnsTopic("alarms").with {
            $0.nameAttribute = .named(context.prefix, "alarms")
            $0.displayName = "\(context.prefix) alarms"
            $0.kmsMasterKeyId = key
        })
        let policy = topicPolicy(topic: topic.arn, account: context.account)
        module.add(SnsTopicPolicy("alarms", arn: topic.arn, policy: policy.rendered), policy: policy, kind: .resource)
        module.add(SnsTopicSubscription("alarm_email", endpoint: email, protocol: "email", topicArn: topic.arn).with {
            $0.meta.count = .conditional(email.equals(""), 0, 1)
        })

        var declared: [String: CloudwatchMetricAlarm] = [:]
        for spec in alarmSpecs(input) {
            declared[spec.localName] = module.add(alarm(spec, prefix: context.prefix, topic: topic.arn))
        }
        // X-Ray's trace metrics arrive in seconds; the alarm exists where the root sets a threshold.
        module.add(alarm(AlarmSpec(localName: "chat_traced_p95", suffix: tracedP95Suffix, namespace: "AWS/X-Ray", metric: "ResponseTime",
                                   dimensions: ["GroupName": group, "ServiceName": chatFunction, "ServiceType": TFString(functionServiceType)],
                                   statistic: "p95", threshold: p95Threshold,
                                   description: "The p95 of the chat function's traced duration passed its limit."),
                         prefix: context.prefix, topic: topic.arn).with {
            $0.meta.count = .raw("var.chat_p95_alarm_seconds > 0 ? 1 : 0")
        })

        let dashboard = module.add(CloudwatchDashboard(
            "overview",
            dashboardBody: TF.jsonencode(dashboardBody(region: context.region, chatFunction: chatFunction, ingestFunction: ingestFunction,
                                                       apiID: apiID, tableName: tableName, dlqName: dlqName,
                                                       chatModel: chatModel, embeddingModel: embeddingModel, xrayGroup: group)),
            dashboardName: .named(context.prefix, "overview")))

        output.alarmTopicARN = topic.arn
        output.dashboardName = dashboard.dashboardName
        // Read from the alarms, so a deployment group that rolls back on them is created after them.
        output.rollbackAlarmNames = TFList(rollbackAlarms.map { declared[$0]!.attribute("alarm_name") as TFString })
        module.declare(output)
        return module
    }

    /// The alarms every environment has, on `input`'s names and thresholds.
    static func alarmSpecs(_ input: Variables<Inputs>) -> [AlarmSpec] {
        let chatFunction = input.chatFunctionName, ingestFunction = input.ingestFunctionName
        let lambdaErrors = input.lambdaErrorsThreshold, lambdaThrottles = input.lambdaThrottlesThreshold
        return [
            AlarmSpec(localName: "chat_errors", suffix: "chat-errors", namespace: "AWS/Lambda", metric: "Errors",
                      dimensions: ["FunctionName": chatFunction], statistic: "Sum", threshold: lambdaErrors,
                      description: "The chat function failed invocations."),
            AlarmSpec(localName: "chat_throttles", suffix: "chat-throttles", namespace: "AWS/Lambda", metric: "Throttles",
                      dimensions: ["FunctionName": chatFunction], statistic: "Sum", threshold: lambdaThrottles,
                      description: "The chat function hit its reserved concurrency."),
            AlarmSpec(localName: "ingest_errors", suffix: "ingest-errors", namespace: "AWS/Lambda", metric: "Errors",
                      dimensions: ["FunctionName": ingestFunction], statistic: "Sum", threshold: lambdaErrors,
                      description: "The ingest function failed invocations."),
            AlarmSpec(localName: "ingest_throttles", suffix: "ingest-throttles", namespace: "AWS/Lambda", metric: "Throttles",
                      dimensions: ["FunctionName": ingestFunction], statistic: "Sum", threshold: lambdaThrottles,
                      description: "The ingest function hit its reserved concurrency."),
            AlarmSpec(localName: "api_5xx", suffix: "api-5xx", namespace: "AWS/ApiGateway", metric: "5xx",
                      dimensions: ["ApiId": input.apiID], statistic: "Sum", threshold: input.api5xxThreshold,
                      description: "The chat API answered with server errors."),
            AlarmSpec(localName: "dlq_depth", suffix: "ingest-dlq-depth", namespace: "AWS/SQS", metric: "ApproximateNumberOfMessagesVisible",
                      dimensions: ["QueueName": input.dlqName], statistic: "Maximum", threshold: input.dlqDepthThreshold,
                      description: "Uploads failed ingestion and wait in the dead-letter queue."),
        ]
    }

    /// Every alarm an environment's call of this module creates (`<prefix>-<suffix>`), for the
    /// global dashboard's health widgets: the fixed ones, and the traced-p95 one where it is on.
    static func alarmNames(prefix: String, tracedP95: Bool) -> [String] {
        var probe = StackModule(name)
        let suffixes = alarmSpecs(probe.declare(Inputs.self)).map(\.suffix) + (tracedP95 ? [tracedP95Suffix] : [])
        return suffixes.map { "\(prefix)-\($0)" }
    }

    /// Only CloudWatch alarms and AWS Budgets, on behalf of this account, may publish.
    static func topicPolicy(topic: TFString, account: TFString) -> PolicyDocument {
        PolicyDocument([
            Statement(sid: "AllowCloudWatchAlarms", effect: .allow, actions: [.sns.publish], resources: [topic],
                      principals: [.service("cloudwatch.amazonaws.com")],
                      conditions: [Condition("StringEquals", "aws:SourceAccount", [account])]),
            Statement(sid: "AllowBudgetAlerts", effect: .allow, actions: [.sns.publish], resources: [topic],
                      principals: [.service("budgets.amazonaws.com")],
                      conditions: [Condition("StringEquals", "aws:SourceAccount", [account])]),
        ])
    }

    static func alarm(_ spec: AlarmSpec, prefix: TFString, topic: TFString) -> CloudwatchMetricAlarm {
        CloudwatchMetricAlarm(spec.localName, alarmName: .named(prefix, spec.suffix), comparisonOperator: "GreaterThanOrEqualToThreshold",
                              evaluationPeriods: 1).with {
            $0.alarmDescription = TFString(spec.description)
            $0.namespace = TFString(spec.namespace)
            $0.metricName = TFString(spec.metric)
            $0.dimensions = TFMap(spec.dimensions)
            // Percentiles (p95) are extended statistics; the rest are statistics.
            if spec.statistic.hasPrefix("p") { $0.extendedStatistic = TFString(spec.statistic) } else { $0.statistic = TFString(spec.statistic) }
            $0.period = 300
            $0.threshold = spec.threshold
            $0.treatMissingData = "notBreaching"
            $0.alarmActions = [topic]
            $0.okActions = [topic]
        }
    }

    /// The percentiles the trace widgets draw.
    static let percentiles = ["p50", "p95", "p99"]

    /// The group's trace metrics of every node whose name contains `bedrock` (the chat function's
    /// Bedrock Runtime subsegment, named by the SDK instrumentation), as one CloudWatch search.
    static func bedrockSearch(group: TFString, stat: String) -> TFString {
        "SEARCH('{AWS/X-Ray,GroupName,ServiceName,ServiceType} MetricName=\"ResponseTime\" GroupName=\"\(group)\" bedrock', '\(stat)', 300)"
    }

    /// The dashboard: one row of two widgets per concern.
    static func dashboardBody(region: TFString, chatFunction: TFString, ingestFunction: TFString, apiID: TFString, tableName: TFString,
                              dlqName: TFString, chatModel: TFString, embeddingModel: TFString, xrayGroup: TFString) -> TFAny {
        func line(_ namespace: String, _ metric: String, _ dimension: String, _ value: TFString, stat: String, label: String) -> TFAny {
            [TFAny(stringLiteral: namespace), TFAny(stringLiteral: metric), TFAny(stringLiteral: dimension), TFAny(value),
             ["stat": TFAny(stringLiteral: stat), "label": TFAny(stringLiteral: label)]]
        }
        func widget(_ index: Int, _ title: String, _ lines: [TFAny]) -> TFAny {
            ["type": "metric", "x": TFAny(integerLiteral: (index % 2) * 12), "y": TFAny(integerLiteral: (index / 2) * 6),
             "width": 12, "height": 6,
             "properties": ["title": TFAny(stringLiteral: title), "view": "timeSeries", "stacked": false, "region": TFAny(region),
                            "period": 300, "metrics": TFAny(expression: .list(lines.map(\.expression)))]]
        }
        let widgets: [TFAny] = [
            widget(0, "Lambda errors", [line("AWS/Lambda", "Errors", "FunctionName", chatFunction, stat: "Sum", label: "chat"),
                                        line("AWS/Lambda", "Errors", "FunctionName", ingestFunction, stat: "Sum", label: "ingest")]),
            widget(1, "Lambda throttles", [line("AWS/Lambda", "Throttles", "FunctionName", chatFunction, stat: "Sum", label: "chat"),
                                           line("AWS/Lambda", "Throttles", "FunctionName", ingestFunction, stat: "Sum", label: "ingest")]),
            widget(2, "Lambda duration (ms)", [
                line("AWS/Lambda", "Duration", "FunctionName", chatFunction, stat: "Average", label: "chat avg"),
                line("AWS/Lambda", "Duration", "FunctionName", chatFunction, stat: "p95", label: "chat p95"),
                line("AWS/Lambda", "Duration", "FunctionName", ingestFunction, stat: "Average", label: "ingest avg"),
                line("AWS/Lambda", "Duration", "FunctionName", ingestFunction, stat: "p95", label: "ingest p95"),
            ]),
            widget(3, "API errors", [line("AWS/ApiGateway", "4xx", "ApiId", apiID, stat: "Sum", label: "4xx"),
                                     line("AWS/ApiGateway", "5xx", "ApiId", apiID, stat: "Sum", label: "5xx")]),
            widget(4, "API latency (ms)", [line("AWS/ApiGateway", "Latency", "ApiId", apiID, stat: "p95", label: "latency p95"),
                                           line("AWS/ApiGateway", "IntegrationLatency", "ApiId", apiID, stat: "p95", label: "integration p95")]),
            widget(5, "DynamoDB consumed capacity", [
                line("AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", tableName, stat: "Sum", label: "read"),
                line("AWS/DynamoDB", "ConsumedWriteCapacityUnits", "TableName", tableName, stat: "Sum", label: "write"),
            ]),
            widget(6, "Bedrock invocations", [line("AWS/Bedrock", "Invocations", "ModelId", chatModel, stat: "Sum", label: "chat model"),
                                              line("AWS/Bedrock", "Invocations", "ModelId", embeddingModel, stat: "Sum", label: "embedding model")]),
            widget(7, "Bedrock latency (ms)", [
                line("AWS/Bedrock", "InvocationLatency", "ModelId", chatModel, stat: "p95", label: "chat model p95"),
                line("AWS/Bedrock", "InvocationLatency", "ModelId", embeddingModel, stat: "p95", label: "embedding model p95"),
            ]),
            widget(8, "Ingest DLQ depth", [line("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", dlqName, stat: "Maximum",
                                                label: "messages")]),
            widget(9, "Chat traced duration (s)", percentiles.map { stat in
                ["AWS/X-Ray", "ResponseTime", "GroupName", TFAny(xrayGroup), "ServiceName", TFAny(chatFunction), "ServiceType",
                 TFAny(stringLiteral: functionServiceType), ["stat": TFAny(stringLiteral: stat), "label": TFAny(stringLiteral: "chat \(stat)")]]
            }),
            widget(10, "Bedrock subsegment duration (s)", percentiles.map { stat in
                ["expression": TFAny(bedrockSearch(group: xrayGroup, stat: stat)), "id": TFAny(stringLiteral: "bedrock_\(stat)"),
                 "label": TFAny(stringLiteral: "Bedrock \(stat)")]
            }),
        ]
        return ["widgets": TFAny(expression: .list(widgets.map(\.expression)))]
    }
}
