import PolicyLint
import Stack

/// `synth diff [--env ENV | --all] [--out DIR] [--format text|json|markdown]`: what synth would
/// write now against what is on disk under DIR, by block, argument and IAM permission.
///
/// Exit 0 when nothing differs, 1 when something does (or a policy has an error finding, which
/// would stop `synth` from writing), 2 on usage errors. Without `--env`, every environment.
struct DiffCommand {
    static let formats = ["text", "json", "markdown"]

    let parsed: ParsedArguments
    let console: Console
    let fileSystem: FileSystem

    init(_ arguments: [String], console: Console, fileSystem: FileSystem) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "diff", valueOptions: ["--env", "--out", "--format"], flagOptions: ["--all"])
        self.console = console
        self.fileSystem = fileSystem
    }

    func run() throws -> ExitCode {
        let format = try parsed.choice("--format", allowed: Self.formats, default: "text")
        let environments = try SynthCommandLine.selectedEnvironments(parsed, command: "diff", required: false)
        let root = SynthCommandLine.folder(parsed.values["--out"], console: console)
        guard fileSystem.fileExists(root) else {
            throw CLIError("output folder \(root) does not exist; pass the folder synth writes to with --out DIR")
        }
        let synthesis = try Synthesizer.synthesize(environments)
        let report = SemanticDiff.compare(old: filesOnDisk(synthesis, root: root), new: synthesis.files)
        switch format {
        case "json": console.out(report.json)
        case "markdown": console.out(report.markdown)
        default: console.out(report.text)
        }
        if synthesis.isBlocked {
            console.err("synth: policy lint failed (\(FindingSummary(synthesis.findings).description)); 'synth' would write nothing; run 'synth lint' for details\n")
            return .findings
        }
        return report.isEmpty ? .success : .findings
    }

    /// The files synth would write that exist under `root`, and generated files it would remove
    /// (the same set `synth --check` compares).
    func filesOnDisk(_ synthesis: Synthesis, root: String) -> [String: String] {
        var folders = Set(synthesis.ownedFolders)
        for name in fileSystem.directories(in: root + "/modules-out") { folders.insert("modules-out/\(name)") }
        let plan = OutputPlan.make(files: synthesis.files, root: root, scopes: folders.sorted(), fileSystem: fileSystem)
        var files: [String: String] = [:]
        for path in synthesis.files.keys + plan.stale {
            if let bytes = fileSystem.read(root + "/" + path) { files[path] = String(decoding: bytes, as: UTF8.self) }
        }
        return files
    }
}
