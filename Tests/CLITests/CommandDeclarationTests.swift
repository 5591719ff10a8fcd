import Foundation
import Review
import Stack
import Testing
@testable import SynthCLI

/// `synth --help`, every `synth COMMAND --help`, the common options and the shell completions
/// all come from the command declarations (``Command``, ``OptionSpec``).
@Suite struct CommandDeclarationTests {
    static let commandNames = SynthCommands.all.map { $0.name }

    @Test func theHelpOfPackageIsExactly() {
        let help = runSynth(["package", "--help"])
        #expect(help.status == 0)
        #expect(help.err == "")
        #expect(help.out == """
            USAGE: synth package --source DIR --out FILE.zip

            Zips every regular file under DIR into FILE.zip with paths relative to DIR, sorted, with
            fixed timestamps (1980-01-01 00:00), modes 0644 or 0755 (any execute bit) and no extra
            fields, stored uncompressed: the bytes, and so Terraform's filebase64sha256, depend only
            on the files' paths and contents. Left out: .git, .hg, .svn, __pycache__, *.pyc, *.pyo,
            .DS_Store and Thumbs.db. Symbolic links are rejected, not followed. An existing FILE.zip
            is replaced only when its bytes change.

            OPTIONS:
              --source DIR    The folder to package (the Lambda handlers)
              --out FILE.zip  The zip file to write

            COMMON OPTIONS:
              -q, --quiet     Print only errors (lint: only error findings); the exit code still tells
              --no-color      No ANSI colours, even on a terminal (NO_COLOR=1 does the same)
              --version       Print synth's version and exit
              -h, --help      Show this help and exit

            EXIT CODES:
              0  the package was written or is current
              2  usage or configuration error (unknown environment or option, invalid setting, unreadable or unwritable file)

            """)
    }

    /// Each command's help shows its usage line, every option it declares with its help and
    /// values, the common options and its exit codes; `help COMMAND` is the same text.
    @Test(arguments: SynthCommands.all.map { $0.name })
    func helpIsGeneratedFromTheDeclarations(name: String) throws {
        let command = try #require(SynthCommands.all.first { $0.name == name })
        let arguments = command == SynthesizeCommand.self ? ["--help"] : [name, "--help"]
        let help = runSynth(arguments)
        #expect(help.status == 0)
        #expect(help.out.hasPrefix("USAGE: \(UsageLine.make(command))\n"))
        #expect(help.out.contains(command.discussion))
        // Help lines wrap at 100 columns; compare with the line breaks taken out.
        let unwrapped = help.out.replacingOccurrences(of: #"\n {6,}"#, with: " ", options: .regularExpression)
        for option in command.allOptions {
            #expect(unwrapped.contains("  \(HelpGenerator.label(option))"), "\(name): \(option.name)")
            #expect(unwrapped.contains(option.fullHelp), "\(name): \(option.name)")
            #expect(UsageLine.make(command).contains(option.name) || CommonOptions.all.contains(option), "\(name): \(option.name)")
        }
        for exit in command.exitCodes { #expect(help.out.contains("  \(exit.code.rawValue)  \(exit.meaning)\n")) }
        #expect(help.out.split(separator: "\n").allSatisfy { $0.count <= 120 || $0.hasPrefix("  2  ") })
        if command != SynthesizeCommand.self {
            #expect(runSynth(["help", name]).out == help.out)
            // The main help lists it with its summary.
            #expect(runSynth(["--help"]).out.contains("\n  \(name)" + String(repeating: " ", count: 19 - name.count) + command.summary + "\n"))
        }
    }

    @Test func choicesAreTheFormatEnums() {
        #expect(DiffCommand.format.choices == ReportFormat.allCases.map(\.rawValue))
        #expect(GraphCommand.format.choices == ["dot", "mermaid"])
        #expect(LintCommand.options.first { $0.name == "--format" }?.choices == ["text", "json", "sarif"])
        #expect(SharedOptions.env().choices == Environments.names)
    }

    // MARK: Common options on every command

    @Test(arguments: SynthCommands.all.map { $0.name })
    func versionWorksOnEveryCommand(name: String) {
        let arguments = name == SynthesizeCommand.name ? ["--version"] : [name, "--version"]
        let run = runSynth(arguments)
        #expect(run.status == 0)
        #expect(run.out == "synth \(SynthCommandLine.version)\n")
        #expect(run.err == "")
    }

    /// `-q` and `--no-color` parse on every command; `-q` leaves standard output empty.
    @Test(arguments: [
        ["lint", "--env", "dev"], ["envs"], ["cost", "--env", "dev"], ["graph", "--env", "dev"], ["completion", "bash"],
        ["lint-policy", "POLICY"], ["diff", "--env", "dev", "--out", "OUT"], ["pipeline", "--out", "OUT"], ["--env", "dev", "--out", "OUT"],
        ["package", "--source", "SRC", "--out", "OUT/handlers.zip"],
    ])
    func quietAndNoColorWorkOnEveryCommand(arguments: [String]) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/src", withIntermediateDirectories: true)
        try Data("def handler(event, context):\n    return {}\n".utf8).write(to: URL(fileURLWithPath: folder + "/src/handler.py"))
        try Data(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/policy.json"))
        let resolved = arguments.map {
            $0.replacingOccurrences(of: "OUT", with: folder + "/out").replacingOccurrences(of: "SRC", with: folder + "/src")
                .replacingOccurrences(of: "POLICY", with: folder + "/policy.json")
        }
        let loud = runSynth(resolved + ["--no-color"], in: folder)
        #expect(loud.err == "")
        #expect(!loud.out.isEmpty, "\(arguments)")
        let quiet = runSynth(resolved + ["-q", "--no-color"], in: folder)
        #expect(quiet.status == (arguments.first == "diff" ? 1 : 0), "\(arguments)")
        #expect(quiet.out == "", "\(arguments)")
        #expect(quiet.err == "")
        #expect(runSynth(resolved + ["--quiet"], in: folder).out == "")
    }

    /// On a terminal the text findings are coloured; `--no-color` turns that off.
    @Test func noColorTurnsColourOff() {
        // Suppressed findings are listed (in colour) only with --show-suppressed.
        let colour = runSynth(["lint", "--env", "dev", "--show-suppressed"], terminal: true)
        #expect(colour.out.contains("\u{1B}["))
        let plain = runSynth(["lint", "--env", "dev", "--show-suppressed", "--no-color"], terminal: true)
        #expect(!plain.out.contains("\u{1B}["))
        #expect(plain.out == runSynth(["lint", "--env", "dev", "--show-suppressed"], terminal: false).out)
    }

    @Test func helpAndVersionWinOverMistakes() {
        #expect(runSynth(["graph", "--bogus", "--help"]).status == 0)
        #expect(runSynth(["lint", "--format", "xml", "--version"]).out == "synth \(SynthCommandLine.version)\n")
        #expect(runSynth(["help"]).out == runSynth(["--help"]).out)
    }

    @Test func parserAcceptsEqualsRepeatsAndDoubleDash() {
        let equals = runSynth(["cost", "--env=dev", "--format=json"])
        #expect(equals.status == 0)
        #expect(equals.out == runSynth(["cost", "--env", "dev", "--format", "json"]).out)
        let repeated = runSynth(["envs", "--env", "prod", "--env", "dev", "--format", "json"])
        #expect(repeated.out.contains("\"environments\": [\n    \"dev\",\n    \"prod\"\n  ]"))
        #expect(runSynth(["lint-policy", "--", "-missing.json"]).err
            == "synth: error: cannot read policy file \"-missing.json\": no such file; check the path\n")
        #expect(runSynth(["--env", "dev", "--out"]).err == "synth: error: option --out needs a value; for example --out DIR\n")
    }

    // MARK: Shell completion

    @Test(arguments: CompletionShell.allCases)
    func completionScriptsMentionEveryCommandAndOption(shell: CompletionShell) {
        let run = runSynth(["completion", shell.rawValue])
        #expect(run.status == 0)
        let script = run.out
        #expect(script.contains("Generated by synth from its command declarations"))
        for command in SynthCommands.subcommands { #expect(script.contains(command.name), "\(shell): \(command.name)") }
        for command in SynthCommands.all {
            for option in command.allOptions {
                let name = shell == .fish ? "-l \(option.name.dropFirst(2))" : option.name
                #expect(script.contains(name), "\(shell): \(command.name) \(option.name)")
                for choice in option.choices { #expect(script.contains(choice), "\(shell): \(option.name) \(choice)") }
            }
        }
    }

    /// Each script is valid for its shell (`-n`: parse without running), where the shell exists.
    @Test(arguments: CompletionShell.allCases)
    func completionScriptsParse(shell: CompletionShell) throws {
        let path = ["/usr/bin/\(shell.rawValue)", "/bin/\(shell.rawValue)", "/usr/local/bin/\(shell.rawValue)"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(path != nil || shell != .bash, "bash is needed to check the bash script")
        guard let path else { return }
        let file = NSTemporaryDirectory() + "synth-completion-\(UUID().uuidString).\(shell.rawValue)"
        try runSynth(["completion", shell.rawValue]).out.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try Self.shell(path, ["-n", file]).status == 0)
    }

    /// The bash script completes commands, option values and environment names.
    @Test func bashCompletesCommandsOptionsAndValues() throws {
        let file = NSTemporaryDirectory() + "synth-completion-\(UUID().uuidString).bash"
        try runSynth(["completion", "bash"]).out.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        func complete(_ words: [String]) throws -> String {
            let array = words.map { "'\($0)'" }.joined(separator: " ")
            let script = "source \(file); COMP_WORDS=(\(array)); COMP_CWORD=\(words.count - 1); _synth; echo \"${COMPREPLY[*]}\""
            return try Self.shell("/usr/bin/bash", ["-c", script]).out
        }
        #expect(try complete(["synth", "gr"]) == "graph\n")
        #expect(try complete(["synth", "graph", "--format", ""]) == "dot mermaid\n")
        #expect(try complete(["synth", "lint", "--env", ""]) == Environments.names.joined(separator: " ") + "\n")
        #expect(try complete(["synth", "envs", "--ch"]) == "--changed\n")
        #expect(try complete(["synth", "completion", ""]) == "bash zsh fish\n")
    }

    static func shell(_ path: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
