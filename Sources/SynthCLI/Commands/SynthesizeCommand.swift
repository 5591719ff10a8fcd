import PolicyLint
import Stack

/// `synth --env ENV | --all [--out DIR] [--check] [-q]`: lint, then write (or compare).
struct SynthesizeCommand {
    let parsed: ParsedArguments
    let console: Console
    let fileSystem: FileSystem
    let processID: Int32
    let synthesize: SynthCommandLine.Synthesize

    init(_ arguments: [String], console: Console, fileSystem: FileSystem, processID: Int32,
         synthesize: @escaping SynthCommandLine.Synthesize) throws(CLIError) {
        self.synthesize = synthesize
        parsed = try ParsedArguments(arguments, command: "synth", valueOptions: ["--env", "--out"], flagOptions: ["--all", "--check", "-q"])
        self.console = console
        self.fileSystem = fileSystem
        self.processID = processID
    }

    func run() throws -> ExitCode {
        // `--check` alone checks everything, as CI wants; writing needs an explicit choice.
        let environments = try SynthCommandLine.selectedEnvironments(parsed, command: "synthesize", required: !parsed.flags.contains("--check"))
        let root = outputRoot
        let clock = ContinuousClock()
        let started = clock.now
        let synthesis = try synthesize(environments)
        if synthesis.isBlocked {
            console.err(TextFormatter(color: console.useColor).format(synthesis.findings))
            console.err("synth: policy lint failed (\(FindingSummary(synthesis.findings).description)); nothing was written\n")
            return .findings
        }
        let plan = OutputPlan.make(files: synthesis.files, root: root, scopes: scopes(synthesis, root: root), fileSystem: fileSystem)
        if parsed.flags.contains("--check") {
            if plan.isCurrent {
                if !quiet { console.out("synth: \(plan.unchanged.count) files are current\n") }
                return .success
            }
            var lines = ["synth: the output differs from what synth would write; run 'swift run synth \(selectionArguments)' and commit:"]
            for path in plan.changed.map(\.path) {
                lines.append("  \(fileSystem.fileExists(root + "/" + path) ? "changed" : "missing") \(path)")
            }
            for path in plan.stale { lines.append("  stale   \(path)") }
            console.err(lines.joined(separator: "\n") + "\n")
            return .findings
        }
        try OutputWriter(fileSystem: fileSystem, processID: processID).apply(plan, root: root)
        if !quiet {
            console.out(Summary.lines(synthesis: synthesis, plan: plan, elapsed: clock.now - started))
        }
        return .success
    }

    var quiet: Bool { parsed.flags.contains("-q") }

    var outputRoot: String {
        let out = parsed.values["--out"] ?? "."
        if out.hasPrefix("/") { return out }
        return out == "." ? console.workingDirectory : console.workingDirectory + "/" + out
    }

    var selectionArguments: String {
        if let env = parsed.values["--env"] { return "--env \(env)" }
        return "--all"
    }

    /// Folders where stale generated files are looked for: this run's environments, every
    /// module folder on disk or produced now.
    func scopes(_ synthesis: Synthesis, root: String) -> [String] {
        var folders = Set(synthesis.ownedFolders)
        for name in fileSystem.directories(in: root + "/modules-out") { folders.insert("modules-out/\(name)") }
        return folders.sorted()
    }
}
