import Foundation
import SynthCLI
import SynthTestSupport

extension ReliabilityTests {
    /// Runs `synth` in-process with `arguments`; returns the exit code and the console.
    static func synth(_ arguments: [String], in directory: String, fileSystem: FileSystem = LocalFileSystem(),
                      lockTimeout: Duration = .seconds(60)) -> SynthRun {
        runSynth(arguments, in: directory, fileSystem: fileSystem, lockTimeout: lockTimeout)
    }

    /// A fresh, empty folder under the temporary directory, removed by ``remove()``.
    struct TemporaryFolder {
        let path: String

        init(_ label: String = #function) throws {
            let name = label.filter { $0.isLetter || $0.isNumber }
            path = NSTemporaryDirectory() + "synth-reliability-\(name)-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }

        func write(_ relativePath: String, _ text: String) throws {
            let url = URL(fileURLWithPath: path + "/" + relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func write(_ relativePath: String, bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + relativePath))
        }

        func read(_ relativePath: String) -> String? {
            FileManager.default.contents(atPath: path + "/" + relativePath).map { String(decoding: $0, as: UTF8.self) }
        }

        /// Every regular file below the folder (hidden ones included) with its bytes.
        func snapshot() -> [String: Data] {
            var files: [String: Data] = [:]
            guard let enumerator = FileManager.default.enumerator(atPath: path) else { return files }
            while let relative = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let full = path + "/" + relative
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[relative] = FileManager.default.contents(atPath: full)
                }
            }
            return files
        }
    }

    /// The real disk, except that the `failOnWrite`-th write (1-based) throws.
    struct FailingFileSystem: FileSystem {
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            func next() -> Int { lock.withLock { value += 1; return value } }
            var count: Int { lock.withLock { value } }
        }

        struct InjectedFailure: Error, CustomStringConvertible {
            let path: String
            var description: String { "injected failure writing \(path)" }
        }

        let base = LocalFileSystem()
        let failOnWrite: Int
        let writes = Counter()

        func read(_ path: String) -> [UInt8]? { base.read(path) }
        func fileExists(_ path: String) -> Bool { base.fileExists(path) }
        func files(in directory: String) -> [String] { base.files(in: directory) }
        func directories(in directory: String) -> [String] { base.directories(in: directory) }
        func createDirectory(_ path: String) throws { try base.createDirectory(path) }
        func write(_ path: String, _ bytes: [UInt8]) throws {
            if writes.next() == failOnWrite {
                // Leave a partial file behind, as a full disk would.
                try base.write(path, Array(bytes.prefix(bytes.count / 2)))
                throw InjectedFailure(path: path)
            }
            try base.write(path, bytes)
        }
        func rename(_ from: String, _ to: String) throws { try base.rename(from, to) }
        func remove(_ path: String) throws { try base.remove(path) }
        func removeIfEmptyDirectory(_ path: String) { base.removeIfEmptyDirectory(path) }
        func lock(_ directory: String, timeout: Duration) throws -> DirectoryLock? { try base.lock(directory, timeout: timeout) }
    }
}

/// Value generators for the configuration property test.
extension SplitMix64 {
    /// Mostly near the interesting limits, sometimes anywhere in `Int`.
    mutating func integer(around limits: [Int]) -> Int {
        switch below(10) {
        case 0: return Int(truncatingIfNeeded: next())
        case 1: return pick([Int.min, Int.max, 0, -1])
        default: return pick(limits) + below(5) - 2
        }
    }

    /// A string from a mixed alphabet: lower and upper case, digits, punctuation,
    /// whitespace, control characters and non-ASCII.
    mutating func text(maxLength: Int) -> String {
        let alphabet: [Character] = Array("abcdefghijklmnopqrstuvwxyz0123456789-") + ["A", "Z", "_", ".", ":", "/", " ", "\"", "*",
                                                                                      "\n", "\t", "\u{7}", "é", "ü", "🙂", "\u{200B}"]
        return String((0..<below(maxLength + 1)).map { _ in pick(alphabet) })
    }
}
