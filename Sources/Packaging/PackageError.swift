/// Why a package could not be made; each renders as one line naming the input and the fix.
public enum PackageError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingSource(String)
    case sourceNotAFolder(String)
    case emptySource(String)
    case symbolicLink(path: String, target: String)
    case notARegularFile(String)
    case unreadable(path: String, reason: String)
    case invalidName(String)
    case duplicatePath(String)
    case tooLarge(String)
    case outputInsideSource(output: String, source: String)

    public var description: String {
        switch self {
        case .missingSource(let path):
            return "package source \(path) does not exist; pass the folder with the handlers with --source DIR"
        case .sourceNotAFolder(let path):
            return "package source \(path) is a file, not a folder; pass the folder that holds it with --source DIR"
        case .emptySource(let path):
            return "package source \(path) has no files to package (\(PackageSource.excludedDescription) are left out); check --source DIR"
        case .symbolicLink(let path, let target):
            return "package source holds a symbolic link, \(path) -> \(target); packages hold regular files only: replace the link with a copy of the file or remove it"
        case .notARegularFile(let path):
            return "package source holds \(path), which is neither a file nor a folder (a socket, pipe or device); remove it"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason); check its permissions"
        case .invalidName(let path):
            return "package source holds a file whose name is not valid UTF-8, in \(path); rename it"
        case .duplicatePath(let path):
            return "two files would have the path \(path) in the package; rename one"
        case .tooLarge(let what):
            return "the package is too large: \(what); Lambda packages must be far smaller (250 MB unzipped)"
        case .outputInsideSource(let output, let source):
            return "the package \(output) would be inside --source \(source) and end up in its own next version; write it elsewhere with --out FILE.zip"
        }
    }
}
