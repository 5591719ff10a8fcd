/// The roles the pipeline (`synth pipeline`) assumes in each environment's account, declared by
/// the `github_oidc` module: the one place their names are made.
public enum GitHubRoles {
    public enum Purpose: String, CaseIterable, Sendable {
        /// Read-only: `terraform plan` on pull requests and on main.
        case plan
        /// `terraform apply` of a reviewed plan, only from the environment's GitHub environment.
        case deploy
    }

    /// `github-<purpose>`, after the environment's prefix.
    public static func suffix(_ purpose: Purpose) -> String { "github-\(purpose.rawValue)" }

    /// `rag-genai-<env>-github-<purpose>`.
    public static func roleName(prefix: String, _ purpose: Purpose) -> String { "\(prefix)-\(suffix(purpose))" }
}
