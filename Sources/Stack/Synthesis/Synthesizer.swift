import Constructs
import PolicyLint
import TerraformCore

/// Everything one synth run produces, in memory: nothing is written until the caller decides.
public struct Synthesis: Sendable {
    /// File contents by path relative to the output folder (`environments/prod/main.tf.json`, ...).
    public var files: [String: String] = [:]
    /// Policy findings from every environment, suppressed ones included.
    public var findings: [Finding] = []
    /// Resource count per module folder (`modules-out/storage`, `environments/prod`).
    public var resourceCounts: [String: Int] = [:]
    /// The environments synthesized, in the order asked for.
    public var environments: [String] = []
    /// Folders this run owns, where generated files it no longer produces are stale.
    public var ownedFolders: [String] = []

    /// Whether any finding blocks writing (an unsuppressed error).
    public var isBlocked: Bool { findings.contains(where: \.isBlocking) }

    /// Adds what another part of the run produced (its folders are distinct from this one's).
    mutating func merge(_ part: Synthesis) {
        files.merge(part.files) { $1 }
        findings += part.findings
        resourceCounts.merge(part.resourceCounts) { $1 }
        ownedFolders += part.ownedFolders
    }
}

/// The pipeline: validate configuration → model modules and roots → lint every policy → render.
public enum Synthesizer {
    /// The shared modules, in `modules-out/` folder order.
    static let platformModules: [any PlatformModule.Type] = [
        APIGatewayModule.self, AuthModule.self, BudgetModule.self, ConfigModule.self, DatabaseModule.self, DRModule.self,
        DRReplicaModule.self, GitHubOIDCModule.self, GlobalDashboardModule.self, LambdaModule.self, MonitoringModule.self,
        ObservabilityLinkModule.self, ObservabilitySinkModule.self, PoliciesModule.self, StateModule.self, StorageModule.self,
        TracingModule.self, WAFModule.self,
    ] + EnvironmentRoot.optionModules

    /// Synthesizes `environments` (validated first) and every shared module.
    public static func synthesize(_ environments: [EnvironmentConfig], linter: PolicyLinter = PolicyLinter()) throws -> Synthesis {
        for environment in environments { try environment.validate() }
        try Environments.validateState()
        var synthesis = Synthesis()
        synthesis.environments = environments.map(\.name)

        // Two phases, each on every core: model every shared module and every root, then lint
        // and render each. Parts are merged in the order of the pieces, so the output does not
        // depend on which thread finished first.
        let pieces = platformModules.map(SynthesisPiece.module) + environments.map(SynthesisPiece.root) + [.root(nil)]
        // Roots model and lint most: they start first.
        let models = pieces.parallelMap(costliestFirst: { $0.isRoot ? 1 : 0 }) { $0.model() }
        // The pieces start with the shared modules, in order: their models are the first ones.
        let modules = Dictionary(uniqueKeysWithValues: zip(platformModules, models).map { ($0.name, $1.module) })
        let known = knownEnvironments(environments)
        let parts = try models.parallelMap(costliestFirst: { $0.lintLoad(modules: modules) }) { model in
            try model.synthesize(known: known, modules: modules, linter: linter)
        }
        for part in parts { synthesis.merge(part) }
        // A shared module is linted once per environment that calls it; a finding that reads the
        // same in several environments is reported once.
        synthesis.findings = deduplicated(synthesis.findings)
        // The models are rendered and linted: their teardown need not hold up writing the files.
        releaseInBackground((models, modules))
        return synthesis
    }

    /// The findings, each that reads the same as an earlier one dropped, in order. Kept findings
    /// are found by a hash of the few fields that tell findings apart (hashing every field,
    /// message and suppression reason included, cost more than linting) and compared in full.
    static func deduplicated(_ findings: [Finding]) -> [Finding] {
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count)
        var positions: [Int: [Int]] = [:]
        for finding in findings {
            var hasher = Hasher()
            hasher.combine(finding.rule)
            hasher.combine(finding.address)
            hasher.combine(finding.statementIndex)
            hasher.combine(finding.action)
            let key = hasher.finalize()
            if let earlier = positions[key], earlier.contains(where: { kept[$0] == finding }) { continue }
            positions[key, default: []].append(kept.count)
            kept.append(finding)
        }
        return kept
    }

    /// The names `cross-environment` looks for: the registry's, and any environment synthesized
    /// beside them (one a test adds), so a policy naming another environment's resource is caught.
    static func knownEnvironments(_ environments: [EnvironmentConfig]) -> [String] {
        var known = Environments.names
        for name in environments.map(\.name) where !known.contains(name) { known.append(name) }
        return known
    }

    /// Lints a root's module calls (each module with the arguments this root passes) and the root
    /// itself, then renders it into `environments/<root>`.
    static func add(root: StackModule, calls: [(call: ModuleCall, module: String)], environment: String?, known: [String],
                    modules: [String: StackModule], linter: PolicyLinter, _ synthesis: inout Synthesis) throws {
        let folder = "environments/\(root.name)"
        let wiring = ModuleWiring(root: root.name, calls: calls, modules: modules)
        try wiring.check(rootOutputs: root.terraform.outputs.keys.sorted().map { root.terraform.outputs[$0]! })
        for (call, name) in calls {
            guard let module = modules[name] else { continue }
            synthesis.findings += PolicyGate.lint(module, file: "modules-out/\(name)/main.tf.json", environment: environment,
                                                  knownEnvironments: known, arguments: wiring.resolvingOutputs(call.arguments), linter: linter)
        }
        synthesis.findings += PolicyGate.lint(root, file: "\(folder)/main.tf.json", environment: environment, knownEnvironments: known, linter: linter)
        try render(root.terraform, into: folder, &synthesis)
        synthesis.ownedFolders.append(folder)
    }

    /// The providers a shared module declares: aws only (packages are built by `synth package`, not by a provider).
    static func requiredProviders(of module: TerraformModule) -> [String: TerraformSettings.RequiredProvider] {
        ["aws": EnvironmentRoot.awsProvider]
    }

    static func render(_ module: TerraformModule, into folder: String, _ synthesis: inout Synthesis) throws {
        // Straight to text: the same bytes as writing `module.render()`, without the JSON tree.
        for (name, text) in try module.renderText() {
            synthesis.files["\(folder)/\(name)"] = text
        }
        synthesis.resourceCounts[folder] = module.resources.count
    }
}
