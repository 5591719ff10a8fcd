import Constructs
import PolicyLint
import TerraformCore

extension SmallStack {
    /// What one run produces: the Terraform JSON files by name and every policy finding.
    public struct Synthesis: Sendable {
        public var files: [String: String]
        public var findings: [Finding]

        /// Whether a finding stops the run (an unsuppressed error); then nothing may be written.
        public var isBlocked: Bool { findings.contains(where: \.isBlocking) }
    }

    /// Builds the stack, lints every policy through the gate and renders the files
    /// (`main.tf.json`, `outputs.tf.json`, `providers.tf.json`, `versions.tf.json`).
    public func synthesize() throws -> Synthesis {
        let module = build()
        let findings = PolicyGate.lint(module, file: "main.tf.json", environment: nil)
        return Synthesis(files: try module.terraform.renderText(), findings: findings)
    }
}
