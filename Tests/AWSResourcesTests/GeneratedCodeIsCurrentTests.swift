import Foundation
import SchemaCodegen
import SynthTestSupport
import Testing

/// The committed generated code and schema subset are exactly what `synth-codegen` produces.
@Suite struct GeneratedCodeIsCurrentTests {
    let root = packageRoot()

    @Test func generatedFilesMatchTheCommittedSubset() throws {
        let subset = try #require(FileManager.default.contents(atPath: "\(root)/\(ProviderCodegen.subsetPath)"))
        let expected = try ProviderCodegen.generate(subsetSchema: [UInt8](subset))
        let directory = "\(root)/\(ProviderCodegen.generatedDirectory)"
        let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".swift") })

        var stale: [String] = []
        var missing: [String] = []
        for file in expected {
            guard let data = FileManager.default.contents(atPath: "\(root)/\(file.path)") else {
                missing.append(file.path)
                continue
            }
            if data != Data(file.contents.utf8) { stale.append(file.path) }
        }
        let expectedNames = Set(expected.map { ($0.path as NSString).lastPathComponent })
        let extra = onDisk.subtracting(expectedNames).sorted().map { "\(ProviderCodegen.generatedDirectory)/\($0)" }

        var problems: [String] = []
        if !stale.isEmpty { problems.append("stale: " + stale.joined(separator: ", ")) }
        if !missing.isEmpty { problems.append("missing: " + missing.joined(separator: ", ")) }
        if !extra.isEmpty { problems.append("extra: " + extra.joined(separator: ", ")) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))\nrun `make generate`")
        let types = try TypeList.parse(try String(contentsOfFile: "\(root)/\(ProviderCodegen.typesPath)", encoding: .utf8))
        #expect(expected.count == types.resources.count + types.dataSources.count, "one file per line of types.txt")
    }

    @Test func committedSubsetListsExactlyTheTypesInTypesTxt() throws {
        let subset = try #require(FileManager.default.contents(atPath: "\(root)/\(ProviderCodegen.subsetPath)"))
        let types = try String(contentsOfFile: "\(root)/\(ProviderCodegen.typesPath)", encoding: .utf8)
        #expect(throws: Never.self) { try ProviderCodegen.checkSubset(subsetSchema: [UInt8](subset), types: types) }
    }

    /// The 5.100 subset (tfjson-check's second schema) has every type the code generates, so a type
    /// that exists only in 6.x cannot be added without `make refresh-schema` failing.
    @Test func oldestProviderSubsetListsExactlyTheTypesInTypesTxt() throws {
        let subset = try #require(FileManager.default.contents(atPath: "\(root)/\(ProviderCodegen.oldestSubsetPath)"))
        let types = try String(contentsOfFile: "\(root)/\(ProviderCodegen.typesPath)", encoding: .utf8)
        #expect(throws: Never.self) { try ProviderCodegen.checkSubset(subsetSchema: [UInt8](subset), types: types) }
        #expect(String(decoding: subset, as: UTF8.self).contains("\"aws_lambda_function\""))
    }

    static let fullSchemaPath = packageRoot() + "/../shared/oracle/aws-provider-schema.json"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: fullSchemaPath), "needs ../shared/oracle/aws-provider-schema.json"))
    func committedSubsetIsCurrentWithTheFullSchema() throws {
        let full = try #require(FileManager.default.contents(atPath: Self.fullSchemaPath))
        let types = try String(contentsOfFile: "\(root)/\(ProviderCodegen.typesPath)", encoding: .utf8)
        let expected = try ProviderCodegen.subset(fullSchema: [UInt8](full), types: types)
        let committed = try String(contentsOfFile: "\(root)/\(expected.path)", encoding: .utf8)
        #expect(committed == expected.contents,
                "\(expected.path) is stale; run `swift run synth-codegen --refresh-subset ../shared/oracle/aws-provider-schema.json`, then `make generate`")
    }
}
