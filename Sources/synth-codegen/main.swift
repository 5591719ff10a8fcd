// synth-codegen: regenerates the committed Swift from the committed inputs.
//
//   swift run synth-codegen                          # provider subset -> AWSResources/Generated, IAM catalog -> IAM, PolicyLint
//   swift run synth-codegen --refresh-subset FILE    # re-extract the subset from a full schema first
//   swift run synth-codegen --provider-only          # only the provider subset -> AWSResources/Generated
//   swift run synth-codegen --refresh-oldest-subset FILE   # the 5.100 check subset from that provider's schema
//
// Paths are relative to the current directory (the package root under `swift run` / `make generate`).
// Prints one line per file written or removed and a summary; errors are one line and exit 2.
import Foundation
import SchemaCodegen

do {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var fullSchemaPath: String?
    var oldestSchemaPath: String?
    var includeIAM = true
    while let argument = arguments.first {
        arguments.removeFirst()
        switch argument {
        case "--refresh-subset":
            guard let path = arguments.first else { throw ToolError.usage("--refresh-subset needs a schema file") }
            arguments.removeFirst()
            fullSchemaPath = path
        case "--refresh-oldest-subset":
            guard let path = arguments.first else { throw ToolError.usage("--refresh-oldest-subset needs a schema file") }
            arguments.removeFirst()
            oldestSchemaPath = path
        case "--provider-only":
            includeIAM = false
        case "-h", "--help":
            print(ToolError.usageLine)
            exit(0)
        default:
            throw ToolError.usage("unknown argument \"\(argument)\"")
        }
    }

    var output = OutputDirectory()
    let types = try readText(ProviderCodegen.typesPath)
    if let fullSchemaPath {
        let subset = try ProviderCodegen.subset(fullSchema: try readBytes(fullSchemaPath), types: types)
        try output.write(subset)
    }
    if let oldestSchemaPath {
        try output.write(try ProviderCodegen.subset(fullSchema: try readBytes(oldestSchemaPath), types: types,
                                                    path: ProviderCodegen.oldestSubsetPath))
    }
    let subsetBytes = try readBytes(ProviderCodegen.subsetPath)
    try ProviderCodegen.checkSubset(subsetSchema: subsetBytes, types: types)
    let generated = try ProviderCodegen.generate(subsetSchema: subsetBytes)
    try output.replaceSwiftFiles(in: ProviderCodegen.generatedDirectory, with: generated)
    if includeIAM { try output.write(contentsOf: try generateIAMCatalog()) }
    print("synth-codegen: \(output.written) written, \(output.removed) removed, \(output.unchanged) unchanged")
} catch {
    FileHandle.standardError.write(Data("synth-codegen: error: \(error)\n".utf8))
    exit(2)
}
