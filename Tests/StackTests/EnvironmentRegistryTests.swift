import Testing
import IAM
import PolicyLint
import TerraformCore
@testable import Constructs
@testable import Stack

/// The environment registry is the one list of environments: a new one is a configuration and
/// an entry in `Environments.promoted`, and nothing else needs to know its name.
@Suite struct EnvironmentRegistryTests {
    /// A sixth environment, `perf`, as a new engineer would add it: staging's settings, its own account.
    static var perf: EnvironmentConfig {
        var perf = Environments.staging
        perf.name = "perf"
        perf.account = "666666666666"
        perf.api.corsOrigins = ["https://perf.rag-genai.example.com"]
        return perf
    }

    @Test func promotionOrderAndProductionComeFromTheRegistry() {
        #expect(Environments.promotionOrder == ["dev", "qa", "demo", "staging", "prod"])
        #expect(Environments.names == Environments.promotionOrder.sorted())
        #expect(Environments.production.name == "prod")
        #expect(Environments.all.filter(\.isProduction).map(\.name) == ["prod"])
    }

    @Test func aSixthEnvironmentSynthesizesWithNoOtherChange() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all + [Self.perf])
        let main = try #require(synthesis.files["environments/perf/main.tf.json"])
        #expect(main.contains("\"name_prefix\": \"rag-genai-perf\""))
        #expect(!synthesis.isBlocked)
        // No module validation lists the environments, so Terraform accepts `perf` at plan time.
        for (path, text) in synthesis.files where path.hasPrefix("modules-out/") {
            #expect(!text.contains("\\\"staging\\\""), "\(path) names an environment")
        }
    }

    @Test func theGateKnowsANewEnvironmentForCrossEnvironmentFindings() {
        let known = Synthesizer.knownEnvironments(Environments.all + [Self.perf])
        #expect(known.contains("perf"))
        var module = StackModule("leaky")
        var role = Role("reader", roleName: "rag-genai-prod-reader", service: "lambda.amazonaws.com", account: "333333333333")
        role.add(.allow([.s3.getObject], on: ["arn:aws:s3:::rag-genai-perf-vectors/*"], sid: "ReadPerf"))
        role.declare(in: &module, description: "test")
        let findings = PolicyGate.lint(module, file: "m", environment: "prod", knownEnvironments: known)
        #expect(findings.map(\.rule) == ["cross-environment"])
    }
}
