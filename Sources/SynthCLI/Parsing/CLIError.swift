import Stack

/// A usage or input error: printed as one line on standard error, exit code 2.
public struct CLIError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }

    /// `run 'synth lint --help' for usage`.
    static func helpHint(_ command: String) -> String {
        "run 'synth \(command == SynthesizeCommand.name ? "" : command + " ")--help' for usage"
    }

    static func unknownOption(_ option: String, command: String) -> CLIError {
        CLIError("unknown option \(option) for '\(command)'; \(helpHint(command))")
    }

    static func unexpectedArgument(_ word: String, command: String) -> CLIError {
        CLIError("unexpected argument \"\(word)\" for '\(command)'; \(helpHint(command))")
    }

    static func missingValue(_ option: OptionSpec) -> CLIError {
        let production = Environments.production.name
        let example = option.choices.contains(production) ? production : option.defaultValue ?? option.choices.first ?? option.valueName
        return CLIError("option \(option.name) needs a value; for example \(option.name) \(example)")
    }

    static func flagTakesNoValue(_ option: String) -> CLIError {
        CLIError("option \(option) takes no value; write \(option) alone")
    }

    static func invalidValue(_ option: String, _ value: String, allowed: [String]) -> CLIError {
        CLIError("invalid value \"\(value)\" for \(option); expected one of: \(allowed.joined(separator: ", "))")
    }

    static func missingArgument(_ argument: ArgumentSpec, command: String) -> CLIError {
        CLIError("'\(command)' needs at least one \(argument.valueName); \(helpHint(command))")
    }
}
