import Foundation
import PolicyLint
import SmallStackExample
import SynthTestSupport
import Testing

/// The example package's stack (`Examples/SmallStack`), built with the SynthDSL product's
/// layers only: its committed Terraform JSON is exactly what it synthesizes, and the gate's
/// findings are exactly the reviewed key-policy suppressions.
@Suite struct SmallStackGoldenTests {
    static let folder = "Examples/SmallStack/terraform"
    static let record = "SYNTH_RECORD_GOLDEN=1 swift test --filter SmallStackGoldenTests"

    @Test func committedOutputIsWhatTheStackSynthesizes() throws {
        let synthesis = try SmallStack().synthesize()
        #expect(synthesis.files.keys.sorted() == ["main.tf.json", "outputs.tf.json", "providers.tf.json", "versions.tf.json"])
        let files = Dictionary(uniqueKeysWithValues: synthesis.files.map { ("\(Self.folder)/\($0.key)", $0.value) })
        let mismatches = goldenTreeMismatches(files, root: packageRoot(), folders: [Self.folder], record: Self.record)
        #expect(mismatches.isEmpty, "\(mismatches.count) example files differ; first: \(mismatches.first ?? "")")
    }
}

@Suite struct SmallStackLintTests {
    @Test func theGateReportsOnlyTheReviewedKeyPolicySuppressions() throws {
        let synthesis = try SmallStack().synthesize()
        #expect(!synthesis.isBlocked)
        // One suppressed finding per action with resource types on "*", all in the key policy.
        #expect(Set(synthesis.findings.map { "\($0.rule) \($0.address ?? "")" }) == ["wildcard-resource aws_kms_key.main.policy"])
        func actions(_ sid: String) -> [String] { synthesis.findings.filter { $0.statement == sid }.compactMap(\.action) }
        #expect(actions("UseKeyFromReader") == ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom", "kms:ReEncryptTo"])
        #expect(actions("UseKeyFromCloudWatchLogs") == ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"])
        #expect(actions("AdministerKey").count == 17)
        #expect(synthesis.findings.count == 26)
        #expect(synthesis.findings.allSatisfy { $0.suppressed?.reason == "In a KMS key policy, Resource \"*\" means this key and nothing else." })
    }
}
