import PolicyLint
import Stack

/// The `synth` command line: parses argv, runs one command, and chooses the exit code.
///
/// Exit codes (the CLI contract): 0 success, 1 findings at error severity or drift, 2 usage or
/// configuration error. Errors print as one line on standard error: `synth: error: ...`.
public enum SynthCommandLine {
    /// Models, lints and renders environments; tests pass one that adds a bad policy.
    public typealias Synthesize = @Sendable ([EnvironmentConfig]) throws -> Synthesis

    /// Runs `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], console: Console, fileSystem: FileSystem = LocalFileSystem(), processID: Int32 = 0,
                           synthesize: @escaping Synthesize = { try Synthesizer.synthesize($0) }) -> Int32 {
        do {
            return try dispatch(arguments, console: console, fileSystem: fileSystem, processID: processID, synthesize: synthesize).rawValue
        } catch let error as CLIError {
            console.err("synth: error: \(error.description)\n")
        } catch let error as ConfigurationError {
            console.err("synth: error: \(error.description)\n")
        } catch {
            console.err("synth: error: \(error)\n")
        }
        return ExitCode.usage.rawValue
    }

    static func dispatch(_ arguments: [String], console: Console, fileSystem: FileSystem, processID: Int32,
                         synthesize: @escaping Synthesize) throws -> ExitCode {
        let command = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 }
        let rest = command == nil ? arguments : Array(arguments.dropFirst())
        if command == "help" || rest.contains("--help") || rest.contains("-h") {
            let topic = command == "help" ? rest.first : command
            if let topic, !HelpText.commands.contains(topic) { throw unknownCommand(topic) }
            console.out(HelpText.usage(for: topic))
            return .success
        }
        switch command {
        case nil:
            return try SynthesizeCommand(rest, console: console, fileSystem: fileSystem, processID: processID, synthesize: synthesize).run()
        case "lint":
            return try LintCommand(rest, console: console).run()
        case "lint-policy":
            return try LintPolicyCommand(rest, console: console).run()
        case "diff":
            return try DiffCommand(rest, console: console, fileSystem: fileSystem).run()
        case "graph":
            return try GraphCommand(rest, console: console).run()
        case "envs":
            return try EnvsCommand(rest, console: console).run()
        case "cost":
            return try CostCommand(rest, console: console).run()
        case "pipeline":
            return try PipelineCommand(rest, console: console, fileSystem: fileSystem, processID: processID).run()
        case let other?:
            throw unknownCommand(other)
        }
    }

    static func unknownCommand(_ name: String) -> CLIError {
        CLIError("unknown command \"\(name)\"; expected one of: \(HelpText.commands.joined(separator: ", ")); run 'synth --help' for usage")
    }

    /// `--out DIR` (or the working directory) as an absolute path.
    static func folder(_ path: String?, console: Console) -> String {
        let path = path ?? "."
        if path.hasPrefix("/") { return path }
        return path == "." ? console.workingDirectory : console.workingDirectory + "/" + path
    }

    /// The environments `--env`/`--all` select; `required` makes choosing one mandatory.
    static func selectedEnvironments(_ parsed: ParsedArguments, command: String, required: Bool = true) throws -> [EnvironmentConfig] {
        let all = parsed.flags.contains("--all")
        if let name = parsed.values["--env"] {
            guard !all else { throw CLIError("--env and --all cannot be combined; pass one of them") }
            guard let config = Environments.named(name) else {
                throw ConfigurationError.unknownEnvironment(name: name, known: Environments.names)
            }
            return [config]
        }
        if all || !required { return Environments.all }
        throw CLIError("choose what to \(command): --env ENV (one of: \(Environments.names.joined(separator: ", "))) or --all")
    }
}
