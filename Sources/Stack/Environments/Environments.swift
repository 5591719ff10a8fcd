/// The five environments, in promotion order for display: dev, qa, demo, staging, prod.
public enum Environments {
    /// Every environment's configuration, sorted by name.
    public static let all: [EnvironmentConfig] = [demo, dev, prod, qa, staging]

    /// The names synth accepts for `--env`, sorted.
    public static var names: [String] { all.map(\.name) }

    /// The configuration named `name`, or `nil`.
    public static func named(_ name: String) -> EnvironmentConfig? {
        all.first { $0.name == name }
    }

    /// The state bucket every environment's backend uses (created by the bootstrap root).
    public static let stateBucket = "rag-genai-terraform-state"
    /// The region of the state bucket.
    public static let stateRegion = "eu-west-1"
}
