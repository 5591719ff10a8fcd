/// One option a command declares: its name, what it takes, its help and its allowed values.
/// Parsing, `--help`, the usage line and the shell completions are all generated from these
/// declarations, so they cannot drift apart.
///
///     OptionSpec.choice("--format", DiffFormat.self, help: "Output format")
///     // parses --format json / --format=json, rejects --format xml:
///     // synth: error: invalid value "xml" for --format; expected one of: text, json, markdown
///     // and shows in help as:  --format FORMAT   Output format: text (default), json or markdown
public struct OptionSpec: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `--all`: present or not.
        case flag
        /// `--out DIR`: one value; given twice, the last wins.
        case value
        /// `--env A --env B`: every value, in order.
        case repeated
    }

    /// How a shell completes the option's value.
    public enum ValueCompletion: Sendable, Hashable {
        case none, file, directory, choices
    }

    /// `--env`.
    public var name: String
    /// `-q`, where the option has a one-letter form.
    public var shortName: String?
    public var kind: Kind
    /// `ENV`, `DIR`, `FILE`; empty for flags.
    public var valueName: String
    public var help: String
    /// The values the option accepts (empty: any); listed in help and completions.
    public var choices: [String]
    /// Whether the parser rejects values outside ``choices``. Environment names are checked
    /// against the environment registry instead, with its own message.
    public var enforcesChoices: Bool
    /// The value when the option is not given, shown as `(default)` in help.
    public var defaultValue: String?
    /// Options of one group are alternatives (`--env ENV | --all`) in the usage line.
    public var group: String?
    /// Whether the usage line shows the option (or its group) as required, without brackets.
    public var isRequired: Bool

    public init(name: String, shortName: String? = nil, kind: Kind, valueName: String = "", help: String,
                choices: [String] = [], enforcesChoices: Bool = true, defaultValue: String? = nil,
                group: String? = nil, isRequired: Bool = false) {
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.valueName = valueName
        self.help = help
        self.choices = choices
        self.enforcesChoices = enforcesChoices
        self.defaultValue = defaultValue
        self.group = group
        self.isRequired = isRequired
    }

    /// `--all`.
    public static func flag(_ name: String, short: String? = nil, help: String, group: String? = nil) -> OptionSpec {
        OptionSpec(name: name, shortName: short, kind: .flag, help: help, group: group)
    }

    /// `--out DIR`.
    public static func value(_ name: String, _ valueName: String, help: String, group: String? = nil,
                             required: Bool = false) -> OptionSpec {
        OptionSpec(name: name, kind: .value, valueName: valueName, help: help, group: group, isRequired: required)
    }

    /// `--format FORMAT` with the cases of `type` as its values and `defaultValue` when absent.
    public static func choice<Choice: OptionChoice>(_ name: String, _ type: Choice.Type, default defaultValue: Choice = .defaultValue,
                                                    valueName: String = "FORMAT", help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .value, valueName: valueName, help: help,
                   choices: Choice.allCases.map(\.rawValue), defaultValue: defaultValue.rawValue)
    }

    /// The names the parser accepts: `--quiet` and `-q`.
    public var names: [String] { [name] + (shortName.map { [$0] } ?? []) }

    public var takesValue: Bool { kind != .flag }

    public var valueCompletion: ValueCompletion {
        if !choices.isEmpty { return .choices }
        switch valueName {
        case "DIR": return .directory
        case "FILE", "FILE.zip": return .file
        default: return .none
        }
    }

    /// The help text with the allowed values appended: `Output format: text (default), json or markdown`.
    public var fullHelp: String {
        guard !choices.isEmpty else { return help }
        let values = choices.map { $0 == defaultValue ? "\($0) (default)" : $0 }
        let listed = values.count == 1 ? values[0] : values.dropLast().joined(separator: ", ") + " or " + values.last!
        return "\(help): \(listed)"
    }
}

/// A `--format`-style value: an enum whose raw values are the words users type.
public protocol OptionChoice: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The value when the option is absent.
    static var defaultValue: Self { get }
}
