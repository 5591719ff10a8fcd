import Foundation
import TerraformCore

/// Generates the typed AWS resources (`Sources/AWSResources/Generated/`) from the provider schema.
///
/// A pipeline in three stages: parse (``ProviderSchema``, ``TypeList``) → translate
/// (``SchemaTranslator`` builds a ``SwiftFile`` tree per type) → render (``SwiftRenderer``).
///
///     let subset = try ProviderCodegen.subset(fullSchema: full, types: typesTxt)   // Schema/aws-provider.subset.json
///     let files = try ProviderCodegen.generate(subsetSchema: Array(subset.contents.utf8))
///     // [Sources/AWSResources/Generated/AccessanalyzerAnalyzer.swift, ...]
public enum ProviderCodegen {
    /// Where the committed inputs and outputs live, relative to the package root.
    public static let typesPath = "Sources/AWSResources/Schema/types.txt"
    public static let subsetPath = "Sources/AWSResources/Schema/aws-provider.subset.json"
    /// The same types from the oldest provider the output supports (5.100, dumped from the real
    /// provider binary): only checked against (tfjson-check `--schema`), never generated from, so
    /// the generated code cannot drift from the 6.x subset.
    public static let oldestSubsetPath = "Sources/AWSResources/Schema/aws-provider-5.100.subset.json"
    public static let generatedDirectory = "Sources/AWSResources/Generated"

    /// The committed schema subset: only the types in `types`, no prose, deterministic bytes.
    ///
    /// - Parameters:
    ///   - fullSchema: The bytes of `terraform providers schema -json` output.
    ///   - types: The text of `types.txt`.
    ///   - path: Where the subset goes (``subsetPath``, or ``oldestSubsetPath`` for the 5.100 check subset).
    public static func subset(fullSchema: [UInt8], types: String, path: String = subsetPath) throws(CodegenError) -> GeneratedFile {
        let schema = try parse(fullSchema)
        let subset = try schema.subset(try TypeList.parse(types))
        return GeneratedFile(path: path, contents: TerraformJSONWriter.pretty(subset.json))
    }

    /// One Swift file per resource and data source type in the schema, sorted by path.
    public static func generate(subsetSchema: [UInt8]) throws(CodegenError) -> [GeneratedFile] {
        let schema = try parse(subsetSchema)
        var files: [SwiftFile] = []
        for provider in schema.providerSchemas.values {
            for (type, typeSchema) in provider.resourceSchemas {
                files.append(SchemaTranslator.file(terraformType: type, schema: typeSchema, dataSource: false))
            }
            for (type, typeSchema) in provider.dataSourceSchemas {
                files.append(SchemaTranslator.file(terraformType: type, schema: typeSchema, dataSource: true))
            }
        }
        let generated = files.map {
            GeneratedFile(path: generatedDirectory + "/" + $0.fileName, contents: SwiftRenderer.render($0))
        }
        var seen = Set<String>()
        for file in generated where !seen.insert(file.path).inserted { throw .duplicateFile(file.path) }
        return generated.sorted { $0.path < $1.path }
    }

    /// Checks that the subset holds exactly the types in `types.txt`, so a newly listed type is
    /// not silently missing from the generated code.
    public static func checkSubset(subsetSchema: [UInt8], types: String) throws(CodegenError) {
        let schema = try parse(subsetSchema)
        let list = try TypeList.parse(types)
        var present = Set<String>()
        for provider in schema.providerSchemas.values {
            present.formUnion(provider.resourceSchemas.keys)
            present.formUnion(provider.dataSourceSchemas.keys.map { "data." + $0 })
        }
        let listed = Set(list.resources + list.dataSources.map { "data." + $0 })
        if listed != present {
            throw .subsetOutOfDate(missing: listed.subtracting(present).sorted(), extra: present.subtracting(listed).sorted())
        }
    }

    static func parse(_ bytes: [UInt8]) throws(CodegenError) -> ProviderSchema {
        do {
            return try JSONDecoder().decode(ProviderSchema.self, from: Data(bytes))
        } catch {
            throw .invalidSchema(String(describing: error))
        }
    }
}

/// Why provider codegen failed; each message says what and where.
public enum CodegenError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidSchema(String)
    case invalidTypeListEntry(line: Int, entry: String)
    case unknownType(String, dataSource: Bool)
    case duplicateFile(String)
    case subsetOutOfDate(missing: [String], extra: [String])

    public var description: String {
        switch self {
        case .invalidSchema(let detail):
            "provider schema is not in `terraform providers schema -json` format: \(detail)"
        case .invalidTypeListEntry(let line, let entry):
            "types.txt:\(line): \"\(entry)\" is not a type name (expected aws_name or data.aws_name)"
        case .unknownType(let name, let dataSource):
            "no provider in the schema defines the \(dataSource ? "data source" : "resource") type \"\(name)\"; check types.txt"
        case .duplicateFile(let path):
            "two types generate \(path); rename one in SchemaNames"
        case .subsetOutOfDate(let missing, let extra):
            "\(ProviderCodegen.subsetPath) does not match types.txt (missing: \(missing.isEmpty ? "none" : missing.joined(separator: ", ")); "
                + "not listed: \(extra.isEmpty ? "none" : extra.joined(separator: ", "))); "
                + "run `swift run synth-codegen --refresh-subset ../shared/oracle/aws-provider-schema.json`"
        }
    }
}
