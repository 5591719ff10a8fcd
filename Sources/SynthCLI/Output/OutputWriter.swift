/// Applies an ``OutputPlan`` all or nothing.
///
/// Every changed file is first written to a temporary file beside its target; only when all of
/// them are on disk are they renamed into place (a rename within a folder is atomic), and then
/// stale files are removed. A failure while writing removes the temporary files and leaves every
/// existing file as it was. An exclusive lock on the output folder keeps two synth processes
/// from interleaving.
public struct OutputWriter: Sendable {
    public var fileSystem: FileSystem
    public var processID: Int32

    public init(fileSystem: FileSystem = LocalFileSystem(), processID: Int32) {
        self.fileSystem = fileSystem
        self.processID = processID
    }

    public func apply(_ plan: OutputPlan, root: String) throws(CLIError) {
        if plan.isCurrent { return }
        do {
            try fileSystem.createDirectory(root)
        } catch {
            throw CLIError("cannot create output folder \(root): \(error); choose a writable folder with --out DIR")
        }
        let lock: DirectoryLock?
        do { lock = try fileSystem.lock(root) } catch { throw CLIError("cannot lock output folder \(root): \(error)") }
        guard let lock else {
            throw CLIError("another synth process is writing to \(root); wait for it to finish and run again")
        }
        defer { lock.release() }

        var temporaries: [(temporary: String, target: String)] = []
        var createdDirectories: [String] = []
        do {
            for (path, contents) in plan.changed {
                let target = root + "/" + path
                let directory = String(target[..<target.utf8.lastIndex(of: UInt8(ascii: "/"))!])
                // Record every folder this run creates, outermost first, so a rollback can
                // remove all of them and leave the tree as it was.
                var missing: [String] = []
                var ancestor = directory
                while !ancestor.isEmpty, ancestor != root, !fileSystem.fileExists(ancestor) {
                    missing.insert(ancestor, at: 0)
                    ancestor = String(ancestor[..<(ancestor.utf8.lastIndex(of: UInt8(ascii: "/")) ?? ancestor.startIndex)])
                }
                for folder in missing {
                    try fileSystem.createDirectory(folder)
                    createdDirectories.append(folder)
                }
                let name = String(target[target.index(after: target.utf8.lastIndex(of: UInt8(ascii: "/"))!)...])
                let temporary = "\(directory)/.\(name).synth-\(processID).tmp"
                // Recorded before writing: a write that fails part-way leaves a partial file to remove.
                temporaries.append((temporary, target))
                try fileSystem.write(temporary, Array(contents.utf8))
            }
        } catch {
            for entry in temporaries { try? fileSystem.remove(entry.temporary) }
            for directory in createdDirectories.reversed() { fileSystem.removeIfEmptyDirectory(directory) }
            throw CLIError("cannot write to \(root): \(error); nothing was changed; check the folder's permissions or choose another with --out DIR")
        }
        do {
            for entry in temporaries { try fileSystem.rename(entry.temporary, entry.target) }
            for path in plan.stale {
                try fileSystem.remove(root + "/" + path)
                let directory = root + "/" + path[..<path.utf8.lastIndex(of: UInt8(ascii: "/"))!]
                fileSystem.removeIfEmptyDirectory(directory)
            }
        } catch {
            for entry in temporaries { try? fileSystem.remove(entry.temporary) }
            throw CLIError("cannot finish writing to \(root): \(error)")
        }
    }
}
