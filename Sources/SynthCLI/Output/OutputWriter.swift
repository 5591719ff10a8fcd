/// Writes files under an output folder all or nothing, one run at a time.
///
/// It first takes an exclusive lock on the folder (waiting for another run to finish), then
/// computes the ``OutputPlan`` from what is on disk now, writes every changed file to a
/// temporary file beside its target, and only when all are on disk renames them into place (a
/// rename within a folder is atomic) and removes stale files. A failure while writing removes
/// the temporary files and folders it created and leaves every existing file as it was.
public struct OutputWriter: Sendable {
    public var fileSystem: FileSystem
    public var processID: Int32
    /// How long to wait for another run's lock before giving up.
    public var lockTimeout: Duration
    /// The option that chooses where output goes, for the advice in errors.
    public var outOption = "--out DIR"

    public init(fileSystem: FileSystem = LocalFileSystem(), processID: Int32, lockTimeout: Duration = .seconds(60)) {
        self.fileSystem = fileSystem
        self.processID = processID
        self.lockTimeout = lockTimeout
    }

    /// Locks `root`, plans `files` against it (stale files looked for in `scopes(fileSystem)`,
    /// evaluated under the lock), applies the plan, and returns it.
    @discardableResult
    public func write(_ files: [String: [UInt8]], root: String, scopes: (FileSystem) -> [String] = { _ in [] }) throws -> OutputPlan {
        do {
            try fileSystem.createDirectory(root)
        } catch {
            let reason = (error as? FileSystemError).map { $0.path == root ? $0.reason : "\($0.path): \($0.reason)" } ?? Self.describe(error)
            throw FileSystemError("create output folder", root, reason: reason, fix: "choose a folder you can write to with \(outOption)")
        }
        let lock: DirectoryLock?
        do {
            lock = try fileSystem.lock(root, timeout: lockTimeout)
        } catch {
            throw FileSystemError("lock output folder", root, reason: Self.reason(error), fix: "choose a folder you can write to with \(outOption)")
        }
        guard let lock else {
            throw CLIError("another synth process has been writing to \(root) for \(Self.text(lockTimeout)); wait for it to finish and run again")
        }
        defer { lock.release() }
        let plan = OutputPlan.make(bytes: files, root: root, scopes: scopes(fileSystem), fileSystem: fileSystem)
        try apply(plan, root: root)
        return plan
    }

    /// Applies `plan`; the caller holds the lock.
    func apply(_ plan: OutputPlan, root: String) throws {
        if plan.isCurrent { return }
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
                let temporary = TemporaryFile.path(for: target, processID: processID)
                // Recorded before writing: a write that fails part-way leaves a partial file to remove.
                temporaries.append((temporary, target))
                try fileSystem.write(temporary, contents)
            }
        } catch {
            for entry in temporaries { try? fileSystem.remove(entry.temporary) }
            for directory in createdDirectories.reversed() { fileSystem.removeIfEmptyDirectory(directory) }
            throw CLIError("cannot write to \(root): \(Self.reason(error)); nothing was changed; free space, check the folder's permissions or choose another with \(outOption)")
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
            throw CLIError("cannot finish writing to \(root): \(Self.reason(error)); run again, and 'synth --check' lists any file left out of date")
        }
    }

    /// `60 s`, `300 ms`.
    static func text(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return seconds >= 1 ? "\(seconds) s" : "\(attoseconds / 1_000_000_000_000_000) ms"
    }

    /// A failure in words: a ``FileSystemError`` names the file and the reason; anything else
    /// (a test's injected failure) its own description.
    static func reason(_ error: any Error) -> String {
        if let error = error as? FileSystemError { return "\(error.reason) (\(error.path))" }
        return describe(error)
    }
}
