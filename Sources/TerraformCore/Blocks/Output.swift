/// A module output.
public struct Output: Sendable, Hashable {
    public var name: String
    public var value: Expression
    public var description: String
    public var sensitive: Bool
    /// Addresses the value must wait for although it does not reference them (for example a
    /// bucket's versioning, which S3 replication into the bucket needs).
    public var dependsOn: [String]

    public init(_ name: String, value: some TerraformValue, description: String, sensitive: Bool = false, dependsOn: [String] = []) {
        self.name = name
        self.value = value.expression
        self.description = description
        self.sensitive = sensitive
        self.dependsOn = dependsOn
    }

    public var json: JSONValue { members.json }

    var members: ObjectMembers {
        var members = ObjectMembers(capacity: 3)
        members.add("value", .expression(value))
        members.add("description", .string(description))
        if sensitive { members.add("sensitive", .bool(true)) }
        if !dependsOn.isEmpty { members.add("depends_on", .array(dependsOn.map(ObjectMembers.Value.string))) }
        return members
    }
}
