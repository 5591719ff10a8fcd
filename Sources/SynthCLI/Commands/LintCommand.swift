import PolicyLint
import Stack

/// `synth lint [--env ENV | --all] [--format text|json|sarif]`: the stack's policies, no writes.
enum LintCommand: Command {
    static let name = "lint"
    static let summary = "Lint the stack's IAM policies (writes nothing)"
    static let discussion = """
        Lints every IAM policy of the stack (role, trust, bucket, queue, topic and key policies and
        Lambda permissions), as 'synth' does before writing, and writes nothing. Without --env,
        every environment.
        """
    static let env = SharedOptions.env()
    static let all = SharedOptions.all("Every environment (the default)")
    static let options = [env, all, FindingsOutput.format, SharedOptions.showSuppressed]
    static let exitCodes: [ExitCodeSpec] = [.success("no finding at error severity"), .findings("a finding at error severity"), .usage]
    static var helpSections: [HelpSection] { [FindingsOutput.rules] }

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        let environments = try EnvironmentSelection.select(options, .oneOrAll(defaultsToAll: true, verb: name), env: env, all: all, context: context)
        let findings = try context.synthesize(environments).findings
        FindingsOutput.print(findings, options, context: context)
        return FindingsOutput.exitCode(findings)
    }
}
