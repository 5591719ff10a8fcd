/// The `USAGE:` line of a command, generated from its declarations: options of one group are
/// alternatives (`--env ENV | --all`), optional ones in brackets, choices spelled out
/// (`--format text|json|sarif`), common options left to their own section.
///
///     synth lint [--env ENV | --all] [--format text|json|sarif] [--show-suppressed]
enum UsageLine {
    static let maxSpelledChoices = 5

    static func make(_ command: any Command.Type) -> String {
        var parts = [command == SynthesizeCommand.self ? "synth" : "synth \(command.name)"]
        var seenGroups: Set<String> = []
        for spec in command.options {
            if let group = spec.group {
                guard seenGroups.insert(group).inserted else { continue }
                let members = command.options.filter { $0.group == group }
                let text = members.map(word).joined(separator: " | ")
                let required = members.contains(where: \.isRequired)
                parts.append(required ? "(\(text))" : "[\(text)]")
            } else {
                parts.append(spec.isRequired ? word(spec) : "[\(word(spec))]")
            }
        }
        if let arguments = command.arguments {
            let text = arguments.valueName + (arguments.allowsMany ? "..." : "")
            parts.append(arguments.isRequired ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    /// `--format text|json`, `--out DIR`, `--env ENV` (repeatable: `--env ENV...`), `--all`.
    static func word(_ spec: OptionSpec) -> String {
        guard spec.takesValue else { return spec.name }
        // A long list (the policy kinds) is spelled out in the option's help, not in the usage line.
        let spelled = spec.enforcesChoices && !spec.choices.isEmpty && spec.choices.count <= maxSpelledChoices
        let value = spelled ? spec.choices.joined(separator: "|") : spec.valueName
        return "\(spec.name) \(value)" + (spec.kind == .repeated ? "..." : "")
    }
}
