/// The environment registry: the one list of environments, in promotion order. Everything else
/// (the `--env` choices, report columns, the pipeline's order, the gate's cross-environment
/// check, the dashboards, the state roles) is derived from it; adding an environment is one
/// file (`Environments/<Name>.swift`) and one entry here.
public enum Environments {
    /// Every environment, in promotion order: each is applied after the one before it has been
    /// applied and tested; the last is production.
    public static let promoted: [EnvironmentConfig] = [dev, qa, demo, staging, prod]

    /// Every environment's configuration, sorted by name.
    public static let all: [EnvironmentConfig] = promoted.sorted { $0.name < $1.name }

    /// Production: the last stage of promotion (strictest checks, the monitoring account).
    public static var production: EnvironmentConfig { promoted[promoted.count - 1] }

    /// The names synth accepts for `--env`, sorted.
    public static var names: [String] { all.map(\.name) }

    /// The configuration named `name`, or `nil`.
    public static func named(_ name: String) -> EnvironmentConfig? {
        all.first { $0.name == name }
    }

    /// The GitHub repository (owner/name) of this infrastructure, whose workflows alone may assume
    /// each environment's `rag-genai-<env>-github-plan` and `-deploy` roles (`synth pipeline`).
    public static let repository = "example-org/rag-genai-platform"

    /// The state bucket every environment's backend uses (created by the bootstrap root).
    public static let stateBucket = "rag-genai-terraform-state"
    /// The region of the state bucket.
    public static let stateRegion = "eu-west-1"
    /// The account that holds the state bucket, its key and one state role per environment
    /// (`rag-genai-terraform-state-<env>`); the bootstrap root runs in it.
    public static let stateAccount = "999999999999"

    /// The role an environment's backend assumes to reach its own state, and nothing else.
    public static func stateRoleName(_ environment: String) -> String { "rag-genai-terraform-state-\(environment)" }
    public static func stateRoleARN(_ environment: String) -> String {
        "arn:aws:iam::\(stateAccount):role/\(stateRoleName(environment))"
    }

    /// Checks the state settings shared by every environment; throws the first problem.
    public static func validateState(stateAccount: String = stateAccount) throws(ConfigurationError) {
        guard EnvironmentConfig.isAccountID(stateAccount) else {
            throw .invalidSetting(environment: "bootstrap", setting: "stateAccount", value: "\"\(stateAccount)\"",
                                  limit: "must be a 12-digit AWS account id")
        }
    }
}
