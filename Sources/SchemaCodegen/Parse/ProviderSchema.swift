/// The provider schema as `terraform providers schema -json` prints it, reduced to what codegen
/// reads: names, types, flags and block nesting. Prose (`description`, `description_kind`) is
/// ignored, so the full schema and the committed subset parse alike.
///
///     {"format_version": "1.0", "provider_schemas": {"registry.terraform.io/hashicorp/aws": {
///       "resource_schemas": {"aws_s3_bucket": {"block": {"attributes": {...}, "block_types": {...}}}}}}}
public struct ProviderSchema: Decodable, Sendable, Hashable {
    public var formatVersion: String
    /// Keyed by provider source address, for example `registry.terraform.io/hashicorp/aws`.
    public var providerSchemas: [String: Provider]

    public init(formatVersion: String = "1.0", providerSchemas: [String: Provider]) {
        self.formatVersion = formatVersion
        self.providerSchemas = providerSchemas
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case providerSchemas = "provider_schemas"
    }

    /// The resource and data source types of one provider.
    public struct Provider: Decodable, Sendable, Hashable {
        public var resourceSchemas: [String: TypeSchema]
        public var dataSourceSchemas: [String: TypeSchema]

        public init(resourceSchemas: [String: TypeSchema] = [:], dataSourceSchemas: [String: TypeSchema] = [:]) {
            self.resourceSchemas = resourceSchemas
            self.dataSourceSchemas = dataSourceSchemas
        }

        enum CodingKeys: String, CodingKey {
            case resourceSchemas = "resource_schemas"
            case dataSourceSchemas = "data_source_schemas"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            resourceSchemas = try container.decodeIfPresent([String: TypeSchema].self, forKey: .resourceSchemas) ?? [:]
            dataSourceSchemas = try container.decodeIfPresent([String: TypeSchema].self, forKey: .dataSourceSchemas) ?? [:]
        }
    }

    /// One resource or data source type.
    public struct TypeSchema: Decodable, Sendable, Hashable {
        public var version: Int?
        public var block: Block

        public init(version: Int? = nil, block: Block) {
            self.version = version
            self.block = block
        }
    }

    /// Attributes and nested block types.
    public struct Block: Decodable, Sendable, Hashable {
        public var attributes: [String: Attribute]
        public var blockTypes: [String: NestedBlock]

        public init(attributes: [String: Attribute] = [:], blockTypes: [String: NestedBlock] = [:]) {
            self.attributes = attributes
            self.blockTypes = blockTypes
        }

        enum CodingKeys: String, CodingKey {
            case attributes
            case blockTypes = "block_types"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            attributes = try container.decodeIfPresent([String: Attribute].self, forKey: .attributes) ?? [:]
            blockTypes = try container.decodeIfPresent([String: NestedBlock].self, forKey: .blockTypes) ?? [:]
        }
    }

    /// An attribute: a type (or, rarely, a nested attribute type) and its flags.
    public struct Attribute: Decodable, Sendable, Hashable {
        public var type: SchemaType?
        /// Protocol 6 nested attributes; codegen treats them as `dynamic`.
        public var nestedType: NestedAttributes?
        public var required: Bool
        public var optional: Bool
        public var computed: Bool
        public var sensitive: Bool
        public var deprecated: Bool

        public init(
            type: SchemaType?, nestedType: NestedAttributes? = nil, required: Bool = false, optional: Bool = false,
            computed: Bool = false, sensitive: Bool = false, deprecated: Bool = false
        ) {
            self.type = type
            self.nestedType = nestedType
            self.required = required
            self.optional = optional
            self.computed = computed
            self.sensitive = sensitive
            self.deprecated = deprecated
        }

        enum CodingKeys: String, CodingKey {
            case type, required, optional, computed, sensitive, deprecated
            case nestedType = "nested_type"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decodeIfPresent(SchemaType.self, forKey: .type)
            nestedType = try container.decodeIfPresent(NestedAttributes.self, forKey: .nestedType)
            required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
            optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
            computed = try container.decodeIfPresent(Bool.self, forKey: .computed) ?? false
            sensitive = try container.decodeIfPresent(Bool.self, forKey: .sensitive) ?? false
            deprecated = try container.decodeIfPresent(Bool.self, forKey: .deprecated) ?? false
        }

        /// Settable in configuration (required, or optional with or without `computed`).
        public var isArgument: Bool { required || optional }
    }

    /// The `nested_type` of an attribute (protocol 6).
    public struct NestedAttributes: Decodable, Sendable, Hashable {
        public var attributes: [String: Attribute]
        public var nestingMode: String

        public init(attributes: [String: Attribute], nestingMode: String) {
            self.attributes = attributes
            self.nestingMode = nestingMode
        }

        enum CodingKeys: String, CodingKey {
            case attributes
            case nestingMode = "nesting_mode"
        }
    }

    /// A nested block type: how it nests (`single`, `list`, `set`, `map`) and how many may appear.
    public struct NestedBlock: Decodable, Sendable, Hashable {
        public var nestingMode: String
        public var block: Block
        public var minItems: Int?
        public var maxItems: Int?

        public init(nestingMode: String, block: Block, minItems: Int? = nil, maxItems: Int? = nil) {
            self.nestingMode = nestingMode
            self.block = block
            self.minItems = minItems
            self.maxItems = maxItems
        }

        enum CodingKeys: String, CodingKey {
            case nestingMode = "nesting_mode"
            case block
            case minItems = "min_items"
            case maxItems = "max_items"
        }

        /// At most one block: `single` nesting, or a list/set with `max_items` 1.
        public var isSingle: Bool { nestingMode == "single" || maxItems == 1 }
        /// At least one block must be given.
        public var isRequired: Bool { (minItems ?? 0) > 0 }
    }
}
