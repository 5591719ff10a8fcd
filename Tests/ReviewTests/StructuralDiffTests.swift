@testable import Stack
import Testing
import TerraformCore
@testable import Review
import SynthTestSupport

/// The diff says which list elements and which object keys changed, never two truncated
/// strings; counts match the rows shown; the Markdown fits a pull-request comment.
@Suite struct StructuralDiffTests {
    static func changes(_ old: String, _ new: String) -> [String] {
        AttributeChange.changes(from: JSONValueFixture(old).value, to: JSONValueFixture(new).value).map(\.description)
    }

    /// The global dashboard's environments, as a root passes them: a list of objects.
    @Test func listsOfObjectsAreMatchedByName() {
        let old = #"{"environments": [{"name": "demo", "account": "5", "memory": 512}, {"name": "dev", "account": "1", "memory": 512}, {"name": "qa", "account": "4", "memory": 512}]}"#
        let new = #"{"environments": [{"name": "dev", "account": "1", "memory": 512}, {"name": "demo", "account": "5", "memory": 768}, {"name": "sandbox", "account": "6", "memory": 128}]}"#
        #expect(Self.changes(old, new) == [
            "environments[name=demo].memory: 512 → 768",
            #"environments[name=sandbox]: (none) → {"account":"6","memory":128,"name":"sandbox"}"#,
            #"environments[name=qa]: {"account":"4","memory":512,"name":"qa"} → (none)"#,
        ])
    }

    @Test func otherListsAreAlignedOnWhatTheyShare() {
        #expect(Self.changes(#"{"s": ["a", "b", "c"]}"#, #"{"s": ["a", "x", "b", "c"]}"#) == [#"s[1]: (none) → "x""#])
        #expect(Self.changes(#"{"s": ["a", "b", "c"]}"#, #"{"s": ["a", "c"]}"#) == [#"s[1]: "b" → (none)"#])
        #expect(Self.changes(#"{"s": [1, 2, 3]}"#, #"{"s": [1, 5, 3]}"#) == ["s[1]: 2 → 5"])
        // Objects without a name key, changed in place: the key inside the element.
        #expect(Self.changes(#"{"rules": [{"p": 1, "a": "x"}, {"p": 2, "a": "y"}]}"#, #"{"rules": [{"p": 1, "a": "x"}, {"p": 2, "a": "z"}]}"#)
            == [#"rules[1].a: "y" → "z""#])
    }

    @Test func jsonInsideAStringIsComparedAsJSON() {
        let old = #"{"dashboard_body": "{\"widgets\":[{\"properties\":{\"title\":\"Errors\"},\"type\":\"metric\"}]}"}"#
        let new = #"{"dashboard_body": "{\"widgets\":[{\"properties\":{\"title\":\"Lambda errors\"},\"type\":\"metric\"}]}"}"#
        #expect(Self.changes(old, new) == [#"dashboard_body(json).widgets.properties.title: "Errors" → "Lambda errors""#])
    }

    @Test func longStringsShowWhereTheyDiffer() {
        let prefix = String(repeating: "a", count: 200), suffix = String(repeating: "z", count: 200)
        let change = AttributeChange(path: "description", old: .string(prefix + "OLD" + suffix), new: .string(prefix + "NEW" + suffix))
        let context30a = String(repeating: "a", count: 30), context30z = String(repeating: "z", count: 30)
        #expect(change.description == #"description: "…\#(context30a)OLD\#(context30z)…" → "…\#(context30a)NEW\#(context30z)…""#)
    }

    @Test func longValuesSayHowMuchWasCut() {
        let long = JSONValue.string(String(repeating: "x", count: 300))
        #expect(AttributeChange.render(long) == "\"" + String(repeating: "x", count: 159) + "… (142 more characters)")
    }

    /// "IAM: N granted" counts the rows of the GRANTED table, not the permissions folded into them.
    @Test func iamCountsAreTheRowsShown() {
        func policy(_ statements: String) -> [String: String] {
            ["modules-out/p/main.tf.json": #"{"resource": {"aws_iam_role_policy": {"r": {"policy": "{\"Statement\":[\#(statements)]}"}}}}"#]
        }
        let old = #"{\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\",\"Resource\":\"${var.b}/*\",\"Sid\":\"Read\"}"#
        let new = #"{\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\"],\"Effect\":\"Allow\",\"Resource\":[\"${var.b}/*\",\"${var.c}/*\"],\"Sid\":\"Read\"}"#
        let report = SemanticDiff.compare(old: policy(old), new: policy(new))
        let rows = report.markdown.split(separator: "\n").filter { $0.hasPrefix("| `modules-out/p`") }
        #expect(rows.count == 2)
        #expect(report.summary.contains("IAM: \(rows.count) granted, 0 revoked"))
        #expect(report.grantedCount == rows.count)
    }

    // MARK: A pull-request comment

    /// 400 folders of changes: far more than 65,536 characters.
    static var huge: DiffReport {
        var old: [String: String] = [:], new: [String: String] = [:]
        for index in 0..<400 {
            let body = (0..<12).map { #""setting_\#($0)": "\#(String(repeating: "v", count: 20))-\#(index)""# }.joined(separator: ", ")
            old["modules-out/m\(index)/main.tf.json"] = #"{"resource": {"aws_s3_bucket": {"b": {\#(body), "size": 1}}}}"#
            new["modules-out/m\(index)/main.tf.json"] = #"{"resource": {"aws_s3_bucket": {"b": {\#(body.replacingOccurrences(of: "v-", with: "w-")), "size": 2}}}}"#
        }
        let grant = #"{\"Action\":\"s3:PutObject\",\"Effect\":\"Allow\",\"Resource\":\"${var.b}/*\",\"Sid\":\"Write\"}"#
        old["modules-out/p/main.tf.json"] = #"{"resource": {"aws_iam_role_policy": {"r": {"policy": "{\"Statement\":[]}"}}}}"#
        new["modules-out/p/main.tf.json"] = #"{"resource": {"aws_iam_role_policy": {"r": {"policy": "{\"Statement\":[\#(grant)]}"}}}}"#
        return SemanticDiff.compare(old: old, new: new)
    }

    @Test func aHugeDiffIsCutToFitAndSaysWhatWasCut() {
        let report = Self.huge
        let full = report.text
        #expect(full.utf16.count > 200_000)
        let markdown = report.markdown
        #expect(markdown.utf16.count <= DiffReport.commentLimit)
        #expect(markdown.utf16.count > DiffReport.commentLimit - 5_000, "uses the room it has")
        // The IAM grant, listed first, survives; the folders that did not fit are counted.
        #expect(markdown.contains("| `modules-out/p` | `aws_iam_role_policy.r policy` | `Write` | `+ s3:PutObject on ${var.b}/*` |"))
        #expect(markdown.contains("\n#### Not shown\n\n- `modules-out/m"))
        #expect(markdown.contains(": 0 added, 0 removed, 1 changed, 0 moved\n"))
        let shownFolders = markdown.components(separatedBy: "\n#### `modules-out/m").count - 1
        #expect(shownFolders > 0)
        #expect(markdown.hasSuffix("_Cut to fit a pull-request comment (65,536 characters): \(401 - shownFolders) of 401 folders not shown. "
            + "Run `synth diff --format text` for the whole diff._\n"))
        // A small diff is not cut.
        #expect(!SemanticDiff.compare(old: DiffFixtures.old, new: DiffFixtures.new).markdown.contains("Cut to fit"))
        #expect(report.markdown(limit: 2_000).utf16.count <= 2_000)
    }

    // MARK: Cost

    static func estimate(_ environment: String, _ lines: [(String, Int)]) -> CostEstimate {
        CostEstimate(environment: environment, region: "eu-west-1", pricesRegion: "eu-west-1", pricesAsOf: "2025-01", budgetUSD: 100,
                     lines: lines.map { CostEstimate.Line(service: $0.0, cents: $0.1, usage: []) }, notes: [])
    }

    @Test func costChangeAgainstABaselinePerEnvironmentAndService() throws {
        let before = [Self.estimate("dev", [("Lambda", 30), ("S3", 12)]), Self.estimate("prod", [("Lambda", 10_353), ("WAF", 990)])]
        let baseline = try CostBaseline.parse(CostReport.render(before, format: .json))
        let after = [Self.estimate("prod", [("Lambda", 20_706), ("WAF", 990), ("Cache", 500)]), Self.estimate("dev", [("Lambda", 30), ("S3", 12)])]
        let changes = CostChange.compare(baseline: baseline, estimates: after)
        #expect(changes.map(\.environment) == ["dev", "prod"])
        #expect(changes.map(\.summary) == ["0.42 (no change)", "113.43 → 221.96 (+108.53, +96%)"])
        #expect(changes[1].servicesSummary == "Lambda +103.53, Cache +5.00 (new)")

        var report = SemanticDiff.compare(old: DiffFixtures.old, new: DiffFixtures.new)
        report.costs = changes
        report.hasCostBaseline = true
        #expect(report.text.contains("""

            estimated monthly cost in USD, before → after:
              dev   0.42 (no change)
              prod  113.43 → 221.96 (+108.53, +96%): Lambda +103.53, Cache +5.00 (new)

            """))
        #expect(report.markdown.contains("""
            #### Estimated monthly cost (USD)

            | environment | before | after | change | by service |
            | --- | ---: | ---: | ---: | --- |
            | `dev` | 0.42 | 0.42 | 0.00 |  |
            | `prod` | 113.43 | 221.96 | +108.53 | Lambda +103.53, Cache +5.00 (new) |

            """))
        let json = JSONValueFixture(report.json).value
        #expect(json["cost"]?["prod"] == ["after": 221.96, "before": 113.43, "delta": 108.53, "services": ["Cache": 5, "Lambda": 103.53]])
    }

    @Test func withoutABaselineTheEstimateShowsAndSaysHowToGetTheChange() {
        var report = SemanticDiff.compare(old: DiffFixtures.old, new: DiffFixtures.new)
        report.costs = CostChange.compare(baseline: nil, estimates: [Self.estimate("dev", [("Lambda", 30)])])
        #expect(report.text.contains("\nestimated monthly cost in USD (for the change, pass --base-cost FILE: 'synth cost --all --format json' run on the base):\n  dev  0.30\n"))
        #expect(report.markdown.contains("| `dev` | 0.30 |\n\nFor the change, pass `--base-cost FILE`"))
        // Nothing differs and no estimate changed: no cost section, just "no differences".
        var same = SemanticDiff.compare(old: DiffFixtures.new, new: DiffFixtures.new)
        same.costs = report.costs
        #expect(same.text == "synth diff: no differences\n")
    }

    @Test func aMalformedBaselineIsRefusedWithTheReason() {
        #expect(throws: CostBaseline.ParseError(description: "no \"environments\" object; expected the output of 'synth cost --all --format json'")) {
            try CostBaseline.parse("{}")
        }
        #expect((try? CostBaseline.parse("{")) == nil)
    }
}
