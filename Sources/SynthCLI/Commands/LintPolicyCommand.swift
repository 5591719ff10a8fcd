import IAM
import PolicyLint
import Stack

/// `synth lint-policy [--env ENV] [--kind identity|resource] [--format ...] FILE...`.
enum LintPolicyCommand: Command {
    static let name = "lint-policy"
    static let summary = "Lint standalone IAM policy JSON files (for pre-commit)"
    static let discussion = """
        Lints standalone IAM policy JSON documents. The kind is inferred from a Principal when
        --kind is omitted; --env turns on the cross-environment rule for that environment. A file
        that is not valid JSON is an invalid-policy finding; a missing file is a usage error.
        """
    static let env = SharedOptions.env("Lint as this environment's policies (cross-environment rule)")
    static let kind = OptionSpec(name: "--kind", kind: .value, valueName: "KIND", help: "Policy kind (default: inferred from a Principal)",
                                 choices: PolicyKind.all.map(\.rawValue))
    static let options = [env, kind, FindingsOutput.format, SharedOptions.showSuppressed]
    static let arguments: ArgumentSpec? = ArgumentSpec("FILE", help: "IAM policy JSON documents")
    static let exitCodes: [ExitCodeSpec] = [.success("no finding at error severity"), .findings("a finding at error severity"), .usage]
    static var helpSections: [HelpSection] { [FindingsOutput.rules] }

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        let environment = try options.value(env).map { try EnvironmentSelection.named($0, context: context).name }
        let paths = options.positionals.map(context.absolute)
        var linter = PolicyFileLinter(environment: environment, knownEnvironments: Environments.names)
        linter.kind = options.value(kind).flatMap(PolicyKind.init(rawValue:))
        switch linter.lint(paths: paths) {
        case .failure(.unreadable(let path, let reason)):
            // Name the file as the user typed it, and say what to do.
            let named = paths.firstIndex(of: path).map { options.positionals[$0] } ?? path
            throw CLIError("\(PolicyFileError.unreadable(path: named, reason: reason).description); check the path")
        case .success(var findings):
            // Report files as the user named them.
            for index in findings.indices {
                if let file = findings[index].file, let position = paths.firstIndex(of: file) {
                    findings[index].file = options.positionals[position]
                }
            }
            FindingsOutput.print(findings, options, context: context)
            return FindingsOutput.exitCode(findings)
        }
    }
}
