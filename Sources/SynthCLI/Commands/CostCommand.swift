import Stack

/// `synth cost [--env ENV | --all] [--format text|json]`: the estimated monthly cost per
/// environment and service, from each environment's usage settings and list prices. Without
/// `--env`, every environment side by side. Writes nothing; exit 0.
struct CostCommand {
    static let formats = [ReportFormat.text.rawValue, ReportFormat.markdown.rawValue, ReportFormat.json.rawValue]

    let parsed: ParsedArguments
    let console: Console

    init(_ arguments: [String], console: Console) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "cost", valueOptions: ["--env", "--format"], flagOptions: ["--all"])
        self.console = console
    }

    func run() throws -> ExitCode {
        let format = try parsed.choice("--format", allowed: Self.formats, default: ReportFormat.text.rawValue)
        let environments = try SynthCommandLine.selectedEnvironments(parsed, command: "cost", required: false)
        for environment in environments { try environment.validate() }
        let estimates = environments.map { CostEstimate.estimate($0) }
        console.out(CostReport.render(estimates, format: ReportFormat(rawValue: format)!))
        return .success
    }
}
