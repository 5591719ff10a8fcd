import Review
import Stack

/// `synth graph --env ENV [--modules | --module NAME] [--data] [--format dot|mermaid]`.
enum GraphCommand: Command {
    static let name = "graph"
    static let summary = "The resource graph of an environment (DOT or Mermaid)"
    static let discussion = """
        Prints the environment's resources and module calls (addressed as Terraform does:
        module.lambda.aws_iam_role.chat), one cluster per module, and an edge A -> B wherever A
        refers to B (B is created first). Resources the environment switches off (count 0 with
        this environment's values) are left out, and so are data sources unless --data is given.
        --modules draws one node per module, joined where one passes another's outputs;
        --module NAME draws one module's resources. DOT by default (synth graph --env prod |
        dot -Tpng -o prod.png); Mermaid renders on GitHub in a ```mermaid block.
        """
    static let env = SharedOptions.env("The environment", required: true)
    static let modules = OptionSpec.flag("--modules", help: "One node per module call, edges from the outputs passed between them", group: "view")
    static let module = OptionSpec.value("--module", "NAME", help: "Only the resources of this module call (lambda, storage, ...)", group: "view")
    static let data = OptionSpec.flag("--data", help: "Show data sources too (dashed)")
    static let format = OptionSpec.choice("--format", GraphFormat.self, help: "Output format")
    static let options = [env, modules, module, data, format]
    static let exitCodes: [ExitCodeSpec] = [.success("the graph was printed"), .usage]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        if options.flag(modules) && options.isGiven(module) {
            throw CLIError("--modules and --module cannot be combined; pass one of them")
        }
        let config = try EnvironmentSelection.select(options, .one, env: env, context: context)[0]
        var graphOptions = ResourceGraph.Options(includeData: options.flag(data))
        if options.flag(modules) { graphOptions.view = .modules }
        if let name = options.value(module) { graphOptions.view = .module(name) }
        let synthesis = try context.synthesize([config])
        do {
            let graph = try ResourceGraph.build(files: synthesis.files, rootFolder: "environments/\(config.name)", options: graphOptions)
            context.out(graph.render(options.choice(format)))
        } catch {
            throw CLIError("unknown module \"\(ConfigurationError.oneLine(error.name))\" in environment \(config.name); expected one of: \(error.known.joined(separator: ", "))")
        }
        return .success
    }
}
