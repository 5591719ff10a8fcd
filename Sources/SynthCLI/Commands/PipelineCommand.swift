import Stack

/// `synth pipeline [--out DIR]`: writes the GitHub Actions workflow
/// (``PipelineWorkflow``) to `DIR/.github/workflows/infrastructure.yml` (DIR: the working
/// directory by default), atomically, through ``OutputPlan`` and ``OutputWriter``.
struct PipelineCommand {
    static let usage = """
        USAGE: synth pipeline [--out DIR]

        Writes the GitHub Actions workflow to DIR/.github/workflows/infrastructure.yml (default
        DIR: the current directory). Pull requests: synth --all --check, the policy lint as SARIF
        for code scanning, and terraform plan per environment. Merge to main: apply dev; then qa,
        demo and staging; a smoke test of staging; then prod after the prod GitHub environment's
        required reviewers approve. AWS access through OIDC roles per environment; prod releases
        the chat function through a CodeDeploy canary.

        OPTIONS:
          --out DIR     Output folder (default: .)

        """

    let parsed: ParsedArguments
    let console: Console
    let fileSystem: FileSystem
    let processID: Int32

    init(_ arguments: [String], console: Console, fileSystem: FileSystem, processID: Int32) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "pipeline", valueOptions: ["--out"], flagOptions: [])
        self.console = console
        self.fileSystem = fileSystem
        self.processID = processID
    }

    func run() throws -> ExitCode {
        let root = SynthCommandLine.folder(parsed.values["--out"], console: console)
        let files = [PipelineWorkflow.path: PipelineWorkflow.standard.render()]
        let plan = OutputPlan.make(files: files, root: root, scopes: [], fileSystem: fileSystem)
        try OutputWriter(fileSystem: fileSystem, processID: processID).apply(plan, root: root)
        console.out("synth: \(PipelineWorkflow.path) \(plan.isCurrent ? "is current" : "written")\n")
        return .success
    }
}
