import AWSResources
import Constructs
import TerraformCore

/// `modules-out/observability_link`: shares the environment's metrics, log groups and traces
/// (``ObservabilitySinkModule/resourceTypes``) with the monitoring account, called from every
/// root but production's (which holds the sink).
///
/// Why the sink's ARN is a root variable (`monitoring_sink_arn`) and not derived: a sink's ARN
/// ends in an id AWS generates when it creates the sink (`arn:aws:oam:<region>:<account>:sink/<uuid>`),
/// and `CreateLink` accepts only that ARN, so nothing known at synth time names it; and an
/// environment's roles cannot read production's state or account to look it up. Production's root
/// outputs it (`monitoring_sink_arn`); each other root requires it, with a validation that it is a
/// sink of the monitoring account in its region, so a missing or wrong value stops the plan instead
/// of leaving the environment off the dashboard. Hence the apply order: production first, then the others.
enum ObservabilityLinkModule: PlatformModule {
    static let name = "observability_link"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var sinkARN = ModuleInput<TFString>("sink_arn", "ARN of the monitoring account's OAM sink (production's monitoring_sink_arn output).", validations: [.init(ObservabilityLinkModule.sinkARNCondition("var.sink_arn"), "sink_arn must be the ARN of an OAM sink (arn:aws:oam:<region>:<account>:sink/<id>).")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var linkARN = ModuleOutput<TFString>("link_arn", "ARN of the environment's link to the monitoring sink.")
    }

    /// How the monitoring account labels this account's data.
    static let labelTemplate = "$AccountName"

    /// An HCL condition: `value` is the ARN of an OAM sink, in `region` and `account` when given.
    static func sinkARNCondition(_ value: String, region: String = "[a-z0-9-]+", account: String = "[0-9]{12}") -> String {
        "can(regex(\"^arn:aws[a-z-]*:oam:\(region):\(account):sink/[A-Za-z0-9-]+$\", \(value)))"
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        _ = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()

        let link = module.add(OamLink("monitoring", labelTemplate: TFString(labelTemplate),
                                      resourceTypes: TFList(ObservabilitySinkModule.resourceTypes.map { TFString($0) }), sinkIdentifier: input.sinkARN))
        output.linkARN = link.arn
        module.declare(output)
        return module
    }
}
