import Foundation
import Stack
import Testing
@testable import SynthCLI

/// Writers that run at once on one output folder: each waits for the lock, plans against what
/// is on disk once it holds it, and never takes another run's temporary file for its own.
@Suite struct ConcurrentWritesTests {
    /// The real synthesis of every environment, and one that differs from it: a changed file, a
    /// file it no longer produces (stale for the other), so writers undo each other's work.
    static let full = try! Synthesizer.synthesize(Environments.all)
    static var variant: Synthesis {
        var synthesis = full
        synthesis.files["environments/dev/main.tf.json"]! += "\n"
        synthesis.files["modules-out/budget/outputs.tf.json"] = nil
        return synthesis
    }

    /// Regular files below `root` with their bytes, hidden ones included.
    static func snapshot(_ root: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: root + "/" + relative)
            }
        }
        return files
    }

    static func expected(_ synthesis: Synthesis) -> [String: Data] { synthesis.files.mapValues { Data($0.utf8) } }

    @Test("8 writers at once, 20 times: no failure, and the folder is exactly one writer's output")
    func eightWritersTwentyTimes() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let full = Self.full, variant = Self.variant
        for round in 0..<20 {
            let results = ResultBox()
            DispatchQueue.concurrentPerform(iterations: 8) { writer in
                let synthesis = writer % 2 == 0 ? full : variant
                // Each writer is its own "process": its own temporary-file names.
                let run = runSynth(["--all", "--out", folder, "-q"], in: folder, processID: Int32(1000 + round * 8 + writer)) { _ in synthesis }
                results.append(writer, run)
            }
            for (writer, run) in results.all {
                #expect(run.status == 0, "round \(round) writer \(writer): \(run.err)")
                #expect(run.err == "")
            }
            let disk = Self.snapshot(folder)
            #expect(disk == Self.expected(full) || disk == Self.expected(variant), "round \(round): a mix of two writers' output")
            #expect(!disk.keys.contains { $0.contains(".synth-") }, "round \(round): a temporary file was left behind")
        }
    }

    @Test("another run's temporary file is neither listed by diff nor deleted by synth")
    func foreignTemporaryFilesAreNotStale() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runSynth(["--env", "dev", "--out", folder, "-q"]).status == 0)
        let temporary = folder + "/environments/dev/.main.tf.json.synth-99999.tmp"
        try FileManager.default.copyItem(atPath: folder + "/environments/dev/main.tf.json", toPath: temporary)

        let diff = runSynth(["diff", "--env", "dev", "--out", folder])
        #expect(diff.status == 0)
        #expect(diff.out == "synth diff: no differences\n")
        let check = runSynth(["--check", "--env", "dev", "--out", folder])
        #expect(check.status == 0)
        let write = runSynth(["--env", "dev", "--out", folder])
        #expect(write.status == 0)
        #expect(write.out.contains("environments/dev: 0 written, 5 unchanged, 0 removed\n"))
        #expect(FileManager.default.fileExists(atPath: temporary))
    }

    @Test func temporaryNamesAreRecognized() {
        let path = TemporaryFile.path(for: "/out/environments/dev/main.tf.json", processID: 77)
        #expect(path == "/out/environments/dev/.main.tf.json.synth-77.tmp")
        #expect(TemporaryFile.isTemporary(".main.tf.json.synth-77.tmp"))
        #expect(!TemporaryFile.isTemporary("main.tf.json"))
        #expect(!TemporaryFile.isTemporary(".terraform.lock.hcl"))
    }
}

/// Results gathered from concurrent writers.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(Int, SynthRun)] = []
    func append(_ writer: Int, _ run: SynthRun) { lock.withLock { results.append((writer, run)) } }
    var all: [(Int, SynthRun)] { lock.withLock { results.sorted { $0.0 < $1.0 } } }
}
