/// A module input variable.
///
///     Variable("memory_size", type: .number, description: "Lambda memory in MB",
///              validations: [.init(condition: "${var.memory_size >= 128}", errorMessage: "...")])
public struct Variable: Sendable, Hashable {
    public var name: String
    public var type: TypeConstraint
    public var description: String
    public var defaultValue: Expression?
    public var validations: [Validation]
    public var sensitive: Bool
    public var nullable: Bool?
    /// Where values of this variable come from, so references to it resolve like that attribute.
    public var origin: Reference.Origin?

    public init(_ name: String, type: TypeConstraint, description: String, default defaultValue: Expression? = nil,
                validations: [Validation] = [], sensitive: Bool = false, nullable: Bool? = nil, origin: Reference.Origin? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.defaultValue = defaultValue
        self.validations = validations
        self.sensitive = sensitive
        self.nullable = nullable
        self.origin = origin
    }

    /// A `validation` block: `condition` is a bool expression over `var.NAME`.
    public struct Validation: Sendable, Hashable {
        public var condition: Expression
        public var errorMessage: String
        public init(condition: Expression, errorMessage: String) {
            self.condition = condition
            self.errorMessage = errorMessage
        }
        /// A condition written as HCL text, for example `var.memory_size >= 128`.
        public init(_ hcl: String, _ errorMessage: String) {
            self.init(condition: .raw(hcl), errorMessage: errorMessage)
        }
    }

    /// A typed reference to the variable's value.
    public var reference: Reference { Reference(.variable(name), origin: origin) }

    public var json: JSONValue { members.json }

    var members: ObjectMembers {
        var members = ObjectMembers(capacity: 6)
        members.add("type", .string(type.hcl))
        members.add("description", .string(description))
        if let defaultValue { members.add("default", .expression(defaultValue)) }
        if !validations.isEmpty {
            members.add("validation", .array(validations.map { validation in
                var entry = ObjectMembers(capacity: 2)
                entry.add("condition", .expression(validation.condition))
                entry.add("error_message", .string(validation.errorMessage))
                return .object(entry)
            }))
        }
        if sensitive { members.add("sensitive", .bool(true)) }
        if let nullable { members.add("nullable", .bool(nullable)) }
        return members
    }
}

/// A Terraform type constraint, rendered as the type expression text Terraform's JSON syntax takes.
public indirect enum TypeConstraint: Sendable, Hashable {
    case string, number, bool, any
    case list(TypeConstraint)
    case set(TypeConstraint)
    case map(TypeConstraint)
    case object([String: TypeConstraint])

    public var hcl: String {
        switch self {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "bool"
        case .any: return "any"
        case .list(let element): return "list(\(element.hcl))"
        case .set(let element): return "set(\(element.hcl))"
        case .map(let element): return "map(\(element.hcl))"
        case .object(let members):
            let keys = members.keys.sorted(by: TerraformJSONWriter.codePointOrder)
            return "object({" + keys.map { "\($0) = \(members[$0]!.hcl)" }.joined(separator: ", ") + "})"
        }
    }
}
