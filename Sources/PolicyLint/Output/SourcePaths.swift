import Foundation
import IAM

/// Turns a ``SourceLocation``'s `#fileID` (`Stack/PoliciesModule.swift`) into the path of the
/// Swift file in the package (`Sources/Stack/Modules/PoliciesModule.swift`), for reports that
/// link to it (SARIF code scanning needs the real path).
///
/// SwiftPM keeps a target's files under `Sources/<Target>/` (test targets under `Tests/<Target>/`),
/// in folders of any depth, and file names are unique within a target, so one look through that
/// folder under `root` answers every location of the target. Where the sources are not on disk (a binary run
/// elsewhere) the path is `Sources/<Target>/<File>`.
public final class SourcePaths: @unchecked Sendable {
    /// The package root the paths are relative to.
    public let root: String
    private let lock = NSLock()
    private var targets: [String: [String: String]] = [:]

    /// - Parameter root: The package root; the current directory by default (CI runs synth there).
    public init(root: String = FileManager.default.currentDirectoryPath) {
        self.root = root
    }

    /// The package-relative path of `location`'s file.
    public func path(of location: SourceLocation) -> String {
        let module = location.module
        let name = location.fileName
        lock.lock()
        defer { lock.unlock() }
        if targets[module] == nil { targets[module] = index(module) }
        return targets[module]?[name] ?? "Sources/\(module)/\(name)"
    }

    /// File name to package-relative path, for every Swift file of `module`.
    private func index(_ module: String) -> [String: String] {
        var paths: [String: String] = [:]
        for folder in ["Sources/\(module)", "Tests/\(module)"] {
            guard let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let name = (relative as NSString).lastPathComponent
                if paths[name] == nil { paths[name] = folder + "/" + relative }
            }
        }
        return paths
    }
}
