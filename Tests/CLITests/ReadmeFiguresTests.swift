import Foundation
import Stack
import Testing

/// The figures README.md states about the project itself, checked against the real values:
/// when a test, resource type, module or resource is added, this fails until the README says so.
@Suite struct ReadmeFiguresTests {
    /// The repository root, from this file's path (Tests/CLITests/ReadmeFiguresTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static var readme: String { (try? String(contentsOfFile: root + "/README.md", encoding: .utf8)) ?? "" }

    /// Every number the README writes before `phrase` (`357 tests`), as integers.
    static func figures(before phrase: String) -> [Int] {
        let pattern = try! NSRegularExpression(pattern: #"(\d[\d,]*) "# + NSRegularExpression.escapedPattern(for: phrase) + #"\b"#)
        let text = readme
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0].replacingOccurrences(of: ",", with: "")) }
        }
    }

    /// The Swift Testing tests: one per `@Test`, as `swift test` counts them.
    static var testCount: Int {
        let enumerator = FileManager.default.enumerator(atPath: root + "/Tests")
        var count = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"), let text = try? String(contentsOfFile: root + "/Tests/" + path, encoding: .utf8) else { continue }
            count += text.split(separator: "\n").filter { $0.drop { $0 == " " }.hasPrefix("@Test") }.count
        }
        return count
    }

    @Test func theTestCountIsCurrent() {
        let stated = Self.figures(before: "tests")
        #expect(!stated.isEmpty, "README.md states no test count")
        #expect(stated.allSatisfy { $0 == Self.testCount }, "README.md says \(stated) tests; there are \(Self.testCount)")
    }

    @Test func theResourceTypeAndIAMServiceCountsAreCurrent() throws {
        let types = try String(contentsOfFile: Self.root + "/Sources/AWSResources/Schema/types.txt", encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(types.count == (try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Sources/AWSResources/Generated")).count)
        let stated = Self.figures(before: "resource types")
        #expect(!stated.isEmpty)
        #expect(stated.allSatisfy { $0 == types.count }, "README.md says \(stated) resource types; types.txt has \(types.count)")

        let services = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Sources/IAM/Generated").filter { $0.hasPrefix("Actions+") }
        let statedServices = Self.figures(before: "IAM services")
        #expect(!statedServices.isEmpty)
        #expect(statedServices.allSatisfy { $0 == services.count }, "README.md says \(statedServices) IAM services; there are \(services.count)")
    }

    /// `synth --all`: 5 environments + bootstrap + N shared modules: F files, R resources.
    @Test func theOutputCountsAreCurrent() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all)
        let modules = synthesis.ownedFolders.filter { $0.hasPrefix("modules-out/") }.count
        let resources = synthesis.resourceCounts.values.reduce(0, +)
        let phrase = try NSRegularExpression(pattern: #"(\d+) environments \+ bootstrap \+ (\d+) shared modules: ([\d,]+) files, ([\d,]+) resources"#)
        let text = Self.readme
        let matches = phrase.matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(!matches.isEmpty, "README.md states no output counts")
        for match in matches {
            let numbers = (1...4).map { index in Int(text[Range(match.range(at: index), in: text)!].replacingOccurrences(of: ",", with: ""))! }
            #expect(numbers == [Environments.all.count, modules, synthesis.files.count, resources],
                    "README.md says \(numbers); synth --all gives \([Environments.all.count, modules, synthesis.files.count, resources])")
        }
    }

    /// The README reviews every moto exclusion: each resource, address or attribute of
    /// `.ci/moto-exclusions.json` is named in its table.
    @Test func everyMotoExclusionIsInTheREADME() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.root + "/.ci/moto-exclusions.json"))
        let sections = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var named: [String] = []
        for (section, entries) in sections where section != "//" {
            for entry in try #require(entries as? [[String: Any]]) {
                let subject = (entry["resource"] ?? entry["address"]) as? String ?? ""
                named.append(entry["attribute"].map { "\(subject).\($0)" } ?? subject)
            }
        }
        #expect(named.count > 20)
        let readme = Self.readme
        #expect(named.filter { !readme.contains("`\($0)`") }.sorted() == [])
    }
}

