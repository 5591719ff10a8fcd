import PolicyLint
import Testing
@testable import SynthCLI

/// `lint --help` and `lint-policy --help` list the rules from the linter's rule list: every rule,
/// in reporting order, with the summary its type declares (as SARIF's rule metadata does).
@Suite struct RuleListHelpTests {
    /// The rows of the help's RULES section, as (id, summary).
    func ruleRows(_ help: String) -> [(id: String, summary: String)] {
        guard let start = help.range(of: "\nRULES:\n") else { return [] }
        let section = help[start.upperBound...]
        var rows: [(id: String, summary: String)] = []
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  "), let gap = line.dropFirst(2).range(of: "  ") else { break }
            let id = String(line.dropFirst(2)[..<gap.lowerBound])
            rows.append((id, line[gap.upperBound...].trimmingCharacters(in: .whitespaces)))
        }
        return rows
    }

    @Test(arguments: ["lint", "lint-policy"])
    func helpListsEveryRuleWithItsSummary(command: String) {
        let help = runSynth([command, "--help"])
        #expect(help.status == 0)
        let rows = ruleRows(help.out)
        #expect(rows.map(\.id) == PolicyLinter.rules.map { type(of: $0).id })
        #expect(rows.map(\.summary) == PolicyLinter.rules.map { type(of: $0).summary })
        #expect(rows.first?.id == "invalid-policy")
        #expect(rows.first?.summary == "The document is not a well-formed IAM policy.")
        #expect(rows.count == 16)
    }

    @Test func otherCommandsHaveNoRuleList() {
        #expect(!runSynth(["envs", "--help"]).out.contains("RULES:"))
    }
}
