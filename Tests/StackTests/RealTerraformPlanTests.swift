import Foundation
import IAM
import PolicyLint
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// What real Terraform made of the output, checked against the configuration: run by the
/// real-Terraform stage (`.ci/terraform-test`), which sets `SYNTH_TERRAFORM_PLANS` to a folder of
/// `terraform show -json` files — `<root>.planned.json`, the plan of the output as written, and
/// `<root>.applied.json`, the second plan after an apply against the emulator, whose prior state
/// holds every value resolved. Without the variable (a plain `swift test`) the suite is skipped.
@Suite(.enabled(if: realTerraformPlans != nil, "run by .ci/terraform-test (SYNTH_TERRAFORM_PLANS)"))
struct RealTerraformPlanTests {
    static let folder = realTerraformPlans

    /// One managed resource instance: its address inside its module, the module and its values.
    struct Instance {
        var module: String?
        var address: String
        var type: String
        var values: JSONValue
    }

    static func load(_ name: String) throws -> JSONValue? {
        guard let folder, let data = FileManager.default.contents(atPath: "\(folder)/\(name)") else { return nil }
        return try JSONParser.parse([UInt8](data))
    }

    /// Every managed resource instance under `root` (`planned_values` or `prior_state.values`).
    static func instances(_ root: JSONValue?) -> [Instance] {
        var found: [Instance] = []
        func walk(_ module: JSONValue?) {
            for resource in module?["resources"]?.arrayValue ?? [] where resource["mode"]?.stringValue == "managed" {
                let full = resource["address"]?.stringValue ?? ""
                let module = full.hasPrefix("module.") ? full.split(separator: ".")[1].split(separator: "[")[0] : nil
                let local = module.map { full.replacingOccurrences(of: "module.\($0).", with: "") } ?? full
                found.append(Instance(module: module.map(String.init), address: local, type: resource["type"]?.stringValue ?? "",
                                      values: resource["values"] ?? .null))
            }
            for child in module?["child_modules"]?.arrayValue ?? [] { walk(child) }
        }
        walk(root)
        return found
    }

    /// The applied environments' resolved state, by environment.
    static func appliedEnvironments() throws -> [(config: EnvironmentConfig, resources: [Instance])] {
        try Environments.all.compactMap { config in
            try load("\(config.name).applied.json").map { (config, instances($0["prior_state"]?["values"]?["root_module"])) }
        }
    }

    /// The plans of the output as written, by environment.
    static func plannedEnvironments() throws -> [(config: EnvironmentConfig, resources: [Instance])] {
        try Environments.all.compactMap { config in
            try load("\(config.name).planned.json").map { (config, instances($0["planned_values"]?["root_module"])) }
        }
    }

    @Test func theStageLeftPlansOfDevAndProd() throws {
        let applied = try Self.appliedEnvironments().map(\.config.name)
        #expect(applied.contains("dev") && applied.contains("prod"), "applied plans: \(applied)")
        #expect(try Self.plannedEnvironments().count == Environments.all.count)
    }

    // MARK: Policies

    /// The policy argument of each resource type that holds an IAM policy document.
    static func policyArgument(of type: String) -> (kind: PolicyKind, argument: String)? {
        guard let kind = PolicyKind.all.first(where: { $0.terraformTypes.contains(type) }), type != "aws_lambda_permission" else { return nil }
        return (kind, kind == .trust ? "assume_role_policy" : "policy")
    }

    /// Every IAM policy of the applied environments, fully resolved by AWS (the emulator), lints
    /// clean with the suppressions the stack declares for it, and nothing else.
    @Test func everyResolvedPolicyLintsClean() throws {
        let modules = Dictionary(uniqueKeysWithValues: Synthesizer.platformModules.map { ($0.name, $0.build()) })
        let linter = PolicyLinter()
        var linted = 0
        var problems: [String] = []
        for (config, resources) in try Self.appliedEnvironments() {
            for resource in resources {
                guard let (kind, argument) = Self.policyArgument(of: resource.type),
                      let text = resource.values[argument]?.stringValue, !text.isEmpty else { continue }
                let record = resource.module.flatMap { modules[$0] }?.policies.first { record in
                    record.argument == argument && resource.address.split(separator: "[")[0] == Substring(record.address)
                }
                let context = PolicyContext(module: resource.module, address: "\(resource.address).\(argument)", environment: config.name,
                                            kind: kind, suppressions: record?.document.suppressions ?? [:])
                let blocking = linter.lint(bytes: Array(text.utf8), context: context).filter(\.isBlocking)
                problems += blocking.map { "\(config.name) module.\(resource.module ?? "-").\(resource.address): \($0.rule): \($0.message)" }
                linted += 1
            }
        }
        #expect(linted >= 20, "only \(linted) policies found in the applied plans")
        #expect(problems == [])
    }

    // MARK: Names

    /// Names scoped inside a parent resource, which the parent's name already carries, and names AWS gives.
    static let scopedNames: Set<String> = [
        "aws_lambda_alias.name", "aws_apigatewayv2_stage.name", "aws_cognito_user_group.name", "aws_default_security_group.name",
    ]
    /// Attributes that name the resource itself.
    static let nameAttributes = ["name", "bucket", "function_name", "alarm_name", "dashboard_name", "group_name", "name_prefix", "rule_name"]

    /// Every resource name carries the environment's prefix (`rag-genai-<env>-`, or the
    /// `/rag-genai/<env>/` path of its parameters, or `raggenai<env>` where AWS allows no hyphen),
    /// and no name carries another environment's.
    @Test func everyNameCarriesTheEnvironment() throws {
        var problems: [String] = []
        var checked = 0
        for (config, resources) in try Self.appliedEnvironments() + Self.plannedEnvironments() {
            let own = ["\(config.prefix)-", "\(config.prefix)/", "/rag-genai/\(config.name)/", "raggenai\(config.name)"]
            let others = Environments.all.filter { $0.name != config.name }.map(\.prefix)
            for resource in resources {
                for attribute in Self.nameAttributes where !Self.scopedNames.contains("\(resource.type).\(attribute)") {
                    guard let name = resource.values[attribute]?.stringValue, !name.isEmpty else { continue }
                    checked += 1
                    let carries = own.contains { name.contains($0) } || name.hasSuffix(config.prefix)
                    if !carries { problems.append("\(config.name) \(resource.type).\(attribute) = \(name)") }
                    for other in others where name.contains("\(other)-") || name.hasSuffix(other) {
                        problems.append("\(config.name) \(resource.type).\(attribute) = \(name) names \(other)")
                    }
                }
            }
        }
        #expect(checked >= 100, "only \(checked) names found")
        #expect(Set(problems).sorted() == [])
    }

    // MARK: Sizing

    /// Lambda memory and reserved concurrency, the API's throttling and the table's deletion
    /// protection are what the configuration says, in the plan as written and after apply.
    @Test func sizingMatchesTheConfiguration() throws {
        var problems: [String] = []
        func expect(_ config: EnvironmentConfig, _ what: String, _ actual: JSONValue?, _ expected: Int) {
            if actual?.numberValue != Double(expected) { problems.append("\(config.name) \(what) = \(actual.map { "\($0)" } ?? "nil"), configured \(expected)") }
        }
        let environments = try Self.appliedEnvironments() + Self.plannedEnvironments()
        for (config, resources) in environments {
            func resource(_ module: String, _ address: String) -> JSONValue? {
                resources.first { $0.module == module && $0.address == address }?.values
            }
            expect(config, "chat memory_size", resource("lambda", "aws_lambda_function.chat")?["memory_size"], config.lambda.chatMemoryMB)
            expect(config, "ingest memory_size", resource("lambda", "aws_lambda_function.ingest")?["memory_size"], config.lambda.ingestMemoryMB)
            expect(config, "chat timeout", resource("lambda", "aws_lambda_function.chat")?["timeout"], config.lambda.chatTimeoutSeconds)
            for function in ["chat", "ingest"] {
                expect(config, "\(function) reserved_concurrent_executions",
                       resource("lambda", "aws_lambda_function.\(function)")?["reserved_concurrent_executions"], config.lambda.reservedConcurrency)
            }
            let route = resource("api_gateway", "aws_apigatewayv2_stage.default")?["default_route_settings"]?.arrayValue?.first
            expect(config, "throttling_burst_limit", route?["throttling_burst_limit"], config.api.throttlingBurstLimit)
            expect(config, "throttling_rate_limit", route?["throttling_rate_limit"], config.api.throttlingRateLimit)
        }
        // The emulator's copy is made destroyable (.ci/moto-exclusions.json, for_destroy): the plan as written is the one that counts.
        for (config, resources) in try Self.plannedEnvironments() {
            let table = resources.first { $0.module == "database" && $0.address == "aws_dynamodb_table.costs" }?.values
            if table?["deletion_protection_enabled"] != .bool(config.database.deletionProtection) {
                problems.append("\(config.name) deletion_protection_enabled = \(table?["deletion_protection_enabled"].map { "\($0)" } ?? "nil"), configured \(config.database.deletionProtection)")
            }
        }
        #expect(environments.count >= Environments.all.count)
        #expect(problems == [])
    }
}

/// The folder of `terraform show -json` files the real-Terraform stage passes in.
let realTerraformPlans = ProcessInfo.processInfo.environment["SYNTH_TERRAFORM_PLANS"]

extension JSONValue {
    /// The value as a number (Terraform's JSON has no integer type).
    var numberValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .decimal(let value): return value
        default: return nil
        }
    }
}
