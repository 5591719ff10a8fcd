/// Parses `--name VALUE`, `--name=VALUE`, flags and positionals against the options a command
/// declares, by hand: the project takes no packages, and the grammar is small.
struct ParsedArguments: Sendable {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    /// - Parameters:
    ///   - arguments: The words after the command name.
    ///   - command: The command's name, for error messages.
    ///   - valueOptions: Options that take a value, such as `--env`.
    ///   - flagOptions: Options without a value, such as `--all`.
    ///   - allowsPositionals: Whether free words (file names) are accepted.
    init(_ arguments: [String], command: String, valueOptions: Set<String>, flagOptions: Set<String>, allowsPositionals: Bool = false) throws(CLIError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                guard allowsPositionals else {
                    throw CLIError("unexpected argument \"\(word)\" for '\(command)'; run 'synth \(command == "synth" ? "" : command + " ")--help' for usage")
                }
                positionals.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            if valueOptions.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else { throw .missingValue(name) }
                    values[name] = arguments[index]
                    index += 1
                }
            } else if flagOptions.contains(name), inlineValue == nil {
                flags.insert(name)
            } else {
                throw .unknownOption(name, command: command)
            }
        }
    }

    /// The value of `option` when it is one of `allowed`.
    func choice(_ option: String, allowed: [String], default fallback: String) throws(CLIError) -> String {
        guard let value = values[option] else { return fallback }
        guard allowed.contains(value) else { throw .invalidValue(option, value, allowed: allowed) }
        return value
    }
}
