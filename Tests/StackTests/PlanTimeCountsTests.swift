import Foundation
import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// Terraform must know every `count` and `for_each` at plan time: on a fresh deployment a count
/// computed from a resource attribute fails with "Invalid count argument". So whether an optional
/// resource exists comes only from the configuration, as a literal the root passes
/// (`enable_tiers = true`), never from comparing a wired ARN with "".
@Suite struct PlanTimeCountsTests {
    /// Every environment as configured, and each with every option on (both vector stores), so
    /// modules no environment calls today are checked too.
    static var roots: [EnvironmentRoot] {
        Environments.all.flatMap { config -> [EnvironmentRoot] in
            var opensearch = config
            opensearch.options = EnterpriseOptions(vectorStore: .openSearchServerless, cache: true, rerankModelID: "amazon.rerank-v1:0",
                                                   tiers: true, blueGreen: true)
            var aurora = opensearch
            aurora.options.vectorStore = .auroraPgvector
            var hardened = aurora
            hardened.protection.waf = true
            hardened.protection.disasterRecovery = true
            return [config, opensearch, aurora, hardened].map(EnvironmentRoot.init)
        }
    }

    /// The variables a module's `count` and `for_each` expressions read, by block address.
    static func countVariables(of module: TerraformModule) -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for (address, declared) in module.resources.merging(module.dataSources, uniquingKeysWith: { first, _ in first }) {
            let expressions = [declared.meta.count?.expression, declared.meta.forEach].compactMap { $0 }
            let names = expressions.flatMap { variableNames(in: $0.hcl) }
            if !names.isEmpty { found[address] = Set(names) }
        }
        return found
    }

    /// `var.NAME` occurrences in HCL text (raw conditions included, which typed references miss).
    static func variableNames(in hcl: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\bvar\.([A-Za-z_][A-Za-z0-9_-]*)"#)
        let range = NSRange(hcl.startIndex..., in: hcl)
        return pattern.matches(in: hcl, range: range).compactMap { Range($0.range(at: 1), in: hcl).map { String(hcl[$0]) } }
    }

    /// Whether `expression` reads anything Terraform computes: a resource, a data source or a module output.
    static func isComputed(_ expression: TerraformCore.Expression) -> Bool {
        expression.references.contains { reference in
            switch reference.root {
            case .resource, .data, .module: return true
            case .variable, .local, .other: return false
            }
        }
    }

    /// One line per count that reads a computed value through a module call's argument.
    static func problems(_ roots: [(root: String, calls: [(call: ModuleCall, module: String)])],
                         modules: [String: TerraformModule]) -> [String] {
        var problems: Set<String> = []
        for (root, calls) in roots {
            for (call, name) in calls {
                guard let module = modules[name] else { continue }
                for (address, variables) in countVariables(of: module) {
                    for variable in variables {
                        if let argument = call.arguments[variable], isComputed(argument) {
                            problems.insert("\(root): module.\(name).\(address) counts with var.\(variable) = \(argument.hcl)")
                        }
                    }
                }
            }
        }
        return problems.sorted()
    }

    static let modules = Dictionary(uniqueKeysWithValues: Synthesizer.platformModules.map { ($0.name, $0.build().terraform) })

    @Test func noCountDependsOnAValueKnownOnlyAfterApply() {
        let roots = Self.roots.map { (root: $0.config.name, calls: $0.calls) } + [(root: "bootstrap", calls: BootstrapRoot().calls)]
        #expect(Self.problems(roots, modules: Self.modules) == [])
    }

    @Test func theCheckFindsACountOnAWiredAttribute() throws {
        let policies = try #require(Self.modules[PoliciesModule.name])
        #expect(Self.countVariables(of: policies)["aws_iam_role_policy.chat_tiers"] == ["enable_tiers"])
        #expect(Self.variableNames(in: #"var.quota_table_arn != "" ? 1 : 0"#) == ["quota_table_arn"])
        let wired = ModuleCall(PoliciesModule.name, source: "../../modules-out/policies",
                               arguments: ["enable_tiers": .reference(Reference(.module("tiers"), path: ["quota_table_arn"]))])
        #expect(Self.problems([(root: "probe", calls: [(wired, PoliciesModule.name)])], modules: Self.modules)
            == ["probe: module.policies.aws_iam_role_policy.chat_tiers counts with var.enable_tiers = module.tiers.quota_table_arn"])
        #expect(!Self.isComputed(TerraformCore.Expression.bool(true)))
        #expect(!Self.isComputed(TerraformCore.Expression.reference(Reference(.variable("chat_live_version")))))
    }
}
