import AWSResources
import Constructs
import TerraformCore

/// `modules-out/tracing`: the environment's X-Ray group and sampling rule (the functions' tracing
/// is Active in the lambda module).
///
/// - Group `<prefix>`: the traces through the environment's chat or ingest function. X-Ray
///   publishes the group's trace metrics to CloudWatch (`AWS/X-Ray`, dimension `GroupName`, per
///   service node also `ServiceName` and `ServiceType`), which the monitoring module's trace
///   widgets and the chat p95 alarm read.
/// - Sampling rule `<prefix>`: every request up to one a second (the reservoir), then
///   `sampling_rate` of the rest, for the environment's services (`rag-genai-<env>-*`). The
///   rate comes from the environment's `tracing.samplingRate`: high in dev, low in prod.
enum TracingModule: PlatformModule {
    static let name = "tracing"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var chatFunctionName = ModuleInput<TFString>("chat_function_name", "Name of the chat function.")
        var ingestFunctionName = ModuleInput<TFString>("ingest_function_name", "Name of the ingest function.")
        var samplingRate = ModuleInput<TFNumber>("sampling_rate", "Fraction of requests traced beyond the reservoir of one a second.", validations: [.init("var.sampling_rate > 0 && var.sampling_rate <= 1", "sampling_rate must be above 0 and at most 1.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var groupName = ModuleOutput<TFString>("group_name", "Name of the environment's X-Ray group (the GroupName of its trace metrics).")
        var samplingRuleName = ModuleOutput<TFString>("sampling_rule_name", "Name of the environment's X-Ray sampling rule.")
    }

    /// Requests traced each second before the rate applies.
    static let reservoirPerSecond = 1
    /// Evaluated before X-Ray's default rule (priority 10000).
    static let priority = 100

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()

        let filter: TFString = "service(\"\(input.chatFunctionName)\") OR service(\"\(input.ingestFunctionName)\")"
        let group = module.add(XrayGroup("environment", filterExpression: filter, groupName: context.prefix))
        let rule = module.add(XraySamplingRule("environment", fixedRate: input.samplingRate, host: "*", httpMethod: "*",
                                               priority: TFNumber(priority), reservoirSize: TFNumber(reservoirPerSecond), resourceArn: "*",
                                               serviceName: .named(context.prefix, "*"), serviceType: "*", urlPath: "*", version: 1).with {
            $0.ruleName = context.prefix
        })

        // Attributes, not the arguments: whatever reads them waits for the group and the rule.
        output.groupName = group.attribute("group_name") as TFString
        output.samplingRuleName = rule.attribute("rule_name") as TFString
        module.declare(output)
        return module
    }
}
