/// Swift names for Terraform names, in one place so every generated type follows the same rules.
///
///     SchemaNames.resourceType("aws_s3_bucket")        // S3Bucket
///     SchemaNames.dataSourceType("aws_caller_identity") // CallerIdentityData
///     SchemaNames.property("allowed_methods")          // allowedMethods
///     SchemaNames.nestedType("cors_rule")              // CorsRule
enum SchemaNames {
    /// Resource types drop the `aws_` prefix: `aws_apigatewayv2_api` → `Apigatewayv2Api`.
    static func resourceType(_ terraformType: String) -> String {
        upperCamel(droppingProviderPrefix(terraformType))
    }

    /// Data sources also get a `Data` suffix: `archive_file` → `ArchiveFileData`.
    static func dataSourceType(_ terraformType: String) -> String {
        upperCamel(droppingProviderPrefix(terraformType)) + "Data"
    }

    /// A nested block type; names that would shadow a type the generated code uses get `Block`.
    static func nestedType(_ blockName: String) -> String {
        let name = upperCamel(blockName)
        return reservedTypeNames.contains(name) ? name + "Block" : name
    }

    /// A property name; names taken by the containing type's own members get `Attribute`
    /// (`name` on a resource is its local name, so the `name` argument is `nameAttribute`).
    static func property(_ attributeName: String, reserved: Set<String>) -> String {
        let name = lowerCamel(attributeName)
        return reserved.contains(name) ? name + "Attribute" : name
    }

    /// Properties of `Resource` / `DataSource` and their extensions. (Methods such as
    /// `attribute(_:)` and `with(_:)` need no entry: Swift tells a property `attribute` apart from them.)
    static let topLevelMembers: Set<String> = ["name", "body", "meta", "address", "terraformType"]
    /// Properties of `BlockBody`.
    static let blockMembers: Set<String> = ["body"]

    /// Types generated code mentions, and names Swift reserves for types.
    static let reservedTypeNames: Set<String> = [
        "Body", "BlockBody", "Resource", "DataSource", "MetaArguments", "Expression", "Reference",
        "TFString", "TFNumber", "TFBool", "TFList", "TFMap", "TFAny", "String", "Int", "Double", "Bool",
        "Array", "Dictionary", "Optional", "Any", "Type", "Protocol", "Self",
    ]

    /// Swift keywords that need backticks as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "false", "is", "nil", "self", "Self", "super",
        "throws", "true", "try",
    ]

    static func droppingProviderPrefix(_ terraformType: String) -> String {
        terraformType.hasPrefix("aws_") ? String(terraformType.dropFirst(4)) : terraformType
    }

    static func upperCamel(_ snake: String) -> String {
        snake.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func lowerCamel(_ snake: String) -> String {
        let parts = snake.split(separator: "_")
        guard let first = parts.first else { return snake }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
