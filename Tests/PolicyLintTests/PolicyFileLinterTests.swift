import Foundation
import PolicyLint
import Testing

struct PolicyFileLinterTests {
    func temporaryFile(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("synth-policy-\(UUID().uuidString).json").path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func lintsFilesInOrderWithTheirPaths() throws {
        let good = try temporaryFile(policy(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::rag-genai-dev-x/*""#))
        let bad = try temporaryFile("policy: yes")
        defer { try? FileManager.default.removeItem(atPath: good); try? FileManager.default.removeItem(atPath: bad) }
        let findings = try PolicyFileLinter(environment: "dev").lint(paths: [good, bad]).get()
        #expect(findings.map(\.file) == [bad])
        #expect(findings.map(\.rule) == ["invalid-policy"])
        #expect(findings.first?.message == "policy is not valid JSON: line 1, column 1 (byte 0): expected a value")
    }

    @Test func missingFileIsAnErrorNamingIt() {
        let result = PolicyFileLinter().lint(paths: ["/nonexistent/policy.json"])
        #expect(result == .failure(.unreadable(path: "/nonexistent/policy.json", reason: "no such file")))
        if case .failure(let error) = result {
            #expect(error.description == #"cannot read policy file "/nonexistent/policy.json": no such file"#)
        }
    }

    @Test func directoryIsAnError() {
        let directory = FileManager.default.temporaryDirectory.path
        #expect(PolicyFileLinter().lint(paths: [directory]) == .failure(.unreadable(path: directory, reason: "is a directory")))
    }
}
