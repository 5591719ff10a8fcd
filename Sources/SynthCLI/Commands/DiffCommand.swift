import Foundation
import PolicyLint
import Review
import Stack

/// `synth diff [--env ENV | --all] [--out DIR] [--format text|json|markdown] [--base-cost FILE]`:
/// what synth would write now against what is on disk under DIR, by block, argument, IAM
/// permission and estimated cost.
enum DiffCommand: Command {
    static let name = "diff"
    static let summary = "What synth would change on disk: blocks, arguments, IAM grants, cost"
    static let discussion = """
        Compares what synth would write now with the files under DIR, as a reviewer reads it:
        blocks (resources, data sources, module calls, variables, outputs) added, removed and
        changed, with each changed argument by path (list elements matched by name or position,
        JSON inside strings compared as JSON); IAM access GRANTED and revoked per policy, listed
        first; blocks moved to a new address, with the moved block that keeps their state; files
        added and removed; the estimated monthly cost per environment, and with --base-cost its
        change. Writes nothing. Markdown fits a pull-request comment (65,536 characters): when
        the diff is longer it is summarized and says what was cut.
        """
    static let env = SharedOptions.env()
    static let all = SharedOptions.all("Every environment (the default)")
    static let out = SharedOptions.out()
    static let format = OptionSpec.choice("--format", ReportFormat.self, help: "Output format")
    static let baseCost = OptionSpec.value("--base-cost", "FILE",
                                           help: "The cost before the change: 'synth cost --all --format json' saved on the base revision")
    static let options = [env, all, out, format, baseCost]
    static let exitCodes: [ExitCodeSpec] = [
        .success("nothing differs"),
        .findings("something differs, or a policy has an error finding (synth would write nothing)"),
        .usage,
    ]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        let environments = try EnvironmentSelection.select(options, .oneOrAll(defaultsToAll: true, verb: name), env: env, all: all, context: context)
        let root = context.absolute(options.value(out) ?? ".")
        guard context.fileSystem.fileExists(root) else {
            throw CLIError("output folder \(root) does not exist; pass the folder synth writes to with --out DIR")
        }
        let baseline = try options.value(baseCost).map { try readBaseline($0, context) }
        let synthesis = try context.synthesize(environments)
        var report = SemanticDiff.compare(old: filesOnDisk(synthesis, root: root, context.fileSystem), new: synthesis.files)
        report.costs = CostChange.compare(baseline: baseline, estimates: environments.map { CostEstimate.estimate($0) })
        report.hasCostBaseline = baseline != nil
        switch options.choice(format, as: ReportFormat.self) {
        case .json: context.out(report.json)
        case .markdown: context.out(report.markdown)
        case .text: context.out(report.text)
        }
        if synthesis.isBlocked {
            context.err("synth: policy lint failed (\(FindingSummary(synthesis.findings).description)); 'synth' would write nothing; run 'synth lint' for details\n")
            return .findings
        }
        return report.isEmpty ? .success : .findings
    }

    static func readBaseline(_ path: String, _ context: CommandContext) throws -> CostBaseline {
        guard let bytes = context.fileSystem.read(context.absolute(path)) else {
            throw CLIError("cannot read --base-cost \(path): no such file or not readable; save it with 'synth cost --all --format json > \(path)' on the base revision")
        }
        do {
            return try CostBaseline.parse(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CLIError("cannot read --base-cost \(path): \(error.description)")
        }
    }

    /// The files synth would write that exist under `root`, and generated files it would remove
    /// (the same set `synth --check` compares; another run's temporary files are not among them).
    static func filesOnDisk(_ synthesis: Synthesis, root: String, _ fileSystem: FileSystem) -> [String: String] {
        let plan = OutputPlan.make(files: synthesis.files, root: root,
                                   scopes: SynthesizeCommand.scopes(synthesis, root: root, fileSystem), fileSystem: fileSystem)
        var files: [String: String] = [:]
        for path in synthesis.files.keys + plan.stale {
            if let bytes = fileSystem.read(root + "/" + path) { files[path] = String(decoding: bytes, as: UTF8.self) }
        }
        return files
    }
}
