/// `synth completion bash|zsh|fish`: a completion script generated from the command declarations.
enum CompletionCommand: Command {
    static let name = "completion"
    static let summary = "Print a shell completion script (bash, zsh or fish)"
    static let discussion = """
        Prints a completion script for SHELL, generated from the same declarations as the parser
        and this help: every command, option and allowed value. Load it with
        source <(synth completion bash), source <(synth completion zsh), or save
        synth completion fish > ~/.config/fish/completions/synth.fish.
        """
    static let options: [OptionSpec] = []
    static let arguments: ArgumentSpec? = ArgumentSpec("SHELL", help: "bash, zsh or fish", allowsMany: false,
                                                       choices: CompletionShell.allCases.map(\.rawValue))
    static let exitCodes: [ExitCodeSpec] = [.success("the script was printed"), .usage]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        let shell = CompletionShell(rawValue: options.positionals[0]) ?? .bash
        context.out(shell.script())
        return .success
    }
}
