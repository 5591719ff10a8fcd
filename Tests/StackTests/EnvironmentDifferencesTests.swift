import Testing
import TerraformCore
@testable import Stack

/// What differs between the five environments' roots: which modules they call, and the values
/// they pass. Built from `EnvironmentRoot` directly (no lint, no rendering).
@Suite struct EnvironmentDifferencesTests {
    static let roots: [String: EnvironmentRoot] = Dictionary(uniqueKeysWithValues: Environments.all.map { ($0.name, EnvironmentRoot($0)) })
    static let prodOnlyModules = ["dr", "dr_replica", "global_dashboard", "waf"]

    func call(_ environment: String, _ module: String) -> ModuleCall? {
        Self.roots[environment]!.module.terraform.moduleCalls[module]
    }

    func argument(_ environment: String, _ module: String, _ name: String) -> Expression? {
        call(environment, module)?.arguments[name]
    }

    @Test func everyEnvironmentCallsTheSharedModules() {
        for name in Environments.names {
            let calls = Set(Self.roots[name]!.module.terraform.moduleCalls.keys)
            #expect(calls.isSuperset(of: ["api_gateway", "auth", "budget", "config", "database", "lambda", "monitoring", "policies", "storage"]),
                    "\(name): \(calls.sorted())")
        }
    }

    @Test func wafDisasterRecoveryAndGlobalDashboardExistOnlyInProd() {
        for name in Environments.names {
            let calls = Set(Self.roots[name]!.module.terraform.moduleCalls.keys)
            let expected = name == "prod" ? Set(Self.prodOnlyModules) : []
            #expect(calls.intersection(Self.prodOnlyModules) == expected, "\(name)")
        }
        #expect(call("prod", "waf")?.providers == ["aws": "aws", "aws.us_east_1": "aws.us_east_1"])
        #expect(call("prod", "dr_replica")?.providers == ["aws": "aws.replica"])
        // No module-level depends_on (it would make every value of the module unknown until apply):
        // replication waits for versioning through the values it reads.
        #expect(call("prod", "dr")?.meta.dependsOn == [])
        #expect(argument("prod", "dr", "bucket_name") == .reference(Reference(.module("storage"), path: ["bucket_name"])))
        #expect(argument("prod", "dr_replica", "region") == .string("eu-central-1"))
        #expect(argument("prod", "dr", "region") == .string("eu-west-1"))
        #expect(argument("prod", "dr", "backup_retention_days") == .integer(35))
        #expect(argument("prod", "dr", "dr_region") == .string("eu-central-1"))
        #expect(argument("prod", "waf", "rate_limit_per_5min") == .integer(2000))
    }

    @Test func provisionedConcurrencyOnlyInProd() {
        #expect(argument("prod", "lambda", "provisioned_concurrency") == .integer(5))
        for name in Environments.names where name != "prod" {
            #expect(argument(name, "lambda", "provisioned_concurrency") == .integer(0), "\(name)")
        }
    }

    @Test func lambdaSizingDiffers() {
        #expect(argument("dev", "lambda", "chat_memory_mb") == .integer(512))
        #expect(argument("prod", "lambda", "chat_memory_mb") == .integer(1024))
        #expect(argument("dev", "lambda", "reserved_concurrency") == .integer(10))
        #expect(argument("prod", "lambda", "reserved_concurrency") == .integer(100))
    }

    @Test func throttlingIsLowerInDev() throws {
        func limit(_ environment: String, _ name: String) throws -> Int {
            guard case .integer(let value)? = argument(environment, "api_gateway", name) else { throw Missing(name: name) }
            return value
        }
        #expect(try limit("dev", "throttling_rate_limit") < limit("prod", "throttling_rate_limit"))
        #expect(try limit("dev", "throttling_burst_limit") < limit("prod", "throttling_burst_limit"))
        #expect(argument("dev", "config", "throttling_rate_limit") == argument("dev", "api_gateway", "throttling_rate_limit"))
    }

    @Test func capacityAndRecoveryDiffer() {
        #expect(argument("dev", "database", "billing_mode") == .string("PAY_PER_REQUEST"))
        #expect(argument("prod", "database", "billing_mode") == .string("PROVISIONED"))
        #expect(argument("dev", "database", "point_in_time_recovery") == .bool(false))
        #expect(argument("prod", "database", "point_in_time_recovery") == .bool(true))
    }

    @Test func originSecretIsWiredOnlyWithWAF() {
        #expect(argument("prod", "lambda", "origin_verify_secret_arn")?.json == "${module.waf.origin_verify_secret_arn}")
        #expect(argument("prod", "policies", "origin_verify_key_arn")?.json == "${module.waf.origin_verify_key_arn}")
        for name in Environments.names where name != "prod" {
            #expect(argument(name, "lambda", "origin_verify_secret_arn") == nil, "\(name)")
            #expect(argument(name, "policies", "origin_verify_secret_arn") == nil, "\(name)")
        }
    }

    @Test func chatURLGoesThroughCloudFrontInProd() {
        #expect(Self.roots["prod"]!.module.terraform.outputs["chat_url"]?.value.json == "${module.waf.chat_url}")
        #expect(Self.roots["prod"]!.module.terraform.outputs["cloudfront_url"] != nil)
        #expect(Self.roots["dev"]!.module.terraform.outputs["chat_url"]?.value.json == "${module.api_gateway.chat_url}")
        #expect(Self.roots["dev"]!.module.terraform.outputs["cloudfront_url"] == nil)
    }

    @Test func alarmsAndBudgetFollowTheConfiguration() {
        #expect(argument("dev", "monitoring", "alarm_email") == .string(""))
        #expect(argument("dev", "budget", "alert_emails") == .list([]))
        #expect(argument("prod", "budget", "alert_emails") == .list([.string("oncall@example.com")]))
        #expect(argument("prod", "monitoring", "dlq_depth_threshold") == .integer(1))
        #expect(argument("dev", "monitoring", "dlq_depth_threshold") == .integer(10))
        #expect(argument("prod", "budget", "alert_topic_arn")?.json == "${module.monitoring.alarm_topic_arn}")
    }

    struct Missing: Error { var name: String }
}
