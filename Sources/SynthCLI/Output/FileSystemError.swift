#if canImport(Glibc)
import Glibc
#endif

/// A file operation that failed, in plain words: what was being done, where, why (from the
/// system's error number, never a Foundation error dump) and, where the caller knows it, what to do.
///
///     cannot create output folder /etc/passwd: a file is in the way; choose a folder with --out DIR
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `create output folder`, `write`, `move`, `remove`, `lock`.
    public var operation: String
    public var path: String
    /// `permission denied`, `a file is in the way`, ...
    public var reason: String
    /// `choose a writable folder with --out DIR`; empty when the caller adds none.
    public var fix: String

    public init(_ operation: String, _ path: String, reason: String, fix: String = "") {
        self.operation = operation
        self.path = path
        self.reason = reason
        self.fix = fix
    }

    /// The failure the system reported as `code` (`errno`).
    public init(_ operation: String, _ path: String, errno code: Int32, fix: String = "") {
        self.init(operation, path, reason: Self.reason(errno: code), fix: fix)
    }

    public var description: String {
        let text = "cannot \(operation) \(path): \(reason)" + (fix.isEmpty ? "" : "; \(fix)")
        return text.replacingOccurrences(of: "\n", with: " ")
    }

    /// The same failure with `fix` as the advice.
    public func with(fix: String) -> FileSystemError { FileSystemError(operation, path, reason: reason, fix: fix) }

    /// Plain words for the error numbers a file operation meets.
    public static func reason(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case EEXIST: return "a file is in the way"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EISDIR: return "it is a folder"
        case ENOENT: return "no such file or folder"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "no space left on the device"
        case EDQUOT: return "the disk quota is used up"
        case ENAMETOOLONG: return "the path is too long"
        case ELOOP: return "too many symbolic links on the path"
        case EBUSY, ETXTBSY: return "it is busy"
        case EMFILE, ENFILE: return "too many open files"
        case EIO: return "an input/output error on the device"
        default: return String(cString: strerror(code))
        }
    }
}
