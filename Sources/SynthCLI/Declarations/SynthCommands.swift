/// The one list of commands: dispatch, the main help's command list and the shell completions
/// all read it.
public enum SynthCommands {
    /// Subcommands in the order `synth --help` lists them.
    static let subcommands: [any Command.Type] = [
        LintCommand.self, LintPolicyCommand.self, DiffCommand.self, GraphCommand.self, EnvsCommand.self, CostCommand.self,
        PipelineCommand.self, PackageCommand.self, CompletionCommand.self,
    ]

    /// The main command (`synth --env ENV`) and every subcommand.
    static var all: [any Command.Type] { [SynthesizeCommand.self] + subcommands }

    /// The subcommand called `name`.
    static func named(_ name: String) -> (any Command.Type)? { subcommands.first { $0.name == name } }

    /// The names of the subcommands, for help and errors.
    public static var names: [String] { subcommands.map { $0.name } }
}
