import Foundation
import Review
import Stack
import Testing
@testable import SynthCLI

/// One way to choose environments and one validation path: every command refuses an invalid
/// configuration with the same line and exit 2, before printing or writing anything.
@Suite struct EnvironmentSelectionTests {
    /// The registry with dev's region set to a well-shaped code that is no AWS region.
    static var invalidRegistry: [EnvironmentConfig] {
        Environments.all.map { config in
            var config = config
            if config.name == "dev" { config.region = "eu-west-9" }
            return config
        }
    }

    static let invalidDev = "synth: error: environment dev: region = \"eu-west-9\" is invalid; it is not an AWS region; "
        + "use a region code such as eu-west-1 (the list is in Sources/Stack/Configuration/AWSRegions.swift)\n"

    @Test(arguments: [
        ["envs"], ["envs", "--env", "dev"], ["cost"], ["cost", "--env", "dev"], ["lint"], ["lint", "--env", "dev"],
        ["graph", "--env", "dev"], ["diff", "--env", "dev", "--out", "OUT"], ["--env", "dev", "--out", "OUT"], ["--all", "--out", "OUT"],
        ["--check", "--out", "OUT"], ["lint-policy", "--env", "dev", "POLICY"], ["pipeline", "--out", "OUT"],
    ])
    func everyCommandRefusesAnInvalidConfiguration(arguments: [String]) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(#"{"Version":"2012-10-17","Statement":[]}"#.utf8).write(to: URL(fileURLWithPath: folder + "/policy.json"))
        let resolved = arguments.map { $0 == "OUT" ? folder : $0 == "POLICY" ? folder + "/policy.json" : $0 }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder)
        let run = runSynth(resolved, in: folder, environments: Self.invalidRegistry) { configs in
            // The selection validates before synthesis; a synthesis that runs anyway is a bug.
            Issue.record("synthesized an invalid configuration")
            return try Synthesizer.synthesize(configs)
        }
        #expect(run.status == 2)
        #expect(run.err == Self.invalidDev)
        #expect(run.out == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == before)
    }

    @Test func anotherEnvironmentIsUnaffectedByDevsMistake() {
        let run = runSynth(["cost", "--env", "prod"], environments: Self.invalidRegistry)
        #expect(run.status == 0)
        #expect(run.out == CostReport.render([CostEstimate.estimate(Environments.prod)], format: .text))
    }

    // MARK: envs --env A --env B, --changed

    @Test func envsComparesTheEnvironmentsGiven() {
        let run = runSynth(["envs", "--env", "prod", "--env", "dev"])
        #expect(run.status == 0)
        #expect(run.out == SettingsMatrix([Environments.dev, Environments.prod]).render(.text))
        #expect(run.out.hasPrefix("   setting  "))
        #expect(run.out.split(separator: "\n")[0].split(separator: " ") == ["setting", "dev", "prod"])
        // Repeating a name shows it once.
        #expect(runSynth(["envs", "--env", "dev", "--env", "dev"]).out == SettingsMatrix([Environments.dev]).render(.text))
    }

    @Test func envsChangedShowsOnlyTheSettingsThatDiffer() throws {
        let run = runSynth(["envs", "--env", "qa", "--env", "dev", "--changed", "--format", "json"])
        #expect(run.status == 0)
        let settings = try #require(try JSONParserFixture.parse(run.out)["settings"] as? [[String: Any]])
        let differing = EnvironmentConfig.settings.filter { $0.value(Environments.dev) != $0.value(Environments.qa) }.map(\.name)
        #expect(settings.map { $0["setting"] as? String } == differing)
        #expect(!differing.isEmpty)
        #expect(settings.allSatisfy { $0["differs"] as? Bool == true })
        let text = runSynth(["envs", "--env", "qa", "--env", "dev", "--changed"]).out
        #expect(text.hasSuffix("\n* differs between environments (\(differing.count) of \(EnvironmentConfig.settings.count) settings); "
            + "\(EnvironmentConfig.settings.count - differing.count) equal settings not shown\n"))
    }

    /// Two environments fit 100 columns; all five stay far under the 281 of the old table.
    @Test func envsTextFitsATerminal() {
        let two = runSynth(["envs", "--env", "dev", "--env", "prod"]).out.split(separator: "\n")
        #expect(two.map(\.count).max()! <= 100)
        let all = runSynth(["envs"]).out.split(separator: "\n")
        #expect(all.map(\.count).max()! <= 140)
    }
}

/// Foundation's JSON reader for assertions on structure (the writer under test is our own).
enum JSONParserFixture {
    static func parse(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }
}
