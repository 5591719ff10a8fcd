import PolicyLint

/// The `--format` of `synth lint` and `synth lint-policy`.
enum FindingsFormat: String, OptionChoice {
    case text, json, sarif
    static let defaultValue = FindingsFormat.text
}

/// Renders findings in the format asked for; one place for synth, lint and lint-policy.
enum FindingsOutput {
    static let format = OptionSpec.choice("--format", FindingsFormat.self, help: "Output format")

    /// Every rule with its one-line summary, in reporting order, from the linter's rule list
    /// (the list SARIF's rule metadata and suppression checks read too).
    static var rules: HelpSection {
        HelpSection("RULES", PolicyLinter.ruleDescriptions.map { HelpSection.Row($0.id, $0.summary) })
    }

    /// Stack findings name the Swift line that wrote the grant, relative to the working directory.
    static func render(_ findings: [Finding], format: FindingsFormat, showSuppressed: Bool, context: CommandContext) -> String {
        let paths = SourcePaths(root: context.console.workingDirectory)
        switch format {
        case .json: return JSONFindingsFormatter.format(findings, sourcePaths: paths)
        case .sarif: return SARIFFormatter(sourcePaths: paths).format(findings)
        case .text: return TextFormatter(color: context.useColor, showSuppressed: showSuppressed, sourcePaths: paths).format(findings)
        }
    }

    /// Prints `findings`; with `-q`, only the blocking ones, and nothing when there are none.
    static func print(_ findings: [Finding], _ options: ParsedOptions, context: CommandContext) {
        let shown = context.quiet ? findings.filter(\.isBlocking) : findings
        if context.quiet && shown.isEmpty { return }
        context.console.out(render(shown, format: options.choice(format), showSuppressed: options.flag(SharedOptions.showSuppressed), context: context))
    }

    static func exitCode(_ findings: [Finding]) -> ExitCode {
        FindingSummary(findings).hasBlockingFindings ? .findings : .success
    }
}
