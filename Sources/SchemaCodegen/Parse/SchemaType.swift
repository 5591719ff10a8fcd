/// A Terraform type as the schema writes it: `"string"`, `["list", "string"]`,
/// `["object", {"name": "string"}]`, `"dynamic"`.
public indirect enum SchemaType: Decodable, Sendable, Hashable {
    case string
    case number
    case bool
    case dynamic
    case list(SchemaType)
    case set(SchemaType)
    case map(SchemaType)
    case object([String: SchemaType])
    case tuple([SchemaType])

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            switch name {
            case "string": self = .string
            case "number": self = .number
            case "bool": self = .bool
            case "dynamic": self = .dynamic
            default:
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type \"\(name)\""))
            }
            return
        }
        var container = try decoder.unkeyedContainer()
        let kind = try container.decode(String.self)
        switch kind {
        case "list": self = .list(try container.decode(SchemaType.self))
        case "set": self = .set(try container.decode(SchemaType.self))
        case "map": self = .map(try container.decode(SchemaType.self))
        case "object": self = .object(try container.decode([String: SchemaType].self))
        case "tuple": self = .tuple(try container.decode([SchemaType].self))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type kind \"\(kind)\""))
        }
    }
}
