import Testing
import TerraformCore
@testable import Constructs
@testable import Stack

/// Every data store an environment has is backed up as its settings ask: with disaster recovery
/// on, each store is in one of the DR module's AWS Backup selections, switched on by a literal
/// the root passes; point-in-time recovery of the cost table follows `database.pointInTimeRecovery`.
@Suite struct BackupCoverageTests {
    /// The data stores, by the module that creates each and the output naming its ARN (derived
    /// from the root's calls, not from the options, so the test does not repeat the wiring).
    static let stores: [(module: String, output: String)] = [
        (DatabaseModule.name, "table_arn"), (StorageModule.name, "bucket_arn"),
        (TiersModule.name, "quota_table_arn"), (VectorAuroraModule.name, "cluster_arn"),
    ]

    /// Every environment with every combination of the options that add a store (both tiers
    /// settings, every vector store) and of disaster recovery, plus the option sets of
    /// ``PlanTimeCountsTests/roots``.
    static var roots: [EnvironmentRoot] {
        let combinations = Environments.all.flatMap { config in
            EnterpriseOptions.VectorStore.allCases.flatMap { store in
                [false, true].flatMap { tiers in
                    [false, true].map { disasterRecovery -> EnvironmentRoot in
                        var variant = config
                        variant.options.vectorStore = store
                        variant.options.tiers = tiers
                        variant.protection.disasterRecovery = disasterRecovery
                        return EnvironmentRoot(variant)
                    }
                }
            }
        }
        return combinations + PlanTimeCountsTests.roots
    }

    static let drModule = DRModule.build().terraform

    /// What `root` backs up: the HCL of each store ARN a selection of its DR call covers, when the
    /// selection's count flag is the literal `true` (or it has no count).
    static func backedUp(in calls: [(call: ModuleCall, module: String)], dr: TerraformModule = drModule) -> Set<String> {
        guard let call = calls.first(where: { $0.module == DRModule.name })?.call else { return [] }
        var covered: Set<String> = []
        for declared in dr.resources.values where declared.type == "aws_backup_selection" {
            if let count = declared.meta.count?.expression {
                let flags = PlanTimeCountsTests.variableNames(in: count.hcl)
                guard !flags.isEmpty, flags.allSatisfy({ call.arguments[$0]?.hcl == "true" }) else { continue }
            }
            for reference in declared.body.arguments["resources"]?.references ?? [] {
                if case .variable(let name) = reference.root, let argument = call.arguments[name] { covered.insert(argument.hcl) }
            }
        }
        return covered
    }

    /// One line per store a root has without the backup its settings ask for.
    static func problems(_ root: EnvironmentRoot, calls: [(call: ModuleCall, module: String)]? = nil) -> [String] {
        let calls = calls ?? root.calls
        let config = root.config
        let label = "\(config.name) (\(config.options.vectorStore.rawValue), tiers \(config.options.tiers), DR \(config.protection.disasterRecovery))"
        let present = stores.filter { store in calls.contains { $0.module == store.module } }.map { "module.\($0.module).\($0.output)" }
        var problems: [String] = []
        if config.protection.disasterRecovery {
            let covered = backedUp(in: calls)
            problems += present.filter { !covered.contains($0) }.map { "\(label): \($0) is in no backup selection" }
        } else if calls.contains(where: { $0.module == DRModule.name }) {
            problems.append("\(label): backs up without disaster recovery")
        }
        let database = calls.first { $0.module == DatabaseModule.name }?.call
        if database?.arguments["point_in_time_recovery"]?.hcl != (config.database.pointInTimeRecovery ? "true" : "false") {
            problems.append("\(label): the cost table's point-in-time recovery is not \(config.database.pointInTimeRecovery)")
        }
        return problems
    }

    @Test func everyStoreIsBackedUpAsItsSettingsSay() {
        let roots = Self.roots
        #expect(roots.count == Environments.all.count * (EnterpriseOptions.VectorStore.allCases.count * 2 * 2 + 4))
        #expect(roots.flatMap { Self.problems($0) } == [])
        // The walk reaches every store with disaster recovery on.
        let covered = roots.filter(\.config.protection.disasterRecovery).reduce(into: Set<String>()) { $0.formUnion(Self.backedUp(in: $1.calls)) }
        #expect(covered == Set(Self.stores.map { "module.\($0.module).\($0.output)" }))
    }

    @Test func theCheckFindsAStoreWithoutItsBackup() throws {
        var config = Environments.production
        config.options.vectorStore = .auroraPgvector
        config.options.tiers = true
        let root = EnvironmentRoot(config)
        #expect(Self.problems(root) == [])
        // The root forgets the quota table's flag and the Aurora cluster's ARN.
        let calls = root.calls.map { entry -> (call: ModuleCall, module: String) in
            guard entry.module == DRModule.name else { return entry }
            var arguments = entry.call.arguments
            arguments["enable_quota_table_backup"] = nil
            arguments["aurora_cluster_arn"] = nil
            return (ModuleCall(entry.module, source: entry.call.source, arguments: arguments), entry.module)
        }
        #expect(Self.problems(root, calls: calls) == [
            "prod (aurora-pgvector, tiers true, DR true): module.tiers.quota_table_arn is in no backup selection",
            "prod (aurora-pgvector, tiers true, DR true): module.vector_aurora.cluster_arn is in no backup selection",
        ])
        // Without disaster recovery nothing is asked for, and a DR call would be reported.
        var plain = config
        plain.protection.disasterRecovery = false
        #expect(Self.problems(EnvironmentRoot(plain)) == [])
        #expect(Self.problems(EnvironmentRoot(plain), calls: root.calls) == ["prod (aurora-pgvector, tiers true, DR false): backs up without disaster recovery"])
    }
}
