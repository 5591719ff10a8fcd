import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file operations output writing needs; tests substitute one that fails on purpose.
public protocol FileSystem: Sendable {
    func read(_ path: String) -> [UInt8]?
    func fileExists(_ path: String) -> Bool
    /// Regular files directly inside `directory`, by name; empty when it does not exist.
    func files(in directory: String) -> [String]
    /// Subdirectories directly inside `directory`, by name.
    func directories(in directory: String) -> [String]
    func createDirectory(_ path: String) throws
    func write(_ path: String, _ bytes: [UInt8]) throws
    func rename(_ from: String, _ to: String) throws
    func remove(_ path: String) throws
    /// Removes `path` if it is an empty directory.
    func removeIfEmptyDirectory(_ path: String)
    /// Takes an exclusive lock on `directory` for the life of the returned value, or `nil`
    /// when another process holds it.
    func lock(_ directory: String) throws -> DirectoryLock?
}

/// A held lock; released on ``release()`` or when the process exits.
public final class DirectoryLock: @unchecked Sendable {
    private let descriptor: Int32
    init(descriptor: Int32) { self.descriptor = descriptor }
    public func release() { close(descriptor) }
}

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    /// The file's bytes, or `nil` when it cannot be read (missing, a folder, no permission).
    ///
    /// `open` and `read` directly: `FileManager.contents(atPath:)` cost ten times as much for
    /// each of the hundred files a run compares, most of them missing when writing a new folder.
    public func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    public func fileExists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    public func files(in directory: String) -> [String] {
        entries(in: directory, directories: false)
    }

    public func directories(in directory: String) -> [String] {
        entries(in: directory, directories: true)
    }

    private func entries(in directory: String, directories: Bool) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { name in
            var status = stat()
            guard stat(directory + "/" + name, &status) == 0 else { return false }
            return ((status.st_mode & S_IFMT) == S_IFDIR) == directories
        }.sorted()
    }

    public func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Creates or truncates `path` and writes `bytes`, without `fsync`.
    ///
    /// `Data.write(to:)` syncs every file to disk, which was a third of writing a whole output
    /// tree. Atomicity comes from renaming complete temporary files, not from syncing; the output
    /// is generated and reproducible (`synth --check` finds any file a crash left behind).
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CLIError("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
    }

    public func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else {
            throw CLIError("cannot move \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    public func remove(_ path: String) throws { try FileManager.default.removeItem(atPath: path) }

    public func removeIfEmptyDirectory(_ path: String) { _ = rmdir(path) }

    public func lock(_ directory: String) throws -> DirectoryLock? {
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { throw CLIError("cannot open \(directory): \(String(cString: strerror(errno)))") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return DirectoryLock(descriptor: descriptor)
    }
}
