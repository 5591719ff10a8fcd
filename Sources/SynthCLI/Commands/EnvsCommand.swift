import Review
import Stack

/// `synth envs [--env ENV]... [--changed] [--format text|markdown|json]`: every setting across
/// the environments, in promotion order, rows that differ marked.
enum EnvsCommand: Command {
    static let name = "envs"
    static let summary = "Every environment's settings side by side"
    static let discussion = """
        Prints every setting of the chosen environments side by side, in promotion order;
        settings that differ between them are marked, and --changed shows only those. Each
        configuration is validated first, as every command does. Long values wrap within their
        column. Writes nothing.
        """
    static let env = SharedOptions.envs("Show this environment, repeat to compare (default: all)")
    static let changed = OptionSpec.flag("--changed", help: "Only the settings whose values differ between the environments shown")
    static let format = OptionSpec.choice("--format", ReportFormat.self, help: "Output format")
    static let options = [env, changed, format]
    static let exitCodes: [ExitCodeSpec] = [.success("the settings were printed"), .usage]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        let environments = try EnvironmentSelection.select(options, .several, env: env, context: context)
        let matrix = SettingsMatrix(environments, onlyDiffering: options.flag(changed))
        context.out(matrix.render(options.choice(format)))
        return .success
    }
}
