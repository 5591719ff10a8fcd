import Constructs
import Foundation
import IAM
import Stack
import Testing
import TerraformCore
@testable import SynthCLI

/// argv in → exit code, standard output and standard error out, for the core commands.
@Suite struct CommandLineTests {
    func run(_ arguments: [String], in directory: String = NSTemporaryDirectory(),
             synthesize: @escaping SynthCommandLine.Synthesize = { try Synthesizer.synthesize($0) }) -> SynthRun {
        runSynth(arguments, in: directory, synthesize: synthesize)
    }

    func temporaryFolder(_ name: String = #function) throws -> String { try makeTemporaryFolder(name) }

    @Test func unknownEnvironmentIsAUsageErrorListingTheValidOnes() {
        let result = run(["--env", "prd"])
        #expect(result.status == 2)
        #expect(result.err == "synth: error: unknown environment \"prd\"; expected one of: demo, dev, prod, qa, staging\n")
        #expect(result.out.isEmpty)
    }

    @Test func unknownFlagAndMissingValueAndMissingSelection() {
        #expect(run(["--env", "dev", "--fast"]).err == "synth: error: unknown option --fast for 'synth'; run 'synth --help' for usage\n")
        #expect(run(["--env"]).err == "synth: error: option --env needs a value; for example --env prod\n")
        let none = run([])
        #expect(none.status == 2)
        #expect(none.err == "synth: error: choose what to synthesize: --env ENV (one of: demo, dev, prod, qa, staging) or --all\n")
        #expect(run(["--env", "dev", "--all"]).err == "synth: error: --env and --all cannot be combined; pass one of them\n")
        #expect(run(["deploy"]).status == 2)
    }

    @Test func helpPrintsUsageAndExitsZero() {
        let result = run(["--help"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("USAGE: synth (--env ENV | --all) [--out DIR] [--check] [--show-suppressed]\n       synth COMMAND [OPTIONS]\n"))
        #expect(run(["lint-policy", "--help"]).out.hasPrefix(
            "USAGE: synth lint-policy [--env ENV] [--kind KIND] [--format text|json|sarif] [--show-suppressed] FILE...\n"))
    }

    @Test func writesThenCheckIsCleanThenDriftIsExitOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = run(["--env", "dev", "--out", folder])
        #expect(first.status == 0)
        #expect(first.out.contains("environments/dev: 5 written, 0 unchanged, 0 removed"))
        #expect(FileManager.default.fileExists(atPath: folder + "/modules-out/storage/main.tf.json"))
        #expect(run(["--check", "--env", "dev", "--out", folder]).status == 0)

        let path = folder + "/environments/dev/main.tf.json"
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: path))
        let drift = run(["--check", "--env", "dev", "--out", folder])
        #expect(drift.status == 1)
        #expect(drift.err.contains("  changed environments/dev/main.tf.json\n"))
        #expect(drift.err.hasPrefix("synth: the output differs from what synth would write; run 'swift run synth --env dev' and commit:\n"))
    }

    @Test func aPolicyMadeBadOnPurposeStopsSynthWithNothingWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The real stack plus one module whose role reads objects from the bucket ARN itself.
        let result = run(["--env", "dev", "--out", folder]) { environments in
            var synthesis = try Synthesizer.synthesize(environments)
            var module = StackModule("reader")
            let bucket: TFString = module.variable("bucket_arn", .string, "Bucket", origin: .init(resourceType: "aws_s3_bucket", attribute: "arn"))
            var role = Role("reader", roleName: "rag-genai-dev-reader", service: "lambda.amazonaws.com", account: "111111111111")
            role.add(.allow([.s3.getObject], on: [bucket], sid: "ReadDocuments"))
            role.declare(in: &module, description: "Reads documents.")
            synthesis.findings += PolicyGate.lint(module, file: "modules-out/reader/main.tf.json", environment: "dev")
            return synthesis
        }
        #expect(result.status == 1)
        #expect(result.err.contains("error resource-mismatch statement ReadDocuments (s3:GetObject)"))
        #expect(result.err.hasSuffix("synth: policy lint failed (1 error, \(try Synthesizer.synthesize([Environments.dev]).findings.count) suppressed); nothing was written\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func checkAloneChecksEveryEnvironment() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = run(["--check", "--out", folder])
        #expect(result.status == 1)
        #expect(result.err.contains("run 'swift run synth --all' and commit:"))
        #expect(result.err.contains("  missing environments/prod/main.tf.json\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/environments"))
    }

    @Test func lintPolicyFindsProblemsAndFailsOnMissingFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/bad.json"))
        try Data(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::rag-genai-dev-vectors/*"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/good.json"))
        let bad = run(["lint-policy", "--format", "json", "bad.json"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.out.contains("\"rule\": \"wildcard-action\""))
        #expect(bad.out.contains("\"file\": \"bad.json\""))
        #expect(run(["lint-policy", "good.json"], in: folder).status == 0)
        let missing = run(["lint-policy", "nope.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.err == "synth: error: cannot read policy file \"nope.json\": no such file; check the path\n")
        #expect(!missing.err.dropLast().contains("\n"))
        #expect(run(["lint-policy", "--format", "xml", "good.json"], in: folder).err
            == "synth: error: invalid value \"xml\" for --format; expected one of: text, json, sarif\n")
    }

    @Test func lintOfTheStackIsClean() {
        let result = run(["lint", "--env", "prod", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.out.contains("\"suppressed\""))
    }
}
