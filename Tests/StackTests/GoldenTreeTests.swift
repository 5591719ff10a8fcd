import Foundation
import SynthTestSupport
import Testing

/// The golden comparison fails both ways: on a golden file nothing produces any more, and on a
/// produced file without a golden; Terraform's hidden and working files are not golden.
@Suite struct GoldenTreeTests {
    /// A scratch package root with `environments/dev/main.tf.json` (current), a stale
    /// `outputs.tf.json`, and what a local `terraform init`/`apply` leaves.
    func scratchRoot() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("golden-tree-\(UUID().uuidString)").path
        let files = [
            "environments/dev/main.tf.json": "{}\n", "environments/dev/outputs.tf.json": "{}\n",
            "environments/dev/.terraform.lock.hcl": "lock", "environments/dev/.terraform/providers/aws": "binary",
            "environments/bootstrap/terraform.tfstate": "{}", "environments/bootstrap/terraform.tfstate.backup": "{}",
            "environments/bootstrap/dev.tfplan": "plan",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func flagsStaleGoldenFilesAndProducedFilesWithoutGolden() throws {
        let root = try scratchRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let produced = ["environments/dev/main.tf.json": "{}\n", "environments/qa/main.tf.json": "{}\n"]
        #expect(goldenTreeMismatches(produced, root: root, folders: ["environments"]) == [
            "missing golden file \(root)/environments/qa/main.tf.json; run `make golden` to record it",
            "unexpected file environments/dev/outputs.tf.json: nothing produces it any more; delete it, or run `make golden`",
        ])
    }

    @Test func aCurrentTreeHasNoMismatch() throws {
        let root = try scratchRoot()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let produced = ["environments/dev/main.tf.json": "{}\n", "environments/dev/outputs.tf.json": "{}\n"]
        #expect(goldenFiles(under: ["environments"], root: root) == ["environments/dev/main.tf.json", "environments/dev/outputs.tf.json"])
        #expect(goldenTreeMismatches(produced, root: root, folders: ["environments"]).isEmpty)
        // A changed byte is still a difference.
        #expect(goldenTreeMismatches(produced.merging(["environments/dev/main.tf.json": "{ }\n"]) { $1 }, root: root, folders: ["environments"])
            .first?.hasPrefix("\(root)/environments/dev/main.tf.json:1 differs") == true)
    }
}
