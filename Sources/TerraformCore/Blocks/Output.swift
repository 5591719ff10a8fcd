/// A module output.
public struct Output: Sendable, Hashable {
    public var name: String
    public var value: Expression
    public var description: String
    public var sensitive: Bool

    public init(_ name: String, value: some TerraformValue, description: String, sensitive: Bool = false) {
        self.name = name
        self.value = value.expression
        self.description = description
        self.sensitive = sensitive
    }

    public var json: JSONValue { members.json }

    var members: ObjectMembers {
        var members = ObjectMembers(capacity: 3)
        members.add("value", .expression(value))
        members.add("description", .string(description))
        if sensitive { members.add("sensitive", .bool(true)) }
        return members
    }
}
