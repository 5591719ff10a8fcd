import IAM
import PolicyLint
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// Cross-account observability (the OAM sink in the monitoring account, a link everywhere
/// else), X-Ray per environment, and the global dashboard's health and cost widgets.
@Suite struct ObservabilityModulesTests {
    func main(_ module: StackModule) throws -> JSONValue { try #require(try module.terraform.render()["main.tf.json"]) }

    func resources(_ module: StackModule) throws -> String {
        TerraformJSONWriter.compact(try #require(try main(module)["resource"]))
    }

    func call(_ config: EnvironmentConfig, _ name: String) throws -> JSONValue {
        try #require(try EnvironmentRoot(config).module.terraform.render()["main.tf.json"]?["module"]?[name])
    }

    @Test func sinkAdmitsExactlyTheOtherEnvironmentsAccountsAndResourceTypes() throws {
        let module = ObservabilitySinkModule.build()
        #expect(try resources(module) == #"{"aws_oam_sink":{"monitoring":{"name":"${var.name_prefix}-monitoring"}},"aws_oam_sink_policy":{"monitoring":{"policy":"{\"Statement\":[{\"Action\":[\"oam:CreateLink\",\"oam:UpdateLink\"],\"Condition\":{\"ForAllValues:StringEquals\":{\"oam:ResourceTypes\":[\"AWS::CloudWatch::Metric\",\"AWS::Logs::LogGroup\",\"AWS::XRay::Trace\"]}},\"Effect\":\"Allow\",\"Principal\":{\"AWS\":${jsonencode(var.source_accounts)}},\"Resource\":[\"*\"],\"Sid\":\"LinkEnvironmentAccounts\"}],\"Version\":\"2012-10-17\"}","sink_identifier":"${aws_oam_sink.monitoring.arn}"}}}"#)
        #expect(module.policies.map(\.address) == ["aws_oam_sink_policy.monitoring"])
        #expect(module.policies.map(\.kind) == [.oamSink])
        #expect(PolicyKind.holding(terraformType: "aws_oam_sink_policy") == .oamSink)

        // The production root passes every other environment's account, from the registry.
        let production = Environments.production
        let sink = try call(production, ObservabilitySinkModule.name)
        let others = Environments.promoted.filter { $0.name != production.name }.map { JSONValue.string($0.account) }
        #expect(sink["source_accounts"] == .array(others))
        #expect(!others.contains(.string(production.account)))
    }

    @Test func theGateLintsTheSinkPolicyAsAnOAMSinkPolicy() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all)
        let findings = synthesis.findings.filter { $0.module == ObservabilitySinkModule.name }
        #expect(findings.filter { !$0.isSuppressed }.isEmpty)
        // Only the reviewed Resource "*" (once for the module, once for prod's call of it), as an OAM sink policy.
        #expect(!findings.isEmpty)
        #expect(Set(findings.map(\.rule)) == ["wildcard-resource"])
        #expect(findings.allSatisfy { $0.policyKind == .oamSink })
    }

    @Test func everyOtherEnvironmentLinksWithAValidatedSinkARN() throws {
        let module = ObservabilityLinkModule.build()
        #expect(try resources(module) == #"{"aws_oam_link":{"monitoring":{"label_template":"$AccountName","resource_types":["AWS::CloudWatch::Metric","AWS::Logs::LogGroup","AWS::XRay::Trace"],"sink_identifier":"${var.sink_arn}"}}}"#)
        for config in Environments.all {
            let root = EnvironmentRoot(config)
            let modules = Set(root.calls.map(\.module))
            #expect(modules.contains(ObservabilitySinkModule.name) == config.isProduction, "\(config.name)")
            #expect(modules.contains(ObservabilityLinkModule.name) == !config.isProduction, "\(config.name)")
            #expect(modules.contains(GlobalDashboardModule.name) == config.isProduction, "\(config.name)")
            guard !config.isProduction else { continue }
            let files = try root.module.terraform.render()
            let variable = try #require(files["variables.tf.json"]?["variable"]?[EnvironmentRoot.monitoringSinkVariable])
            #expect(variable["default"] == nil, "\(config.name): required, so a missing ARN stops the plan")
            let production = Environments.production
            #expect(variable["validation"]?.arrayValue?.first?["condition"] == .string(#"${can(regex("^arn:aws[a-z-]*:oam:\#(production.region):\#(production.account):sink/[A-Za-z0-9-]+$", var.monitoring_sink_arn))}"#))
            #expect(try call(config, ObservabilityLinkModule.name)["sink_arn"] == "${var.monitoring_sink_arn}")
        }
    }

    @Test func tracingGroupAndSamplingRuleFollowTheEnvironment() throws {
        #expect(try resources(TracingModule.build()) == #"{"aws_xray_group":{"environment":{"filter_expression":"service(\"${var.chat_function_name}\") OR service(\"${var.ingest_function_name}\")","group_name":"${var.name_prefix}"}},"aws_xray_sampling_rule":{"environment":{"fixed_rate":"${var.sampling_rate}","host":"*","http_method":"*","priority":100,"reservoir_size":1,"resource_arn":"*","rule_name":"${var.name_prefix}","service_name":"${var.name_prefix}-*","service_type":"*","url_path":"*","version":1}}}"#)
        // Higher in dev, lower in production: from the configuration, not the name.
        #expect(try call(Environments.dev, TracingModule.name)["sampling_rate"] == .decimal(0.5))
        #expect(try call(Environments.production, TracingModule.name)["sampling_rate"] == .decimal(0.05))
        #expect(Environments.dev.tracing.samplingRate > Environments.production.tracing.samplingRate)
        // The p95 alarm exists where the configuration sets a threshold (prod), in seconds.
        for config in Environments.all {
            let monitoring = try call(config, MonitoringModule.name)
            #expect(monitoring["xray_group_name"] == "${module.tracing.group_name}")
            #expect(monitoring["chat_p95_alarm_seconds"] == config.tracing.chatP95AlarmMs.map { JSONValue.decimal(Double($0) / 1000) }, "\(config.name)")
        }
        #expect(Environments.production.tracing.chatP95AlarmMs == 10_000)
    }

    @Test func environmentDashboardDrawsTracedPercentiles() throws {
        let body = try #require(try main(MonitoringModule.build())["resource"]?["aws_cloudwatch_dashboard"]?["overview"]?["dashboard_body"]?.stringValue)
        #expect(body.contains(#"{"height" = 6, "properties" = {"metrics" = [["AWS/X-Ray", "ResponseTime", "GroupName", var.xray_group_name, "ServiceName", var.chat_function_name, "ServiceType", "AWS::Lambda::Function", {"label" = "chat p50", "stat" = "p50"}]"#), "\(body)")
        for stat in MonitoringModule.percentiles {
            #expect(body.contains(#"SEARCH('{AWS/X-Ray,GroupName,ServiceName,ServiceType} MetricName=\"ResponseTime\" GroupName=\"${var.xray_group_name}\" bedrock', '\#(stat)', 300)"#), "\(stat)")
        }
    }

    @Test func globalDashboardHasHealthAndCostPerEnvironment() throws {
        let dashboard = try call(Environments.production, GlobalDashboardModule.name)
        let environments = try #require(dashboard["environments"]?.arrayValue)
        #expect(environments.count == Environments.all.count)
        for (entry, config) in zip(environments, Environments.all) {
            #expect(entry["name"] == .string(config.name))
            #expect(entry["estimated_monthly_usd"] == .decimal(CostEstimate.estimate(config).total))
            let names = try #require(entry["alarm_names"]?.arrayValue).compactMap(\.stringValue)
            #expect(names.count == 6 + (config.tracing.chatP95AlarmMs == nil ? 0 : 1))
            #expect(names.allSatisfy { $0.hasPrefix("\(config.prefix)-") })
        }
        // Every alarm the monitoring module declares is in the health widget's list.
        let declared = try #require(try main(MonitoringModule.build())["resource"]?["aws_cloudwatch_metric_alarm"]?.objectValue)
        #expect(MonitoringModule.alarmNames(prefix: "p", tracedP95: true).count == declared.count)
        let body = try #require(try main(GlobalDashboardModule.build())["resource"]?["aws_cloudwatch_dashboard"]?["environments"]?["dashboard_body"]?.stringValue)
        #expect(body.contains(#"{type = "alarm", x = (index % 4) * 6, y = floor(index / 4) * 4, width = 6, height = 4, properties = {title = format("%s health", environment.name)"#))
        #expect(body.contains(#"format("| %s | %.2f |", environment.name, environment.estimated_monthly_usd)"#))
        #expect(body.contains(GlobalDashboardModule.costExplorerURL))
        #expect(GlobalDashboardModule.costExplorerURL.hasSuffix("groupBy=%5B%22TagKeyValue%3AEnvironment%22%5D"))
    }
}
