import Foundation
import Testing
@testable import SynthCLI

/// `.pre-commit-hooks.yaml`, read as pre-commit reads it: Swift hooks whose entries are synth
/// commands this CLI accepts, and file patterns that never take generated Terraform JSON for a
/// policy. (`.ci/pre-commit-try-repo.sh` runs them for real; it needs a release build.)
@Suite struct PreCommitHooksTests {
    struct Hook { var fields: [String: String] }

    /// The hooks file's `- id:` entries with their `key: value` fields (the file is flat YAML).
    static var hooks: [Hook] {
        let text = (try? String(contentsOfFile: ReadmeFiguresTests.root + "/.pre-commit-hooks.yaml", encoding: .utf8)) ?? ""
        var hooks: [Hook] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let trimmed = line.hasPrefix("- ") ? line.dropFirst(2) : line.drop { $0 == " " }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            if line.hasPrefix("- ") { hooks.append(Hook(fields: [:])) }
            let key = String(trimmed[..<colon]), value = trimmed[trimmed.index(after: colon)...].drop { $0 == " " }
            hooks[hooks.count - 1].fields[key] = String(value)
        }
        return hooks
    }

    static func matches(_ pattern: String?, _ path: String) -> Bool {
        guard let pattern else { return false }
        return (try? NSRegularExpression(pattern: pattern))?.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }

    @Test func hooksAreSwiftAndCallSynth() throws {
        let hooks = Self.hooks
        #expect(hooks.map { $0.fields["id"] } == ["synth-lint", "synth-lint-policy"])
        for hook in hooks {
            #expect(hook.fields["language"] == "swift")
            let entry = try #require(hook.fields["entry"]).split(separator: " ").map(String.init)
            #expect(entry.first == "synth")
            // The entry parses against the command's declarations.
            let command = try #require(SynthCommands.named(entry[1]))
            let files = hook.fields["pass_filenames"] == "false" ? [] : ["policies/a.json"]
            #expect(throws: Never.self) { try ArgumentParser.parse(Array(entry.dropFirst(2)) + files, command: command) }
        }
    }

    @Test(arguments: [
        ("policies/reader.json", true), ("iam/admin.json", true), ("infra/policy/x.json", true), ("roles/reader.policy.json", true),
        ("modules-out/policies/main.tf.json", false), ("policies/overrides.tf.json", false), ("environments/dev/main.tf.json", false),
        ("src/policies.swift", false), ("package.json", false),
    ])
    func lintPolicyTakesPolicyFilesOnly(path: String, linted: Bool) throws {
        let hook = try #require(Self.hooks.first { $0.fields["id"] == "synth-lint-policy" })
        let taken = Self.matches(hook.fields["files"], path) && !Self.matches(hook.fields["exclude"], path)
        #expect(taken == linted, "\(path)")
    }
}
