import Packaging
import Stack

/// The `synth` command line: finds the command, parses its declared options, runs it, and
/// turns every error into one line on standard error and an exit code.
///
/// Exit codes (the CLI contract): 0 success, 1 findings at error severity or drift, 2 usage or
/// configuration error. Errors print as one line: `synth: error: ...`.
public enum SynthCommandLine {
    /// synth's version, printed by `--version`; bump it with each release.
    public static let version = "0.15.0"

    /// Models, lints and renders environments; tests pass one that adds a bad policy.
    public typealias Synthesize = CommandContext.Synthesize

    /// Runs `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], console: Console, fileSystem: FileSystem = LocalFileSystem(), processID: Int32 = 0,
                           synthesize: @escaping Synthesize = { try Synthesizer.synthesize($0) }) -> Int32 {
        run(arguments, context: CommandContext(console: console, fileSystem: fileSystem, synthesize: synthesize, processID: processID))
    }

    /// Runs `arguments` with everything a command needs in `context`.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        do {
            return try dispatch(arguments, context: context).rawValue
        } catch {
            context.err("synth: error: \(message(for: error))\n")
            return ExitCode.usage.rawValue
        }
    }

    /// The one line an error prints: every error synth throws says what, where and what to do.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as CLIError: return error.description
        case let error as ConfigurationError: return error.description
        case let error as FileSystemError: return error.description
        case let error as PackageError: return error.description
        default:
            // Not expected: synth's own errors are the cases above. Keep it one line.
            return "unexpected failure: \(OutputWriter.describe(error)); please report it with the command you ran"
        }
    }

    static func dispatch(_ arguments: [String], context: CommandContext) throws -> ExitCode {
        var context = context
        let first = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 }
        let rest = first == nil ? arguments : Array(arguments.dropFirst())
        let command: any Command.Type
        switch first {
        case nil:
            command = SynthesizeCommand.self
        case "help"?:
            // `synth help` and `synth help COMMAND`.
            guard let topic = rest.first else { context.console.out(HelpGenerator.help(for: SynthesizeCommand.self)); return .success }
            guard let named = SynthCommands.named(topic) else { throw unknownCommand(topic) }
            context.console.out(HelpGenerator.help(for: named))
            return .success
        case let name?:
            guard let named = SynthCommands.named(name) else { throw unknownCommand(name) }
            command = named
        }
        // --help and --version win over everything else on the line, even a mistake.
        let options = rest.prefix { $0 != "--" }
        if options.contains(where: CommonOptions.help.names.contains) {
            context.console.out(HelpGenerator.help(for: command))
            return .success
        }
        if options.contains(CommonOptions.version.name) {
            context.console.out("synth \(version)\n")
            return .success
        }
        let parsed = try ArgumentParser.parse(rest, command: command)
        context.quiet = parsed.flag(CommonOptions.quiet)
        context.noColor = parsed.flag(CommonOptions.noColor)
        return try command.run(parsed, context)
    }

    static func unknownCommand(_ name: String) -> CLIError {
        CLIError("unknown command \"\(ConfigurationError.oneLine(name))\"; expected one of: \(SynthCommands.names.joined(separator: ", ")); run 'synth --help' for usage")
    }
}
