import Foundation
import Stack
import SynthCLI

/// A console that records what a command prints.
final class RecordingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    let workingDirectory: String

    init(workingDirectory: String) { self.workingDirectory = workingDirectory }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    var console: Console {
        Console(out: { text in self.lock.withLock { self.outText += text } },
                err: { text in self.lock.withLock { self.errText += text } },
                isTerminal: false, environment: [:], workingDirectory: workingDirectory)
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
func runSynth(_ arguments: [String], in directory: String = NSTemporaryDirectory(), fileSystem: FileSystem = LocalFileSystem(),
              synthesize: @escaping SynthCommandLine.Synthesize = { try Synthesizer.synthesize($0) }) -> SynthRun {
    let recorder = RecordingConsole(workingDirectory: directory)
    let status = SynthCommandLine.run(arguments, console: recorder.console, fileSystem: fileSystem, processID: 4242, synthesize: synthesize)
    return SynthRun(status: status, console: recorder)
}

/// A new, empty folder under the temporary directory, named after the test.
func makeTemporaryFolder(_ label: String = #function) throws -> String {
    let path = NSTemporaryDirectory() + "synth-test-\(label.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
