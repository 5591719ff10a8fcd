import AWSResources
import Constructs
import TerraformCore

/// Observability wiring of an environment's root: X-Ray everywhere; in the monitoring account
/// (``Environments/production``) the OAM sink and the cross-environment dashboard; everywhere
/// else the link to that sink.
extension EnvironmentRoot {
    /// The root variable of every linked environment: the monitoring sink's ARN (see
    /// ``ObservabilityLinkModule`` for why it cannot be derived).
    static let monitoringSinkVariable = "monitoring_sink_arn"

    /// The environments whose accounts link to the monitoring sink: all but production.
    static var linkedEnvironments: [EnvironmentConfig] { Environments.promoted.filter { !$0.isProduction } }

    mutating func wireObservability() {
        let config = self.config
        let lambda = Self.outputs(of: LambdaModule.self)
        call(TracingModule.self) {
            $0.chatFunctionName = lambda.chatFunctionName
            $0.ingestFunctionName = lambda.ingestFunctionName
            $0.samplingRate = TFNumber(config.tracing.samplingRate)
        }

        guard config.isProduction else {
            let monitoring = Environments.production
            let sinkARN: TFString = module.variable(
                Self.monitoringSinkVariable, .string,
                "ARN of the monitoring account's OAM sink: the \(monitoring.name) root's monitoring_sink_arn output (apply \(monitoring.name) first).",
                validations: [.init(ObservabilityLinkModule.sinkARNCondition("var.\(Self.monitoringSinkVariable)", region: monitoring.region,
                                                                               account: monitoring.account),
                                    "\(Self.monitoringSinkVariable) must be the OAM sink of account \(monitoring.account) in \(monitoring.region) (terraform -chdir=environments/\(monitoring.name) output -raw monitoring_sink_arn).")])
            let link = call(ObservabilityLinkModule.self) { $0.sinkARN = sinkARN }
            module.output("monitoring_link_arn", link.linkARN, "ARN of this environment's link to the monitoring sink.")
            return
        }

        let sink = call(ObservabilitySinkModule.self) {
            $0.sourceAccounts = TFList(Self.linkedEnvironments.map { TFString($0.account) })
        }
        module.output("monitoring_sink_arn", sink.sinkARN, "ARN of the monitoring sink: every other environment's monitoring_sink_arn variable.")
        let estimates = Dictionary(uniqueKeysWithValues: Environments.all.map { ($0.name, CostEstimate.estimate($0)) })
        call(GlobalDashboardModule.self) {
            $0.environments = TFAny(expression: .list(Environments.all.map { environment in
                .object(["name": .string(environment.name), "account": .string(environment.account),
                         "region": .string(environment.region),
                         "chat_model_id": .string(environment.models.invokedChatModelID),
                         "alarm_names": .list(MonitoringModule.alarmNames(prefix: environment.prefix,
                                                                          tracedP95: environment.tracing.chatP95AlarmMs != nil).map { .string($0) }),
                         "estimated_monthly_usd": .decimal(estimates[environment.name]!.total)])
            }))
            let prices = estimates[config.name]!
            $0.costSource = TFString("Estimated by `synth cost` from each environment's usage settings, \(prices.pricesRegion) list prices as of \(prices.pricesAsOf).")
        }
    }
}
