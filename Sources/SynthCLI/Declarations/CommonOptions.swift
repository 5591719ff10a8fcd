import Stack

/// Options every command accepts, added to each command's declarations.
public enum CommonOptions {
    public static let quiet = OptionSpec.flag("--quiet", short: "-q", help: "Print only errors (lint: only error findings); the exit code still tells")
    public static let noColor = OptionSpec.flag("--no-color", help: "No ANSI colours, even on a terminal (NO_COLOR=1 does the same)")
    public static let version = OptionSpec.flag("--version", help: "Print synth's version and exit")
    public static let help = OptionSpec.flag("--help", short: "-h", help: "Show this help and exit")

    public static let all = [quiet, noColor, version, help]
}

/// Options several commands share, declared once so their names, help and value names agree.
public enum SharedOptions {
    /// The environment names `--env` completes; the registry checks the value.
    static var environmentNames: [String] { Environments.names }

    /// `--env ENV`, one environment, alternative to `--all`.
    static func env(_ help: String = "One environment", required: Bool = false) -> OptionSpec {
        OptionSpec(name: "--env", kind: .value, valueName: "ENV", help: help, choices: environmentNames, enforcesChoices: false,
                   group: required ? nil : "environments", isRequired: required)
    }

    /// `--env ENV`, repeatable: `--env dev --env prod`.
    static func envs(_ help: String) -> OptionSpec {
        OptionSpec(name: "--env", kind: .repeated, valueName: "ENV", help: help, choices: environmentNames, enforcesChoices: false,
                   group: "environments")
    }

    /// `--all`, alternative to `--env`.
    static func all(_ help: String = "Every environment") -> OptionSpec {
        .flag("--all", help: help, group: "environments")
    }

    /// `--out DIR`.
    static func out(_ help: String = "Folder holding environments/ and modules-out/ (default: the current directory)") -> OptionSpec {
        .value("--out", "DIR", help: help)
    }

    /// `--show-suppressed`: reserved for the findings formatter (see ``FindingsOutput``).
    static let showSuppressed = OptionSpec.flag("--show-suppressed", help: "List every suppressed finding with its reason (otherwise one summary line per rule)")
}
