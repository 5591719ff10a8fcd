/// `synth --help` and `synth COMMAND --help`, generated from the command declarations: the
/// usage line, the discussion, the options with their values and defaults, the command's own
/// sections (the lint rules), the common options, the command list (main help) and the exit codes.
enum HelpGenerator {
    static func help(for command: any Command.Type) -> String {
        var out = "USAGE: \(UsageLine.make(command))\n"
        if command == SynthesizeCommand.self { out += "       synth COMMAND [OPTIONS]\n" }
        out += "\n" + command.discussion + "\n"
        var sections: [(String, [(String, String)])] = []
        if let arguments = command.arguments {
            sections.append(("ARGUMENTS", [(arguments.valueName + (arguments.allowsMany ? "..." : ""), arguments.help)]))
        }
        let options = command.options.map { (label($0), $0.fullHelp) }
        if !options.isEmpty { sections.append(("OPTIONS", options)) }
        sections += command.helpSections.map { ($0.title, $0.rows.map { ($0.name, $0.text) }) }
        if command == SynthesizeCommand.self {
            sections.append(("COMMANDS", SynthCommands.subcommands.map { ($0.name, $0.summary) }))
        }
        sections.append(("COMMON OPTIONS", CommonOptions.all.map { (label($0), $0.fullHelp) }))
        let width = sections.flatMap(\.1).map(\.0.count).max() ?? 0
        for (title, rows) in sections {
            out += "\n\(title):\n"
            for (name, text) in rows {
                // Help wraps at 100 columns, continuation lines under the help's first word.
                let lines = wrap(text, width: max(30, 100 - width - 4))
                out += "  " + name + String(repeating: " ", count: width - name.count + 2) + lines[0] + "\n"
                for line in lines.dropFirst() { out += String(repeating: " ", count: width + 4) + line + "\n" }
            }
        }
        out += "\nEXIT CODES:\n"
        for spec in command.exitCodes { out += "  \(spec.code.rawValue)  \(spec.meaning)\n" }
        if command == SynthesizeCommand.self { out += "\nRun 'synth COMMAND --help' for a command's options.\n" }
        return out
    }

    /// `text` in lines of at most `width` characters, broken at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        return lines + [current]
    }

    /// `-q, --quiet`, `--env ENV`, `--format FORMAT`.
    static func label(_ spec: OptionSpec) -> String {
        let names = (spec.shortName.map { "\($0), " } ?? "") + spec.name
        return spec.takesValue ? "\(names) \(spec.valueName)" : names
    }
}
