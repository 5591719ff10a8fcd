import IAM
import PolicyLint
import Stack

/// `synth lint-policy [--env ENV] [--kind identity|resource] [--format ...] FILE...`.
struct LintPolicyCommand {
    let parsed: ParsedArguments
    let console: Console

    init(_ arguments: [String], console: Console) throws(CLIError) {
        parsed = try ParsedArguments(arguments, command: "lint-policy", valueOptions: ["--env", "--format", "--kind"], flagOptions: ["--show-suppressed"],
                                     allowsPositionals: true)
        self.console = console
    }

    func run() throws -> ExitCode {
        let format = try parsed.choice("--format", allowed: FindingsOutput.formats, default: "text")
        let kind = try parsed.values["--kind"].map { _ in try parsed.choice("--kind", allowed: PolicyKind.all.map(\.rawValue), default: "identity") }
        if let environment = parsed.values["--env"], Environments.named(environment) == nil {
            throw ConfigurationError.unknownEnvironment(name: environment, known: Environments.names)
        }
        guard !parsed.positionals.isEmpty else {
            throw CLIError("lint-policy needs at least one policy file; for example: synth lint-policy policies/reader.json")
        }
        let paths = parsed.positionals.map { $0.hasPrefix("/") ? $0 : console.workingDirectory + "/" + $0 }
        var linter = PolicyFileLinter(environment: parsed.values["--env"])
        linter.kind = kind.flatMap(PolicyKind.init(rawValue:))
        switch linter.lint(paths: paths) {
        case .failure(.unreadable(let path, let reason)):
            // Name the file as the user typed it, and say what to do.
            let named = paths.firstIndex(of: path).map { parsed.positionals[$0] } ?? path
            throw CLIError("\(PolicyFileError.unreadable(path: named, reason: reason).description); check the path")
        case .success(var findings):
            // Report files as the user named them.
            for index in findings.indices {
                if let file = findings[index].file, let position = paths.firstIndex(of: file) {
                    findings[index].file = parsed.positionals[position]
                }
            }
            console.out(FindingsOutput.render(findings, format: format, console: console,
                                              showSuppressed: parsed.flags.contains("--show-suppressed")))
            return FindingsOutput.exitCode(findings)
        }
    }
}
