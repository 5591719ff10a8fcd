import AWSResources
import Constructs
import IAM
import TerraformCore

/// `modules-out/observability_sink`: makes the monitoring account (production's,
/// `Environments.production`) a CloudWatch cross-account monitoring account, called from its root
/// only. This replaces the console step ("View cross-account cross-region") the global dashboard
/// used to need.
///
/// - Sink `<prefix>-monitoring` (CloudWatch Observability Access Manager) in the monitoring
///   region: what every other environment's ``ObservabilityLinkModule`` link attaches to.
/// - Sink policy: exactly the `source_accounts` (every other environment's account, from the
///   registry) may create or update a link, and only one sharing ``resourceTypes``.
///
/// Apply order on a fresh deployment: this root first (it creates the sink and outputs
/// `monitoring_sink_arn`), then every other environment with that ARN as its
/// `monitoring_sink_arn` variable (see ``ObservabilityLinkModule``).
enum ObservabilitySinkModule: PlatformModule {
    static let name = "observability_sink"
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var sourceAccounts = ModuleInput<TFList<TFString>>("source_accounts", "Accounts (12-digit ids) whose links the sink accepts: every other environment's.", validations: [.init("length(var.source_accounts) >= 1 && alltrue([for account in var.source_accounts : can(regex(\"^[0-9]{12}$\", account))])", "source_accounts needs at least one 12-digit account id.")])
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var sinkARN = ModuleOutput<TFString>("sink_arn", "ARN of the monitoring sink: each other environment's monitoring_sink_arn.")
    }

    /// What each link shares, and all the sink accepts: metrics (the dashboards' widgets and
    /// alarms), log groups (Logs Insights from the monitoring account) and X-Ray traces (the
    /// cross-account trace map and the trace-duration widgets).
    static let resourceTypes = ["AWS::CloudWatch::Metric", "AWS::Logs::LogGroup", "AWS::XRay::Trace"]

    /// Why the statement's resource is `*`.
    static let sinkResourceReason = "A sink policy is attached to the sink and AWS evaluates it only for links to that sink (CreateLink names the sink, UpdateLink the source account's link, which has no ARN here yet); AWS documents Resource * for sink policies. The accounts and resource types are limited."

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let accounts = input.sourceAccounts

        let sink = module.add(OamSink("monitoring", nameAttribute: .named(context.prefix, "monitoring")))
        let policy = sinkPolicy(accounts: accounts)
        module.add(OamSinkPolicy("monitoring", policy: policy.rendered, sinkIdentifier: sink.arn), policy: policy, kind: .oamSink)

        output.sinkARN = sink.arn
        module.declare(output)
        return module
    }

    /// Exactly `accounts` may link, and only with ``resourceTypes``.
    static func sinkPolicy(accounts: TFList<TFString>) -> PolicyDocument {
        var statement = Statement(sid: "LinkEnvironmentAccounts", effect: .allow, actions: [.oam.createLink, .oam.updateLink], resources: ["*"],
                                  conditions: [Condition("ForAllValues:StringEquals", "oam:ResourceTypes", resourceTypes.map { TFString($0) })])
            .suppressing("wildcard-resource", reason: sinkResourceReason)
        statement.awsPrincipalLists = [accounts]
        return PolicyDocument([statement])
    }
}
