/// Terraform's meta-arguments, shared by resources, data sources and module calls.
public struct MetaArguments: Sendable, Hashable {
    public var count: TFNumber?
    /// A map or set of strings; a JSON array is a tuple, which Terraform rejects, so lists are
    /// wrapped in `toset(...)` when rendered.
    public var forEach: Expression?
    /// Addresses such as `aws_iam_role.chat` (plain text: JSON syntax takes no `${}` here).
    public var dependsOn: [String] = []
    /// A provider configuration such as `aws.us_east_1`.
    public var provider: String?
    public var lifecycle: Lifecycle?

    public init() {}

    /// Adds the meta-arguments to a rendered body.
    public func apply(to members: inout [String: JSONValue]) {
        if let count { members["count"] = count.expression.json }
        if let forEach {
            if case .list = forEach {
                members["for_each"] = Expression.call("toset", [forEach]).json
            } else {
                members["for_each"] = forEach.json
            }
        }
        if !dependsOn.isEmpty { members["depends_on"] = .array(dependsOn.map(JSONValue.string)) }
        if let provider { members["provider"] = .string(provider) }
        if let lifecycle { members["lifecycle"] = lifecycle.json }
    }
}

/// The `lifecycle` block.
public struct Lifecycle: Sendable, Hashable {
    public var preventDestroy: Bool?
    public var createBeforeDestroy: Bool?
    /// Attribute names, rendered as plain text.
    public var ignoreChanges: [String] = []
    /// References whose change replaces the resource.
    public var replaceTriggeredBy: [Reference] = []

    public init(preventDestroy: Bool? = nil, createBeforeDestroy: Bool? = nil, ignoreChanges: [String] = [], replaceTriggeredBy: [Reference] = []) {
        self.preventDestroy = preventDestroy
        self.createBeforeDestroy = createBeforeDestroy
        self.ignoreChanges = ignoreChanges
        self.replaceTriggeredBy = replaceTriggeredBy
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [:]
        if let preventDestroy { members["prevent_destroy"] = .bool(preventDestroy) }
        if let createBeforeDestroy { members["create_before_destroy"] = .bool(createBeforeDestroy) }
        if !ignoreChanges.isEmpty { members["ignore_changes"] = .array(ignoreChanges.map(JSONValue.string)) }
        if !replaceTriggeredBy.isEmpty {
            members["replace_triggered_by"] = .array(replaceTriggeredBy.map { .string("${\($0.hcl)}") })
        }
        return .object(members)
    }
}
