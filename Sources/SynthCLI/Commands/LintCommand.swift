import PolicyLint
import Stack

/// `synth lint [--env ENV | --all] [--format text|json|sarif]`: the stack's policies, no writes.
struct LintCommand {
    let parsed: ParsedArguments
    let console: Console

    init(_ arguments: [String], console: Console) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "lint", valueOptions: ["--env", "--format"], flagOptions: ["--all", "--show-suppressed"])
        self.console = console
    }

    func run() throws -> ExitCode {
        let format = try parsed.choice("--format", allowed: FindingsOutput.formats, default: "text")
        let environments = try SynthCommandLine.selectedEnvironments(parsed, command: "lint", required: false)
        let findings = try Synthesizer.synthesize(environments).findings
        console.out(FindingsOutput.render(findings, format: format, console: console,
                                          showSuppressed: parsed.flags.contains("--show-suppressed")))
        return FindingsOutput.exitCode(findings)
    }
}
