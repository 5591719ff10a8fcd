/// A `module` block: a call of a child module with its arguments.
///
///     var storage = ModuleCall("storage", source: "../../modules-out/storage")
///     storage.arguments["environment"] = .string("prod")
///     let bucketARN: TFString = storage.output("bucket_arn")   // ${module.storage.bucket_arn}
public struct ModuleCall: Sendable, Hashable {
    public var name: String
    public var source: String
    public var arguments: [String: Expression]
    /// Child provider name to parent configuration, for example `"aws.us_east_1": "aws.us_east_1"`.
    public var providers: [String: String]
    public var meta: MetaArguments

    public init(_ name: String, source: String, arguments: [String: Expression] = [:], providers: [String: String] = [:]) {
        self.name = name
        self.source = source
        self.arguments = arguments
        self.providers = providers
        self.meta = MetaArguments()
    }

    /// Sets an argument from a typed value.
    public mutating func set(_ argument: String, _ value: some TerraformValue) {
        arguments[argument] = value.expression
    }

    /// A typed reference to an output of the child module. `origin` records which resource
    /// attribute the output carries, for the policy linter.
    public func output<V: TerraformValue>(_ output: String, origin: Reference.Origin? = nil) -> V {
        V(Reference(.module(name), path: [output], origin: origin))
    }

    public var json: JSONValue { members.json }

    /// The arguments, `source`, `providers` and meta-arguments (which replace arguments of the same name).
    var members: ObjectMembers {
        var members = ObjectMembers(capacity: arguments.count + 3)
        for (name, expression) in arguments { members.add(name, .expression(expression)) }
        members.add("source", .string(source))
        if !providers.isEmpty { members.add("providers", .json(.object(providers.mapValues(JSONValue.string)))) }
        meta.add(to: &members)
        return members
    }
}
