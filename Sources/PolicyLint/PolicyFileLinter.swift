import Foundation
import IAM
import TerraformCore

/// Lints standalone IAM policy JSON files (`synth lint-policy FILE...`).
///
/// Every file is read before any is linted, so a missing file fails the command cleanly: the
/// CLI prints the error's description (one line naming the file) and exits 2. A file that is
/// not JSON is not an error here but an `invalid-policy` finding, like any other bad policy.
///
///     switch PolicyFileLinter(environment: "prod").lint(paths: ["policies/reader.json"]) {
///     case .success(let findings): print(TextFormatter().format(findings))
///     case .failure(let error): print(error)   // cannot read policy file "x.json": no such file
///     }
public struct PolicyFileLinter: Sendable {
    public var linter: PolicyLinter
    /// The environment the files belong to (`--env`), enabling `cross-environment`.
    public var environment: String?
    public var knownEnvironments: [String]
    /// `--kind`: what holds the policies (``PolicyKind/all``); `nil` infers it from each document.
    public var kind: PolicyKind? = nil

    public init(linter: PolicyLinter = PolicyLinter(), environment: String? = nil,
                knownEnvironments: [String] = []) {
        self.linter = linter
        self.environment = environment
        self.knownEnvironments = knownEnvironments
    }

    /// Findings of all files in argument order, or the first file that cannot be read.
    public func lint(paths: [String]) -> Result<[Finding], PolicyFileError> {
        var contents: [PolicyFile] = []
        for path in paths {
            switch Self.read(path) {
            case .success(let bytes): contents.append(PolicyFile(path: path, bytes: bytes))
            case .failure(let error): return .failure(error)
            }
        }
        // Files lint independently: on every core, findings still in argument order.
        return .success(contents.parallelMap { file in
            linter.lint(bytes: file.bytes, context: PolicyContext(file: file.path, environment: environment,
                                                                  knownEnvironments: knownEnvironments, kind: kind))
        }.flatMap { $0 })
    }

    private struct PolicyFile: Sendable {
        let path: String
        let bytes: [UInt8]
    }

    static func read(_ path: String) -> Result<[UInt8], PolicyFileError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable(path: path, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(.unreadable(path: path, reason: "is a directory")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadable(path: path, reason: "permission denied or unreadable"))
        }
        return .success(Array(data))
    }
}

/// A policy file that could not be read: a usage error (exit 2), not a finding.
public enum PolicyFileError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)

    /// One line naming the file: `cannot read policy file "x.json": no such file`.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read policy file \"\(path)\": \(reason)"
        }
    }
}
