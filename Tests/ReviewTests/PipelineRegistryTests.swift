import Testing
@testable import Review
@testable import Stack

/// The pipeline takes its order from the registry: a new environment runs where it is placed
/// in the promotion order, production stays last, and the one before production is smoke-tested.
@Suite struct PipelineRegistryTests {
    @Test func aNewEnvironmentIsAppliedWhereThePromotionOrderPutsIt() {
        let perf = Environments.staging.with { $0.name = "perf"; $0.account = "666666666666" }
        let promoted = [Environments.dev, Environments.qa, perf, Environments.staging, Environments.prod]
        let workflow = PipelineWorkflow(stages: promoted.map(PipelineWorkflow.Stage.init))
        #expect((workflow.first, workflow.smokeTested, workflow.last) == ("dev", "staging", "prod"))
        let text = workflow.render()
        let jobs = text.components(separatedBy: "\njobs:\n")[1].split(separator: "\n")
            .filter { $0.hasPrefix("  apply-") }.map { String($0.dropFirst(8).dropLast()) }
        #expect(jobs == ["dev", "qa", "perf", "staging", "prod"])
    }

    @Test func theStandardPipelineFollowsTheRegistry() {
        let workflow = PipelineWorkflow.standard
        #expect(workflow.stages.map(\.name) == Environments.promotionOrder)
        #expect(workflow.last == Environments.production.name)
    }
}
