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
        // And the other way: perf's own policy naming prod's bucket.
        var perfModule = StackModule("leaky")
        var perfRole = Role("reader", roleName: "rag-genai-perf-reader", service: "lambda.amazonaws.com", account: "666666666666")
        perfRole.add(.allow([.s3.getObject], on: ["arn:aws:s3:::rag-genai-prod-vectors/*"], sid: "ReadProd"))
        perfRole.declare(in: &perfModule, description: "test")
        #expect(PolicyGate.lint(perfModule, file: "m", environment: "perf", knownEnvironments: known).map(\.rule) == ["cross-environment"])
    }

    @Test func everyEnvironmentStatesOnlyItsDifferencesFromTheBase() throws {
        // The base is not an environment: without a name and account it cannot be synthesized.
        #expect(throws: ConfigurationError.self) { try Environments.base.validate() }
        // Settings the same everywhere are written once, in the base.
        let shared = EnvironmentConfig.settings.filter { setting in
            Set(Environments.all.map { setting.value($0) }).count == 1
        }.map(\.name)
        for name in shared {
            let setting = try #require(EnvironmentConfig.setting(named: name))
            #expect(setting.value(Environments.base) == setting.value(Environments.dev), "\(name) is the same everywhere but not in the base")
        }
        #expect(shared.contains("region") && shared.contains("models.embeddingModelID"))
    }
}

/// The settings table is the one declaration of each setting: validation, `synth envs` and the
/// module variables' validations come from it.
@Suite struct SettingsTableTests {
    @Test func settingNamesAreUnique() {
        let names = EnvironmentConfig.settings.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func aRangeSettingValidatesTheModuleVariableWithTheSameRange() {
        let validation = EnvironmentSetting.chatMemoryMB.validation(of: "chat_memory_mb")
        #expect(validation.condition.hcl == "var.chat_memory_mb >= 128 && var.chat_memory_mb <= 10240")
        #expect(validation.errorMessage == "chat_memory_mb must be 128-10240 (environment setting lambda.chatMemoryMB).")
        // The lambda module's variable carries exactly that validation.
        let lambda = LambdaModule.build().terraform
        #expect(lambda.variables["chat_memory_mb"]?.validations == [validation])
    }

    @Test func theTableRejectsWhatItsRangeExcludesAndAcceptsItsBounds() {
        for bound in [128, 10240] {
            #expect(throws: Never.self) { try Environments.dev.with { $0.lambda.chatMemoryMB = bound }.validate() }
        }
        #expect(EnvironmentSetting.chatMemoryMB.error(for: Environments.dev.with { $0.lambda.chatMemoryMB = 127 })
            == .invalidSetting(environment: "dev", setting: "lambda.chatMemoryMB", value: "127", limit: "Lambda memory must be 128-10240 MB"))
    }
}
