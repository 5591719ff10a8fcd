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
        var added = ObjectMembers()
        add(to: &added)
        guard case .object(let meta) = added.json else { return }
        members.merge(meta) { _, new in new }
    }

    /// Adds the meta-arguments to the members of a block; they replace arguments of the same name.
    func add(to members: inout ObjectMembers) {
        if let count { members.add("count", .expression(count.expression)) }
        if let forEach {
            if case .list = forEach {
                members.add("for_each", .expression(.call("toset", [forEach])))
            } else {
                members.add("for_each", .expression(forEach))
            }
        }
        if !dependsOn.isEmpty { members.add("depends_on", .array(dependsOn.map(ObjectMembers.Value.string))) }
        if let provider { members.add("provider", .string(provider)) }
        if let lifecycle { members.add("lifecycle", .object(lifecycle.members)) }
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

    public var json: JSONValue { members.json }

    var members: ObjectMembers {
        var members = ObjectMembers()
        if let preventDestroy { members.add("prevent_destroy", .bool(preventDestroy)) }
        if let createBeforeDestroy { members.add("create_before_destroy", .bool(createBeforeDestroy)) }
        if !ignoreChanges.isEmpty { members.add("ignore_changes", .array(ignoreChanges.map(ObjectMembers.Value.string))) }
        if !replaceTriggeredBy.isEmpty {
            members.add("replace_triggered_by", .array(replaceTriggeredBy.map { .expression(.reference($0)) }))
        }
        return members
    }
}
