import Review
import Stack

/// `synth cost [--env ENV | --all] [--format text|markdown|json]`: the estimated monthly cost per
/// environment and service, from each environment's usage settings and list prices.
enum CostCommand: Command {
    static let name = "cost"
    static let summary = "Estimated monthly cost per environment and service"
    static let discussion = """
        Estimates the monthly cost of an environment per service (Lambda, API Gateway, DynamoDB,
        S3, Bedrock, ...) from its usage settings and AWS list prices, against its budget.
        Without --env, every environment side by side. The JSON is what 'synth diff --base-cost'
        reads. Writes nothing.
        """
    static let env = SharedOptions.env()
    static let all = SharedOptions.all("Every environment (the default)")
    static let format = OptionSpec.choice("--format", ReportFormat.self, help: "Output format")
    static let options = [env, all, format]
    static let exitCodes: [ExitCodeSpec] = [.success("the estimate was printed"), .usage]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        let environments = try EnvironmentSelection.select(options, .oneOrAll(defaultsToAll: true, verb: name), env: env, all: all, context: context)
        context.out(CostReport.render(environments.map { CostEstimate.estimate($0) }, format: options.choice(format)))
        return .success
    }
}
