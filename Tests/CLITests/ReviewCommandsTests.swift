import Foundation
import Review
import Stack
import Testing
@testable import SynthCLI
import SynthTestSupport

/// `synth diff`, `graph`, `envs`, `cost` and their help, run in-process: argv in, exit code,
/// standard output and standard error out.
@Suite struct ReviewCommandsTests {
    static func synth(_ arguments: [String], in directory: String = NSTemporaryDirectory()) -> SynthRun {
        runSynth(arguments, in: directory)
    }

    static func temporaryFolder(_ label: String = #function) throws -> String { try makeTemporaryFolder(label) }

    // MARK: usage errors: exit 2, one line on standard error

    @Test(arguments: [
        (["diff", "--env", "prd"], #"unknown environment "prd"; expected one of: demo, dev, prod, qa, staging"#),
        (["diff", "--format", "xml"], #"invalid value "xml" for --format; expected one of: text, markdown, json"#),
        (["diff", "--verbose"], "unknown option --verbose for 'diff'; run 'synth diff --help' for usage"),
        (["diff", "--env", "dev", "--all"], "--env and --all cannot be combined; pass one of them"),
        (["graph"], "choose one environment: --env ENV (one of: demo, dev, prod, qa, staging)"),
        (["graph", "--env", "prd"], #"unknown environment "prd"; expected one of: demo, dev, prod, qa, staging"#),
        (["graph", "--env", "dev", "--format", "png"], #"invalid value "png" for --format; expected one of: dot, mermaid"#),
        (["graph", "--all"], "unknown option --all for 'graph'; run 'synth graph --help' for usage"),
        (["envs", "--format", "xml"], #"invalid value "xml" for --format; expected one of: text, markdown, json"#),
        (["envs", "--all"], "unknown option --all for 'envs'; run 'synth envs --help' for usage"),
        (["envs", "--env", "prd"], #"unknown environment "prd"; expected one of: demo, dev, prod, qa, staging"#),
        (["graph", "--env", "dev", "--module", "nope"], "unknown module \"nope\" in environment dev; expected one of: api_gateway, auth, budget, config, database, github_oidc, lambda, monitoring, observability_link, policies, storage, tracing"),
        (["graph", "--env", "dev", "--modules", "--module", "lambda"], "--modules and --module cannot be combined; pass one of them"),
        (["lint", "--all=yes"], "option --all takes no value; write --all alone"),
        (["completion"], "'completion' needs at least one SHELL; run 'synth completion --help' for usage"),
        (["completion", "tcsh"], #"invalid value "tcsh" for SHELL; expected one of: bash, zsh, fish"#),
        (["completion", "bash", "zsh"], #"unexpected argument "zsh" for 'completion'; run 'synth completion --help' for usage"#),
        (["cost", "--env", "prd"], #"unknown environment "prd"; expected one of: demo, dev, prod, qa, staging"#),
        (["cost", "--format", "sarif"], #"invalid value "sarif" for --format; expected one of: text, markdown, json"#),
        (["cost", "extra"], #"unexpected argument "extra" for 'cost'; run 'synth cost --help' for usage"#),
        (["nope", "--help"], #"unknown command "nope"; expected one of: lint, lint-policy, diff, graph, envs, cost, pipeline, package, completion; run 'synth --help' for usage"#),
    ])
    func badInputIsAOneLineUsageError(arguments: [String], message: String) {
        let result = Self.synth(arguments)
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err == "synth: error: \(message)\n")
    }

    @Test func diffNeedsAnExistingOutputFolder() {
        let result = Self.synth(["diff", "--env", "dev", "--out", "/nonexistent/synth-out"])
        #expect(result.status == 2)
        #expect(result.err == "synth: error: output folder /nonexistent/synth-out does not exist; pass the folder synth writes to with --out DIR\n")
    }

    // MARK: diff against real output

    @Test func diffIsCleanAfterSynthAndReportsAnEditedSetting() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Self.synth(["--env", "dev", "-q"], in: folder).status == 0)

        let clean = Self.synth(["diff", "--env", "dev"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.out == "synth diff: no differences\n")
        #expect(clean.err == "")

        // Someone edits the committed root by hand: diff shows what synth would put back.
        let path = folder + "/environments/dev/main.tf.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = try #require(text.range(of: #""environment": "dev""#))
        try text.replacingCharacters(in: edited, with: #""environment": "edited""#).write(toFile: path, atomically: true, encoding: .utf8)

        let changed = Self.synth(["diff", "--env", "dev", "--format", "markdown"], in: folder)
        #expect(changed.status == 1)
        #expect(changed.out.hasPrefix("### synth diff\n\n"))
        #expect(changed.out.contains("#### `environments/dev`\n\n- changed `module."))
        #expect(changed.out.contains(#"  - `environment`: `"edited"` → `"dev"`"#))

        let json = Self.synth(["diff", "--env", "dev", "--format", "json", "--out", "."], in: folder)
        #expect(json.status == 1)
        #expect(JSONValueFixture(json.out).value["differs"] == true)
    }

    @Test func diffOfAnEmptyFolderAddsEveryFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = Self.synth(["diff", "--env", "dev"], in: folder)
        #expect(result.status == 1)
        #expect(result.out.contains("\nfiles:\n  + "))
        #expect(result.out.contains("\n  + environments/dev/main.tf.json\n"))
        #expect(result.out.contains("\nGRANTED (new access):\n"))
    }

    // MARK: graph, envs, cost

    @Test func graphPrintsDOTByDefaultAndMermaidOnRequest() {
        let dot = Self.synth(["graph", "--env", "dev"])
        #expect(dot.status == 0)
        #expect(dot.out.hasPrefix("digraph synth {\n  // "))
        #expect(dot.out.contains(" switched off in this environment (count 0) are not drawn\n  rankdir=LR;\n"))
        #expect(dot.out.contains("  subgraph \"cluster_lambda\" {\n    label=\"module.lambda (modules-out/lambda)\";\n"))
        #expect(dot.out.hasSuffix("}\n"))
        let mermaid = Self.synth(["graph", "--format", "mermaid", "--env", "dev"])
        #expect(mermaid.status == 0)
        #expect(mermaid.out.hasPrefix("flowchart LR\n"))
        #expect(Self.synth(["graph", "--env", "dev"]).out == dot.out)
    }

    @Test func envsPrintsTheSettingsMatrix() {
        for format in ReportFormat.allCases {
            let result = Self.synth(format == .text ? ["envs"] : ["envs", "--format", format.rawValue])
            #expect(result.status == 0)
            #expect(result.out == SettingsMatrix(Environments.all).render(format))
        }
    }

    @Test func costPrintsOneEnvironmentOrAll() {
        let one = Self.synth(["cost", "--env", "dev"])
        #expect(one.status == 0)
        #expect(one.out == CostReport.render([CostEstimate.estimate(Environments.dev)], format: .text))
        let all = Self.synth(["cost", "--all", "--format", "json"])
        #expect(all.status == 0)
        #expect(all.out == CostReport.render(Environments.all.map { CostEstimate.estimate($0) }, format: .json))
        #expect(Self.synth(["cost"]).out == Self.synth(["cost", "--all"]).out)
    }

    // MARK: help

    @Test(arguments: ["diff", "graph", "envs", "cost", "package", "completion"])
    func everyCommandHasHelp(command: String) {
        let result = Self.synth([command, "--help"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("USAGE: synth \(command)"))
        #expect(Self.synth(["help", command]).out == result.out)
        #expect(Self.synth(["--help"]).out.contains("\n  \(command) "))
    }
}
