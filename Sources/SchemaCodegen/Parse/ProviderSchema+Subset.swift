import TerraformCore

extension ProviderSchema {
    /// Only the listed types, each kept under the provider that defines it.
    ///
    /// - Throws: ``CodegenError/unknownType(_:dataSource:)`` for a type no provider defines.
    public func subset(_ types: TypeList) throws(CodegenError) -> ProviderSchema {
        var providers: [String: Provider] = [:]
        let sources = providerSchemas.keys.sorted()
        for name in types.resources {
            guard let source = sources.first(where: { providerSchemas[$0]!.resourceSchemas[name] != nil }) else {
                throw .unknownType(name, dataSource: false)
            }
            providers[source, default: Provider()].resourceSchemas[name] = providerSchemas[source]!.resourceSchemas[name]
        }
        for name in types.dataSources {
            guard let source = sources.first(where: { providerSchemas[$0]!.dataSourceSchemas[name] != nil }) else {
                throw .unknownType(name, dataSource: true)
            }
            providers[source, default: Provider()].dataSourceSchemas[name] = providerSchemas[source]!.dataSourceSchemas[name]
        }
        return ProviderSchema(formatVersion: formatVersion, providerSchemas: providers)
    }

    /// The schema in its JSON format, without prose; ``subsetNote`` goes under `"//"`.
    public var json: JSONValue {
        .object([
            "//": .string(ProviderSchema.subsetNote),
            "format_version": .string(formatVersion),
            "provider_schemas": .object(providerSchemas.mapValues(\.json)),
        ])
    }

    /// The top-level `"//"` note of the committed subset.
    public static let subsetNote =
        "Subset of `terraform providers schema -json` for the types in types.txt; written by `synth-codegen --refresh-subset`. Do not edit."
}

extension ProviderSchema.Provider {
    var json: JSONValue {
        var members: [String: JSONValue] = [:]
        if !resourceSchemas.isEmpty { members["resource_schemas"] = .object(resourceSchemas.mapValues(\.json)) }
        if !dataSourceSchemas.isEmpty { members["data_source_schemas"] = .object(dataSourceSchemas.mapValues(\.json)) }
        return .object(members)
    }
}

extension ProviderSchema.TypeSchema {
    var json: JSONValue {
        var members: [String: JSONValue] = ["block": block.json]
        if let version { members["version"] = .integer(version) }
        return .object(members)
    }
}

extension ProviderSchema.Block {
    var json: JSONValue {
        var members: [String: JSONValue] = [:]
        if !attributes.isEmpty { members["attributes"] = .object(attributes.mapValues(\.json)) }
        if !blockTypes.isEmpty { members["block_types"] = .object(blockTypes.mapValues(\.json)) }
        return .object(members)
    }
}

extension ProviderSchema.Attribute {
    var json: JSONValue {
        var members: [String: JSONValue] = [:]
        if let type { members["type"] = type.json }
        if let nestedType {
            members["nested_type"] = .object([
                "attributes": .object(nestedType.attributes.mapValues(\.json)),
                "nesting_mode": .string(nestedType.nestingMode),
            ])
        }
        for (flag, isSet) in [("required", required), ("optional", optional), ("computed", computed),
                              ("sensitive", sensitive), ("deprecated", deprecated)] where isSet {
            members[flag] = .bool(true)
        }
        return .object(members)
    }
}

extension ProviderSchema.NestedBlock {
    var json: JSONValue {
        var members: [String: JSONValue] = ["nesting_mode": .string(nestingMode), "block": block.json]
        if let minItems { members["min_items"] = .integer(minItems) }
        if let maxItems { members["max_items"] = .integer(maxItems) }
        return .object(members)
    }
}

extension SchemaType {
    var json: JSONValue {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .dynamic: "dynamic"
        case .list(let element): ["list", element.json]
        case .set(let element): ["set", element.json]
        case .map(let element): ["map", element.json]
        case .object(let members): ["object", .object(members.mapValues(\.json))]
        case .tuple(let elements): ["tuple", .array(elements.map(\.json))]
        }
    }
}
