import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a folder into ``ZipEntry``s: every regular file below it, by path relative to it.
///
/// - Left out, by name at any depth: version-control folders (`.git`, `.hg`, `.svn`), Python
///   bytecode (`__pycache__` folders, `*.pyc`, `*.pyo`) and desktop metadata (`.DS_Store`,
///   `Thumbs.db`). Everything else is packaged, hidden files included: a handler may need them.
/// - Symbolic links are rejected, not followed: a link can point outside the folder or differ
///   between machines, and the package must depend only on the folder's files.
/// - Only the execute bits of the mode are read (any of them makes the file `0755`); owner,
///   times, umask and directory order never reach the archive.
public enum PackageSource {
    static let excludedFolders: Set<String> = [".git", ".hg", ".svn", "__pycache__"]
    static let excludedFiles: Set<String> = [".DS_Store", "Thumbs.db"]
    static let excludedSuffixes = [".pyc", ".pyo"]

    /// For messages: what is left out.
    static let excludedDescription = ".git, .hg, .svn, __pycache__, *.pyc, *.pyo, .DS_Store and Thumbs.db"

    public static func isExcluded(_ name: String, isFolder: Bool) -> Bool {
        if isFolder { return excludedFolders.contains(name) }
        return excludedFiles.contains(name) || excludedSuffixes.contains(where: name.hasSuffix)
    }

    /// The files of `folder` (an absolute path), in no particular order (``ZipArchive`` sorts).
    public static func entries(of folder: String) throws(PackageError) -> [ZipEntry] {
        var status = stat()
        guard stat(folder, &status) == 0 else { throw .missingSource(folder) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .sourceNotAFolder(folder) }
        var entries: [ZipEntry] = []
        try collect(folder, relative: "", into: &entries)
        guard !entries.isEmpty else { throw .emptySource(folder) }
        return entries
    }

    private static func collect(_ directory: String, relative: String, into entries: inout [ZipEntry]) throws(PackageError) {
        guard let handle = opendir(directory) else {
            throw .unreadable(path: directory, reason: String(cString: strerror(errno)))
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { buffer in Array(buffer.prefix { $0 != 0 }) }
            guard let name = String(validating: raw, as: UTF8.self) else {
                throw .invalidName(relative.isEmpty ? directory : relative)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names {
            let path = directory + "/" + name
            let inside = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { throw .unreadable(path: inside, reason: String(cString: strerror(errno))) }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if !isExcluded(name, isFolder: true) { try collect(path, relative: inside, into: &entries) }
            case S_IFREG:
                guard !isExcluded(name, isFolder: false) else { continue }
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw .unreadable(path: inside, reason: access(path, R_OK) == 0 ? "read failed" : "permission denied")
                }
                entries.append(ZipEntry(path: inside, contents: [UInt8](data), isExecutable: status.st_mode & 0o111 != 0))
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw .symbolicLink(path: inside, target: target)
            default:
                throw .notARegularFile(inside)
            }
        }
    }
}
