import Foundation

/// Compares everything a run produces with the golden folders it writes into, both ways: each
/// produced file must match its golden file (``goldenMismatch(_:path:)``), and each golden file
/// must still be produced. A stale `*.tf.json` left in a root is read by Terraform, so a file
/// the synth no longer writes is as wrong as one that differs.
///
/// - Parameters:
///   - files: The produced files by path relative to `root` (`environments/prod/main.tf.json`).
///   - root: The folder the paths are relative to (the package root).
///   - folders: The golden folders, relative to `root` (`environments`, `modules-out`): every file
///     under them is golden, except hidden ones and Terraform's working files (``isWorkingFile(_:)``).
///   - record: The command that re-records them, for the messages.
/// - Returns: One message per problem (produced files first, then stale ones, each by path);
///   empty when the tree is current. With
///   `SYNTH_RECORD_GOLDEN=1` produced files are written, stale ones deleted, and each is reported.
public func goldenTreeMismatches(_ files: [String: String], root: String, folders: [String], record: String = "make golden") -> [String] {
    var mismatches = files.keys.sorted().compactMap { goldenMismatch(files[$0]!, path: root + "/" + $0, record: record) }
    let recording = ProcessInfo.processInfo.environment["SYNTH_RECORD_GOLDEN"] == "1"
    for path in goldenFiles(under: folders, root: root) where files[path] == nil {
        if recording {
            try? FileManager.default.removeItem(atPath: root + "/" + path)
            mismatches.append("Removed stale golden file \(path)")
        } else {
            mismatches.append("unexpected file \(path): nothing produces it any more; delete it, or run `\(record)`")
        }
    }
    return mismatches
}

/// The golden files under `folders` of `root`, as sorted paths relative to `root`.
public func goldenFiles(under folders: [String], root: String) -> [String] {
    let manager = FileManager.default
    var paths: [String] = []
    for folder in folders {
        guard let enumerator = manager.enumerator(atPath: root + "/" + folder) else { continue }
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            // `.terraform/`, `.terraform.lock.hcl`: what `terraform init` leaves, never golden.
            if components.contains(where: { $0.hasPrefix(".") }) || isWorkingFile(String(components.last ?? "")) { continue }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: root + "/" + folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(folder + "/" + relative)
            }
        }
    }
    return paths.sorted()
}

/// Terraform state and saved plans: git-ignored (`.gitignore`), written by local runs (the
/// bootstrap root keeps a local state until its bucket exists), never produced by the synth.
public func isWorkingFile(_ name: String) -> Bool {
    name.hasSuffix(".tfstate") || name.contains(".tfstate.") || name.hasSuffix(".tfplan")
}
