import Stack

/// `synth envs [--format text|markdown|json]`: every setting across the environments, in
/// promotion order, rows that differ marked. Writes nothing; exit 0.
struct EnvsCommand {
    static let formats = ReportFormat.allCases.map(\.rawValue)

    let parsed: ParsedArguments
    let console: Console

    init(_ arguments: [String], console: Console) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "envs", valueOptions: ["--format"], flagOptions: [])
        self.console = console
    }

    func run() throws -> ExitCode {
        let format = try parsed.choice("--format", allowed: Self.formats, default: ReportFormat.text.rawValue)
        console.out(SettingsMatrix.render(format: ReportFormat(rawValue: format)!))
        return .success
    }
}
