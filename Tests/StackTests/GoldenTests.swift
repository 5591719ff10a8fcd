import Foundation
import SynthTestSupport
import Testing
@testable import Stack

/// The committed `environments/` and `modules-out/` are the golden files: every file synth
/// produces must match them byte for byte, nothing generated may be missing, and no file there
/// may be one synth no longer produces.
/// `SYNTH_RECORD_GOLDEN=1 swift test --filter GoldenTests` (or `make golden`) rewrites them.
@Suite struct GoldenTests {
    @Test func committedOutputMatchesWhatSynthProduces() throws {
        let root = packageRoot()
        let synthesis = try Synthesizer.synthesize(Environments.all)
        let mismatches = goldenTreeMismatches(synthesis.files, root: root, folders: ["environments", "modules-out"])
        #expect(mismatches.isEmpty, "\(mismatches.count) golden files differ; first: \(mismatches.first ?? "")")
    }

    /// A Terraform value interpolated into a plain Swift `String` prints as Swift's debug text
    /// (`TFString(expression: TerraformCore.Expression...`) instead of `${...}`; the compiler
    /// cannot refuse it, so no generated file may contain such text.
    @Test func noFileHoldsSwiftDebugTextOfAValue() throws {
        let synthesis = try Synthesizer.synthesize(Environments.all)
        let leaked = synthesis.files.filter { $0.value.contains("TerraformCore.") || $0.value.contains("(expression:") }.keys.sorted()
        #expect(leaked.isEmpty, "Swift debug text in \(leaked)")
    }

    @Test func twoRunsAreByteIdentical() throws {
        let first = try Synthesizer.synthesize(Environments.all).files
        let second = try Synthesizer.synthesize(Environments.all).files
        #expect(first == second)
    }
}
