import Foundation
import Packaging

/// `synth package --source DIR --out FILE.zip`: a Lambda package whose bytes depend only on the
/// files' relative paths, contents and execute bits (``ZipArchive``, ``PackageSource``),
/// written atomically (a temporary file renamed over FILE.zip).
enum PackageCommand: Command {
    static let name = "package"
    static let summary = "Write a deterministic Lambda package (same bytes on every machine)"
    static let discussion = """
        Zips every regular file under DIR into FILE.zip with paths relative to DIR, sorted, with
        fixed timestamps (1980-01-01 00:00), modes 0644 or 0755 (any execute bit) and no extra
        fields, stored uncompressed: the bytes, and so Terraform's filebase64sha256, depend only
        on the files' paths and contents. Left out: .git, .hg, .svn, __pycache__, *.pyc, *.pyo,
        .DS_Store and Thumbs.db. Symbolic links are rejected, not followed. An existing FILE.zip
        is replaced only when its bytes change.
        """
    static let source = OptionSpec.value("--source", "DIR", help: "The folder to package (the Lambda handlers)", required: true)
    static let out = OptionSpec.value("--out", "FILE.zip", help: "The zip file to write", required: true)
    static let options = [source, out]
    static let exitCodes: [ExitCodeSpec] = [.success("the package was written or is current"), .usage]

    static func run(_ options: ParsedOptions, _ context: CommandContext) throws -> ExitCode {
        guard let sourceValue = options.value(source) else {
            throw CLIError("package needs --source DIR, the folder to package; for example: synth package --source src --out build/handlers.zip")
        }
        guard let outValue = options.value(out) else {
            throw CLIError("package needs --out FILE.zip, the file to write; for example: synth package --source src --out build/handlers.zip")
        }
        let folder = standardized(context.absolute(sourceValue))
        let target = standardized(context.absolute(outValue))
        guard !target.hasSuffix("/"), let slash = target.lastIndex(of: "/"), slash != target.index(before: target.endIndex) else {
            throw CLIError("--out \(outValue) names a folder; give the zip file's name, for example --out build/handlers.zip")
        }
        if target.hasPrefix(folder + "/") { throw PackageError.outputInsideSource(output: outValue, source: sourceValue) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError("--out \(outValue) is a folder; give the zip file's name, for example --out \(outValue)/handlers.zip")
        }
        let entries = try PackageSource.entries(of: folder)
        let bytes = try ZipArchive.bytes(entries)
        let root = String(target[..<slash])
        let name = String(target[target.index(after: slash)...])
        var writer = OutputWriter(fileSystem: context.fileSystem, processID: context.processID, lockTimeout: context.lockTimeout)
        writer.outOption = "--out FILE.zip"
        let plan = try writer.write([name: bytes], root: root.isEmpty ? "/" : root)
        context.out("synth: \(outValue) \(plan.isCurrent ? "is current" : "written"): \(entries.count) files, \(bytes.count) bytes\n")
        return .success
    }

    /// `a/./b/../c` → `a/c`, so an output inside the source is recognized however it is spelt.
    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
