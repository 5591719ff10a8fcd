import Foundation
import Stack
import Testing
@testable import SynthCLI

/// Every file-system failure is one plain line: what failed, where, and what to do, never a
/// Foundation error dump; exit 2 and nothing on disk changed.
@Suite struct FileSystemErrorTests {
    @Test func outOntoAFileSaysAFileIsInTheWay() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        let onto = runSynth(["--env", "dev", "--out", folder + "/file"])
        #expect(onto.status == 2)
        #expect(onto.err == "synth: error: cannot create output folder \(folder)/file: a file is in the way; choose a folder you can write to with --out DIR\n")
        let under = runSynth(["--env", "dev", "--out", folder + "/file/out"])
        #expect(under.err == "synth: error: cannot create output folder \(folder)/file/out: \(folder)/file: a file is in the way; "
            + "choose a folder you can write to with --out DIR\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
    }

    @Test func outUnderProcSaysTheFileSystemRefuses() throws {
        try #require(FileManager.default.fileExists(atPath: "/proc/self"), "needs Linux's /proc")
        let run = runSynth(["--env", "dev", "--out", "/proc/synth-out"])
        #expect(run.status == 2)
        #expect(run.err == "synth: error: cannot create output folder /proc/synth-out: the file system does not allow new folders there; "
            + "choose a folder you can write to with --out DIR\n")
        let pipeline = runSynth(["pipeline", "--out", "/proc/synth-out"])
        #expect(pipeline.err.hasPrefix("synth: error: cannot create output folder /proc/synth-out: "))
    }

    /// What the system says, in words, for each error number a write meets.
    @Test(arguments: [
        (EACCES, "permission denied"), (EROFS, "the file system is read-only"), (ENOSPC, "no space left on the device"),
        (EDQUOT, "the disk quota is used up"), (ENOTDIR, "part of the path is a file, not a folder"), (EEXIST, "a file is in the way"),
    ])
    func errorNumbersInWords(code: Int32, words: String) throws {
        struct FailingWrites: FileSystem {
            let base = LocalFileSystem()
            let code: Int32
            func read(_ path: String) -> [UInt8]? { base.read(path) }
            func fileExists(_ path: String) -> Bool { base.fileExists(path) }
            func files(in directory: String) -> [String] { base.files(in: directory) }
            func directories(in directory: String) -> [String] { base.directories(in: directory) }
            func createDirectory(_ path: String) throws { try base.createDirectory(path) }
            func write(_ path: String, _ bytes: [UInt8]) throws { throw FileSystemError("create", path, errno: code) }
            func rename(_ from: String, _ to: String) throws { try base.rename(from, to) }
            func remove(_ path: String) throws { try base.remove(path) }
            func removeIfEmptyDirectory(_ path: String) { base.removeIfEmptyDirectory(path) }
            func lock(_ directory: String, timeout: Duration) throws -> DirectoryLock? { try base.lock(directory, timeout: timeout) }
        }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = runSynth(["--env", "dev", "--out", folder], fileSystem: FailingWrites(code: code))
        #expect(run.status == 2)
        let first = "\(folder)/environments/bootstrap/.main.tf.json.synth-4242.tmp"
        #expect(run.err == "synth: error: cannot write to \(folder): \(words) (\(first)); nothing was changed; "
            + "free space, check the folder's permissions or choose another with --out DIR\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    /// No message anywhere in the file-system paths carries Foundation's `Error Domain=` dump.
    @Test func aFoundationErrorIsShownAsASentence() throws {
        let sentence = OutputWriter.describe(CocoaError(.fileWriteNoPermission))
        #expect(!sentence.contains("Error Domain"))
        #expect(!sentence.isEmpty)
        #expect(SynthCommandLine.message(for: CocoaError(.fileNoSuchFile)).hasPrefix("unexpected failure: "))
        #expect(!SynthCommandLine.message(for: CocoaError(.fileNoSuchFile)).contains("\n"))
    }

    @Test func diffAndLintPolicyNameTheirInputs() {
        #expect(runSynth(["diff", "--env", "dev", "--out", "/nonexistent/synth"]).err
            == "synth: error: output folder /nonexistent/synth does not exist; pass the folder synth writes to with --out DIR\n")
        #expect(runSynth(["diff", "--env", "dev", "--base-cost", "/nonexistent/cost.json"]).err
            == "synth: error: cannot read --base-cost /nonexistent/cost.json: no such file or not readable; "
            + "save it with 'synth cost --all --format json > /nonexistent/cost.json' on the base revision\n")
    }
}
