import Stack

/// The one way every command turns `--env`/`--all` into validated environments: names are
/// looked up in the context's registry, and each chosen configuration (with the shared state
/// settings) is validated, so `envs`, `cost`, `graph`, `lint`, `diff` and `synth` all refuse an
/// invalid setting with the same one-line error and exit 2.
enum EnvironmentSelection {
    enum Rule {
        /// Exactly one `--env` (graph).
        case one
        /// `--env ENV` or `--all`; without either, every environment when `defaultsToAll`, else an
        /// error asking to choose (`verb` completes "choose what to ...").
        case oneOrAll(defaultsToAll: Bool, verb: String)
        /// `--env` repeated (`envs --env dev --env prod`), or every environment.
        case several
    }

    static func select(_ options: ParsedOptions, _ rule: Rule, env: OptionSpec, all: OptionSpec? = nil,
                       context: CommandContext) throws -> [EnvironmentConfig] {
        let names = options.all(env)
        let wantsAll = all.map(options.flag) ?? false
        if wantsAll && !names.isEmpty { throw CLIError("\(env.name) and --all cannot be combined; pass one of them") }
        var chosen: [EnvironmentConfig]
        switch rule {
        case .one:
            guard let name = names.last else {
                throw CLIError("choose one environment: \(env.name) ENV (one of: \(known(context)))")
            }
            chosen = [try lookUp(name, context)]
        case .oneOrAll(let defaultsToAll, let verb):
            if let name = names.last {
                chosen = [try lookUp(name, context)]
            } else if wantsAll || defaultsToAll {
                chosen = context.environments
            } else {
                throw CLIError("choose what to \(verb): \(env.name) ENV (one of: \(known(context))) or --all")
            }
        case .several:
            var seen: Set<String> = []
            chosen = try names.filter { seen.insert($0).inserted }.map { try lookUp($0, context) }
            if chosen.isEmpty { chosen = context.environments }
        }
        try validate(chosen)
        return chosen
    }

    /// The environment `name` names, validated; for options that name one without modelling it
    /// (`lint-policy --env`).
    static func named(_ name: String, context: CommandContext) throws -> EnvironmentConfig {
        let config = try lookUp(name, context)
        try validate([config])
        return config
    }

    /// Every setting of `configs` and the shared state settings; throws the first problem.
    static func validate(_ configs: [EnvironmentConfig]) throws {
        for config in configs { try config.validate() }
        try Environments.validateState()
    }

    private static func lookUp(_ name: String, _ context: CommandContext) throws(ConfigurationError) -> EnvironmentConfig {
        guard let config = context.environments.first(where: { $0.name == name }) else {
            throw ConfigurationError.unknownEnvironment(name: name, known: context.environments.map(\.name))
        }
        return config
    }

    private static func known(_ context: CommandContext) -> String { context.environments.map(\.name).joined(separator: ", ") }
}
