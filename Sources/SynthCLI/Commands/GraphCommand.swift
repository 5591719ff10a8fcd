import Stack

/// `synth graph --env ENV [--format dot|mermaid]`: the environment's resources, data sources
/// and module calls, and the references between them.
struct GraphCommand {
    static let formats = ["dot", "mermaid"]

    let parsed: ParsedArguments
    let console: Console

    init(_ arguments: [String], console: Console) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "graph", valueOptions: ["--env", "--format"], flagOptions: [])
        self.console = console
    }

    func run() throws -> ExitCode {
        let format = try parsed.choice("--format", allowed: Self.formats, default: "dot")
        guard let name = parsed.values["--env"] else {
            throw CLIError("graph needs one environment: --env ENV (one of: \(Environments.names.joined(separator: ", ")))")
        }
        guard let config = Environments.named(name) else {
            throw ConfigurationError.unknownEnvironment(name: name, known: Environments.names)
        }
        let synthesis = try Synthesizer.synthesize([config])
        let graph = ResourceGraph.build(files: synthesis.files, rootFolder: "environments/\(name)")
        console.out(format == "mermaid" ? graph.mermaid : graph.dot)
        return .success
    }
}
