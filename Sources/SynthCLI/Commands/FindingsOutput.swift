import PolicyLint

/// Renders findings in the format `--format` asks for; one place for lint and lint-policy.
enum FindingsOutput {
    static let formats = ["text", "json", "sarif"]

    static func render(_ findings: [Finding], format: String, console: Console) -> String {
        switch format {
        case "json": return JSONFindingsFormatter.format(findings)
        case "sarif": return SARIFFormatter().format(findings)
        default: return TextFormatter(color: console.useColor).format(findings)
        }
    }

    static func exitCode(_ findings: [Finding]) -> ExitCode {
        FindingSummary(findings).hasBlockingFindings ? .findings : .success
    }
}
