import Foundation
import Stack
import SynthCLI

/// A console that records what a command prints.
final class RecordingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    let workingDirectory: String
    let isTerminal: Bool

    init(workingDirectory: String, isTerminal: Bool = false) {
        self.workingDirectory = workingDirectory
        self.isTerminal = isTerminal
    }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    var console: Console {
        Console(out: { text in self.lock.withLock { self.outText += text } },
                err: { text in self.lock.withLock { self.errText += text } },
                isTerminal: isTerminal, environment: [:], workingDirectory: workingDirectory)
    }
}

/// One in-process run of `synth`: its exit code and what it printed.
struct SynthRun {
    let status: Int32
    let console: RecordingConsole
    var out: String { console.out }
    var err: String { console.err }
}

/// Runs `synth` in-process, as the executable would, in `directory`.
///
/// - Parameters:
///   - environments: The environment registry (tests pass one holding an invalid configuration).
///   - lockTimeout: How long a writer waits for another's lock (tests of a held lock pass a short one).
///   - terminal: Whether standard output is a terminal (colour).
func runSynth(_ arguments: [String], in directory: String = NSTemporaryDirectory(), fileSystem: FileSystem = LocalFileSystem(),
              environments: [EnvironmentConfig] = Environments.all, lockTimeout: Duration = .seconds(60), terminal: Bool = false,
              processID: Int32 = 4242,
              synthesize: @escaping SynthCommandLine.Synthesize = { try Synthesizer.synthesize($0) }) -> SynthRun {
    let recorder = RecordingConsole(workingDirectory: directory, isTerminal: terminal)
    let context = CommandContext(console: recorder.console, fileSystem: fileSystem, synthesize: synthesize, environments: environments,
                                 processID: processID, lockTimeout: lockTimeout)
    return SynthRun(status: SynthCommandLine.run(arguments, context: context), console: recorder)
}

/// A new, empty folder under the temporary directory, named after the test.
func makeTemporaryFolder(_ label: String = #function) throws -> String {
    let path = NSTemporaryDirectory() + "synth-test-\(label.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
