import Review
import Stack

/// `synth pipeline [--out DIR]`: writes the GitHub Actions workflow (``PipelineWorkflow``) to
/// `DIR/.github/workflows/infrastructure.yml`, atomically, through ``OutputWriter``.
enum PipelineCommand: Command {
    static let name = "pipeline"
    static let summary = "Write the GitHub Actions workflow (plan, promote, apply)"
    static let discussion = """
        Writes the GitHub Actions workflow to DIR/.github/workflows/infrastructure.yml. Pull
        requests: synth --all --check, the policy lint as SARIF for code scanning, and terraform
        plan per environment. Merge to main: apply the first environment, then the others in
        promotion order, a smoke test, then the last one after its GitHub environment's required
        reviewers approve. AWS access through OIDC roles per environment.
        """
    static let out = SharedOptions.out("Repository folder to write .github/workflows/ under (default: the current directory)")
    static let options = [out]
    static let exitCodes: [ExitCodeSpec] = [.success("the workflow was written or is current"), .usage]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        try EnvironmentSelection.validate(context.environments)
        let root = context.absolute(options.value(out) ?? ".")
        let files = [PipelineWorkflow.path: Array(PipelineWorkflow.standard.render().utf8)]
        let writer = OutputWriter(fileSystem: context.fileSystem, processID: context.processID, lockTimeout: context.lockTimeout)
        let plan = try writer.write(files, root: root)
        context.out("synth: \(PipelineWorkflow.path) \(plan.isCurrent ? "is current" : "written")\n")
        return .success
    }
}
