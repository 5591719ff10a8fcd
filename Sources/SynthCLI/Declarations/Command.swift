/// A `synth` command, declared once: its name, summary, options, positional arguments and exit
/// codes are all the parser, `--help`, the command list and the shell completions know of it.
///
///     enum EnvsCommand: Command {
///         static let name = "envs"
///         static let summary = "Every environment's settings side by side"
///         static let options: [OptionSpec] = [.choice("--format", ReportFormat.self, help: "Output format")]
///         static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode { ... }
///     }
public protocol Command: Sendable {
    /// The word after `synth` (`lint`); the main command's is `synth`.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// What `--help` says after the usage line.
    static var discussion: String { get }
    /// The command's own options; ``CommonOptions/all`` are added to every command.
    static var options: [OptionSpec] { get }
    /// Free words such as file names; `nil` when the command takes none.
    static var arguments: ArgumentSpec? { get }
    /// What each exit code means for this command.
    static var exitCodes: [ExitCodeSpec] { get }
    /// Sections `--help` shows after the options, each a title and its rows (`RULES`).
    static var helpSections: [HelpSection] { get }
    /// Runs the command with its parsed options.
    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode
}

extension Command {
    public static var arguments: ArgumentSpec? { nil }
    public static var helpSections: [HelpSection] { [] }
    /// The command's options followed by the common ones, as the parser and help see them.
    static var allOptions: [OptionSpec] { options + CommonOptions.all }
}

/// Positional words a command takes: `FILE...`.
public struct ArgumentSpec: Sendable, Hashable {
    /// `FILE`.
    public var valueName: String
    public var help: String
    /// Whether at least one is needed (the usage line shows `FILE...` without brackets).
    public var isRequired: Bool
    public var allowsMany: Bool
    /// The words accepted (empty: any), listed in help and completions.
    public var choices: [String]

    public init(_ valueName: String, help: String, isRequired: Bool = true, allowsMany: Bool = true, choices: [String] = []) {
        self.valueName = valueName
        self.help = help
        self.isRequired = isRequired
        self.allowsMany = allowsMany
        self.choices = choices
    }
}

/// A titled list of names and what each means, in a command's `--help`.
public struct HelpSection: Sendable, Hashable {
    public var title: String
    public var rows: [Row]

    public struct Row: Sendable, Hashable {
        public var name: String
        public var text: String
        public init(_ name: String, _ text: String) {
            self.name = name
            self.text = text
        }
    }

    public init(_ title: String, _ rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

/// One exit code and what it means for a command.
public struct ExitCodeSpec: Sendable, Hashable {
    public var code: ExitCode
    public var meaning: String

    public init(_ code: ExitCode, _ meaning: String) {
        self.code = code
        self.meaning = meaning
    }

    /// Exit 2: what every command returns on bad input.
    public static let usage = ExitCodeSpec(.usage, "usage or configuration error (unknown environment or option, invalid setting, unreadable or unwritable file)")
    public static func success(_ meaning: String) -> ExitCodeSpec { ExitCodeSpec(.success, meaning) }
    public static func findings(_ meaning: String) -> ExitCodeSpec { ExitCodeSpec(.findings, meaning) }
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
