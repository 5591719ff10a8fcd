/// The output formats of `synth envs` and `synth cost`; the raw values are the `--format` words.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal.
    case text
    /// A GitHub table for pull-request comments and the README.
    case markdown
    /// Canonical JSON (``TerraformJSONWriter/pretty(_:)``) for tooling.
    case json
}
