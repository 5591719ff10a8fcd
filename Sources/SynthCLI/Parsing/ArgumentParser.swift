/// The words after the command name, parsed against the command's declared options: by hand,
/// since the project takes no packages and the grammar is small.
///
/// Accepts `--name VALUE`, `--name=VALUE`, flags, the short forms declared (`-q`), positionals
/// when the command takes them, and `--` before positionals that start with `-`.
public struct ParsedOptions: Sendable {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    /// Free words (file names), in order.
    public var positionals: [String] = []

    /// Whether `spec` (a flag) was given.
    public func flag(_ spec: OptionSpec) -> Bool { flags.contains(spec.name) }

    /// The last value of `spec`, or its default.
    public func value(_ spec: OptionSpec) -> String? { values[spec.name]?.last ?? spec.defaultValue }

    /// Every value of a repeated option, in order.
    public func all(_ spec: OptionSpec) -> [String] { values[spec.name] ?? [] }

    /// Whether the user gave `spec` at all (a default does not count).
    public func isGiven(_ spec: OptionSpec) -> Bool { flags.contains(spec.name) || values[spec.name] != nil }

    /// The value of a choice option as its enum; the parser has already checked it.
    public func choice<Choice: OptionChoice>(_ spec: OptionSpec, as type: Choice.Type = Choice.self) -> Choice {
        value(spec).flatMap(Choice.init(rawValue:)) ?? Choice.defaultValue
    }
}

enum ArgumentParser {
    /// Parses `arguments` for `command`. Errors name the command and how to get its help.
    static func parse(_ arguments: [String], command: any Command.Type) throws(CLIError) -> ParsedOptions {
        let specs = command.allOptions
        var byName: [String: OptionSpec] = [:]
        for spec in specs { for name in spec.names { byName[name] = spec } }
        var parsed = ParsedOptions()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                guard let arguments = command.arguments, arguments.allowsMany || parsed.positionals.isEmpty else {
                    throw .unexpectedArgument(word, command: command.name)
                }
                if !arguments.choices.isEmpty, !arguments.choices.contains(word) {
                    throw .invalidValue(arguments.valueName, word, allowed: arguments.choices)
                }
                parsed.positionals.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            var name = word
            var inlineValue: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let spec = byName[name] else { throw .unknownOption(name, command: command.name) }
            guard spec.takesValue else {
                if inlineValue != nil { throw .flagTakesNoValue(spec.name) }
                parsed.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" else {
                    throw .missingValue(spec)
                }
                value = arguments[index]
                index += 1
            }
            if spec.enforcesChoices, !spec.choices.isEmpty, !spec.choices.contains(value) {
                throw .invalidValue(spec.name, value, allowed: spec.choices)
            }
            if spec.kind == .repeated {
                parsed.values[spec.name, default: []].append(value)
            } else {
                parsed.values[spec.name] = [value]
            }
        }
        if let arguments = command.arguments, arguments.isRequired, parsed.positionals.isEmpty,
           !parsed.flags.contains(CommonOptions.help.name), !parsed.flags.contains(CommonOptions.version.name) {
            throw .missingArgument(arguments, command: command.name)
        }
        return parsed
    }
}
