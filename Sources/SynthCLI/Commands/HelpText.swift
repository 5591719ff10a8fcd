/// Usage text for `synth --help` and `synth COMMAND --help`.
enum HelpText {
    static let commands = ["lint", "lint-policy"]

    static func usage(for command: String?) -> String {
        switch command {
        case "lint":
            return """
            USAGE: synth lint [--env ENV | --all] [--format text|json|sarif]

            Lints every IAM policy of the stack (role, trust, bucket, queue, key policies and Lambda
            permissions) and writes nothing. Exit 0 clean, 1 error findings, 2 usage error.
            Without --env, all environments are linted.

            """
        case "lint-policy":
            return """
            USAGE: synth lint-policy [--env ENV] [--kind identity|resource] [--format text|json|sarif] FILE...

            Lints standalone IAM policy JSON documents (for pre-commit). The kind is inferred from a
            Principal when --kind is omitted; --env enables the cross-environment rule. A file that is
            not valid JSON is an invalid-policy finding; a missing file is a usage error (exit 2).

            """
        default:
            return """
            USAGE: synth (--env ENV | --all) [--out DIR] [--check] [-q]
                   synth COMMAND [OPTIONS]

            Lints the stack's IAM policies, then writes environments/ENV/ and modules-out/ under DIR
            (default: the current directory, the repository root). Nothing is written if a policy has
            an error finding or a setting is invalid.

            OPTIONS:
              --env ENV     One environment: \(Stack.Environments.names.joined(separator: ", "))
              --all         Every environment
              --out DIR     Output folder (default: .)
              --check       Write nothing; exit 1 if the files on disk differ from what synth would write
              -q            Print nothing but errors
              -h, --help    Show help

            COMMANDS:
              lint          Lint the stack's policies (write nothing)
              lint-policy   Lint standalone IAM policy JSON files

            EXIT CODES: 0 success, 1 error findings or drift, 2 usage or configuration error.

            """
        }
    }
}

import Stack
