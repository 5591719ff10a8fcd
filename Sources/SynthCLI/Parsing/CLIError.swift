/// A usage or input error: printed as one line on standard error, exit code 2.
public struct CLIError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }

    static func unknownOption(_ option: String, command: String) -> CLIError {
        CLIError("unknown option \(option) for '\(command)'; run 'synth \(command == "synth" ? "" : command + " ")--help' for usage")
    }

    static func missingValue(_ option: String) -> CLIError {
        CLIError("option \(option) needs a value; for example \(option) \(option == "--env" ? "prod" : "VALUE")")
    }

    static func invalidValue(_ option: String, _ value: String, allowed: [String]) -> CLIError {
        CLIError("invalid value \"\(value)\" for \(option); expected one of: \(allowed.joined(separator: ", "))")
    }
}

/// What a command returns: the process exit code.
public enum ExitCode: Int32, Sendable {
    /// Success: clean lint, files written, nothing differs.
    case success = 0
    /// Findings at error severity, or drift.
    case findings = 1
    /// Usage or configuration error.
    case usage = 2
}
