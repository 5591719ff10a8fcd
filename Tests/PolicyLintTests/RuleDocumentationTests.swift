import Foundation
import PolicyLint
import Testing

/// The rule list (`PolicyLinter.rules`) is where a rule is declared, with its id, summary and
/// help; SARIF, `--help` and suppression checks read it. The two prose documents that name the
/// rules are checked against it, so a rule added, renamed or removed fails here until they say so.
@Suite struct RuleDocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ids = PolicyLinter.rules.map { type(of: $0).id }

    func text(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// LintRules.md has one `## <id>` section per rule (and its overview), no section twice.
    @Test func lintRulesHasOneSectionPerRule() throws {
        let headings = try text("Sources/PolicyLint/PolicyLint.docc/LintRules.md").split(separator: "\n")
            .filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(headings.first == "Overview")
        #expect(headings.dropFirst().sorted() == Self.ids.sorted())
        #expect(Set(headings).count == headings.count)
    }

    /// README's "Rule ids (a public contract)" sentence names exactly the rules.
    @Test func readmeNamesEveryRuleOnce() throws {
        let readme = try text("README.md")
        let start = try #require(readme.range(of: "Rule ids (a public contract): "))
        let sentence = readme[start.upperBound...].prefix { $0 != "." }
        let named = sentence.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(named.sorted() == Self.ids.sorted())
        #expect(Set(named).count == named.count)
    }

    /// The ids are unique and every rule has a summary and a help text of its own.
    @Test func eachRuleIsDeclaredOnce() {
        #expect(Set(Self.ids).count == Self.ids.count)
        let descriptions = PolicyLinter.ruleDescriptions
        #expect(descriptions.map(\.id) == Self.ids)
        #expect(Set(descriptions.map(\.summary)).count == descriptions.count)
        #expect(descriptions.allSatisfy { !$0.summary.isEmpty && $0.help.count > $0.summary.count })
    }
}
