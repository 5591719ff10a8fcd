import PolicyLint

/// Renders findings in the format `--format` asks for; one place for lint and lint-policy.
enum FindingsOutput {
    static let formats = ["text", "json", "sarif"]

    static func render(_ findings: [Finding], format: String, console: Console, showSuppressed: Bool = false) -> String {
        let paths = SourcePaths(root: console.workingDirectory)
        switch format {
        case "json": return JSONFindingsFormatter.format(findings, sourcePaths: paths)
        case "sarif": return SARIFFormatter(sourcePaths: paths).format(findings)
        default: return TextFormatter(color: console.useColor, showSuppressed: showSuppressed, sourcePaths: paths).format(findings)
        }
    }

    static func exitCode(_ findings: [Finding]) -> ExitCode {
        FindingSummary(findings).hasBlockingFindings ? .findings : .success
    }
}
