import PolicyLint
import Stack

/// `synth --env ENV | --all [--out DIR] [--check]`: lint, then write (or compare).
enum SynthesizeCommand: Command {
    static let name = "synth"
    static let summary = "Lint the stack, then write environments/ENV/ and modules-out/"
    static let discussion = """
        Lints the stack's IAM policies, then writes environments/ENV/ and modules-out/ under DIR
        (default: the current directory, the repository root). Nothing is written if a policy has
        an error finding or a setting is invalid; writes are atomic and wait for another synth
        writing to the same folder.
        """
    static let env = SharedOptions.env()
    static let all = OptionSpec(name: "--all", kind: .flag, help: "Every environment", group: "environments", isRequired: true)
    static let out = SharedOptions.out("Output folder (default: the current directory)")
    static let check = OptionSpec.flag("--check", help: "Write nothing; exit 1 if the files on disk differ from what synth would write (without --env, every environment)")
    static let options = [env, all, out, check, SharedOptions.showSuppressed]
    static let exitCodes: [ExitCodeSpec] = [
        .success("files written, or (--check) the files on disk are current"),
        .findings("a policy has an error finding (nothing written), or (--check) the files on disk differ"),
        .usage,
    ]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        // `--check` alone checks everything, as CI wants; writing needs an explicit choice.
        let checking = options.flag(check)
        let environments = try EnvironmentSelection.select(options, .oneOrAll(defaultsToAll: checking, verb: "synthesize"),
                                                           env: env, all: all, context: context)
        let root = context.absolute(options.value(out) ?? ".")
        let clock = ContinuousClock()
        let started = clock.now
        let synthesis = try context.synthesize(environments)
        if synthesis.isBlocked {
            context.err(FindingsOutput.render(synthesis.findings, format: .text, showSuppressed: options.flag(SharedOptions.showSuppressed), context: context))
            context.err("synth: policy lint failed (\(FindingSummary(synthesis.findings).description)); nothing was written\n")
            return .findings
        }
        if checking {
            let plan = OutputPlan.make(files: synthesis.files, root: root, scopes: scopes(synthesis, root: root, context.fileSystem),
                                       fileSystem: context.fileSystem)
            if plan.isCurrent {
                context.out("synth: \(plan.unchanged.count) files are current\n")
                return .success
            }
            let selection = options.value(env).map { "--env \($0)" } ?? "--all"
            var lines = ["synth: the output differs from what synth would write; run 'swift run synth \(selection)' and commit:"]
            for path in plan.changed.map(\.path) {
                lines.append("  \(context.fileSystem.fileExists(root + "/" + path) ? "changed" : "missing") \(path)")
            }
            for path in plan.stale { lines.append("  stale   \(path)") }
            context.err(lines.joined(separator: "\n") + "\n")
            return .findings
        }
        let writer = OutputWriter(fileSystem: context.fileSystem, processID: context.processID, lockTimeout: context.lockTimeout)
        let plan = try writer.write(synthesis.files.mapValues { Array($0.utf8) }, root: root) { fileSystem in
            scopes(synthesis, root: root, fileSystem)
        }
        context.out(Summary.lines(synthesis: synthesis, plan: plan, elapsed: clock.now - started))
        return .success
    }

    /// Folders where stale generated files are looked for: this run's environments, and every
    /// module folder on disk or produced now.
    static func scopes(_ synthesis: Synthesis, root: String, _ fileSystem: FileSystem) -> [String] {
        var folders = Set(synthesis.ownedFolders)
        for name in fileSystem.directories(in: root + "/modules-out") { folders.insert("modules-out/\(name)") }
        return folders.sorted()
    }
}
