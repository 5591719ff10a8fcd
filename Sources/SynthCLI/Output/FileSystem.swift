import Foundation
import Stack
#if canImport(Glibc)
import Glibc
#endif

/// The file operations output writing needs; tests substitute one that fails on purpose.
/// Failures are ``FileSystemError``s in plain words.
public protocol FileSystem: Sendable {
    func read(_ path: String) -> [UInt8]?
    func fileExists(_ path: String) -> Bool
    /// Regular files directly inside `directory`, by name; empty when it does not exist.
    func files(in directory: String) -> [String]
    /// Subdirectories directly inside `directory`, by name.
    func directories(in directory: String) -> [String]
    /// Creates `path` and any missing parents.
    func createDirectory(_ path: String) throws
    func write(_ path: String, _ bytes: [UInt8]) throws
    func rename(_ from: String, _ to: String) throws
    func remove(_ path: String) throws
    /// Removes `path` if it is an empty directory.
    func removeIfEmptyDirectory(_ path: String)
    /// Takes an exclusive lock on `directory` for the life of the returned value, waiting up to
    /// `timeout` for another holder to let go; `nil` when it did not.
    func lock(_ directory: String, timeout: Duration) throws -> DirectoryLock?
}

extension FileSystem {
    /// The lock on `directory` if nobody holds it now.
    public func lock(_ directory: String) throws -> DirectoryLock? { try lock(directory, timeout: .zero) }
}

/// A held lock; released on ``release()`` or when the process exits.
public final class DirectoryLock: @unchecked Sendable {
    private let descriptor: Int32
    init(descriptor: Int32) { self.descriptor = descriptor }
    public func release() { close(descriptor) }
}

/// The real disk, through POSIX calls, so every failure has an error number to explain.
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

    public func files(in directory: String) -> [String] { entries(in: directory, directories: false) }

    public func directories(in directory: String) -> [String] { entries(in: directory, directories: true) }

    private func entries(in directory: String, directories: Bool) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { name in
            var status = stat()
            guard stat(directory + "/" + name, &status) == 0 else { return false }
            return ((status.st_mode & S_IFMT) == S_IFDIR) == directories
        }.sorted()
    }

    /// `mkdir -p`: each missing folder in turn; a file in the way is named as such.
    public func createDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) == 0 { continue }
            let code = errno
            var status = stat()
            if code == EEXIST || code == EACCES || code == EROFS || code == EPERM, stat(current, &status) == 0 {
                if (status.st_mode & S_IFMT) == S_IFDIR { continue }
                throw FileSystemError("create folder", current, reason: "a file is in the way")
            }
            // mkdir under /proc or /sys fails with ENOENT although the parent exists.
            if code == ENOENT { throw FileSystemError("create folder", current, reason: "the file system does not allow new folders there") }
            throw FileSystemError("create folder", current, errno: code)
        }
    }

    /// Creates or truncates `path` and writes `bytes`, without `fsync`.
    ///
    /// `Data.write(to:)` syncs every file to disk, which was a third of writing a whole output
    /// tree. Atomicity comes from renaming complete temporary files, not from syncing; the output
    /// is generated and reproducible (`synth --check` finds any file a crash left behind).
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError("create", path, errno: errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileSystemError("write", path, errno: errno)
            }
            written += result
        }
    }

    public func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw FileSystemError("replace", to, errno: errno) }
    }

    public func remove(_ path: String) throws {
        guard unlink(path) == 0 else { throw FileSystemError("remove", path, errno: errno) }
    }

    public func removeIfEmptyDirectory(_ path: String) { _ = rmdir(path) }

    /// `flock` on the folder itself, polled every 10 ms until `timeout`: locks taken through
    /// separate opens exclude each other even inside one process, so in-process tests see
    /// what separate processes see.
    public func lock(_ directory: String, timeout: Duration) throws -> DirectoryLock? {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError("lock", directory, errno: errno) }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, clock.now < deadline else {
                close(descriptor)
                return nil
            }
            usleep(10_000)
        }
        return DirectoryLock(descriptor: descriptor)
    }
}

extension OutputWriter {
    /// An error that is not a ``FileSystemError`` in one line: its own description, or for a
    /// Foundation error its localized sentence rather than the `Error Domain=...` dump.
    static func describe(_ error: any Error) -> String {
        if !(error is CocoaError) { return ConfigurationError.oneLine(String(describing: error)) }
        return ConfigurationError.oneLine((error as NSError).localizedDescription)
    }
}
