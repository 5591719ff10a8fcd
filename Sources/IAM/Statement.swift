import TerraformCore

/// One statement of an IAM policy.
///
///     Statement.allow([.s3.getObject], on: ["\(bucket.arn)/*"])
///     // {"Action":["s3:GetObject"],"Effect":"Allow","Resource":["${aws_s3_bucket.vectors.arn}/*"]}
public struct Statement: Sendable, Hashable {
    public enum Effect: String, Sendable, Hashable { case allow = "Allow", deny = "Deny" }

    public var sid: String?
    public var effect: Effect
    public var actions: [Action]
    public var notActions: [Action]
    public var resources: [TFString]
    /// Whole lists of resources known only as an expression (a module variable holding one ARN
    /// per region, say); rendered with `jsonencode` and resolved element by element for the linter.
    public var resourceLists: [TFList<TFString>] = []
    /// AWS principals (account ids or ARNs) known only as list expressions, such as the accounts a
    /// root passes to a module; spliced like ``resourceLists``, and the only principals of the
    /// statement when set.
    public var awsPrincipalLists: [TFList<TFString>] = []
    public var notResources: [TFString]
    public var principals: [Principal]
    public var notPrincipals: [Principal]
    public var conditions: [Condition]
    /// Reviewed exceptions to linter rules for this statement; reported, never hidden.
    public var suppressions: [Suppression]
    /// The Swift call that declared the statement, so lint findings can point at it. Grants pass
    /// their own caller's `#fileID` and `#line`, so this is the grant in the stack, not the
    /// line inside the construct.
    public var source: SourceLocation?

    public init(sid: String? = nil, effect: Effect, actions: [Action] = [], notActions: [Action] = [],
                resources: [TFString] = [], notResources: [TFString] = [], principals: [Principal] = [],
                notPrincipals: [Principal] = [], conditions: [Condition] = [], suppressions: [Suppression] = [],
                file: String = #fileID, line: Int = #line) {
        self.sid = sid
        self.effect = effect
        self.actions = actions
        self.notActions = notActions
        self.resources = resources
        self.notResources = notResources
        self.principals = principals
        self.notPrincipals = notPrincipals
        self.conditions = conditions
        self.suppressions = suppressions
        self.source = SourceLocation(fileID: file, line: line)
    }

    /// An Allow of `actions` on exactly `resources`, declared at `file`:`line` (the caller's, by default).
    public static func allow(_ actions: [Action], on resources: [TFString], sid: String? = nil,
                             conditions: [Condition] = [], file: String = #fileID, line: Int = #line) -> Statement {
        Statement(sid: sid, effect: .allow, actions: actions, resources: resources, conditions: conditions, file: file, line: line)
    }

    /// A copy that carries a reviewed suppression of `rule`.
    public func suppressing(_ rule: String, action: String? = nil, resource: String? = nil, reason: String) -> Statement {
        var copy = self
        copy.suppressions.append(Suppression(rule: rule, action: action, resource: resource, reason: reason))
        return copy
    }

    /// The statement's members, appended in the code-point order of their keys (`Action` <
    /// `Condition` < `Effect` < `NotAction` < `NotPrincipal` < `NotResource` < `Principal` <
    /// `Resource` < `Sid`), so they need no sorting: every policy of a stack renders each of
    /// its statements, twice (template and linted JSON).
    func tree() -> PolicyTree {
        var members: [PolicyTree.Member] = []
        members.reserveCapacity(6)
        if !actions.isEmpty { members.append(.init("Action", .list(Statement.unique(actions).map { .text($0.description) }))) }
        if !conditions.isEmpty { members.append(.init("Condition", Condition.tree(conditions))) }
        members.append(.init("Effect", .text(effect.rawValue)))
        if !notActions.isEmpty { members.append(.init("NotAction", .list(Statement.unique(notActions).map { .text($0.description) }))) }
        if !notPrincipals.isEmpty { members.append(.init("NotPrincipal", Principal.tree(notPrincipals))) }
        if !notResources.isEmpty { members.append(.init("NotResource", .list(Statement.unique(notResources).map { .value($0) }))) }
        if !awsPrincipalLists.isEmpty {
            let lists = awsPrincipalLists.map(\.expression)
            members.append(.init("Principal", .object([.init(Principal.Kind.aws.rawValue, .splice(lists.count == 1 ? lists[0] : .call("concat", lists)))])))
        } else if !principals.isEmpty {
            members.append(.init("Principal", Principal.tree(principals)))
        }
        if !resourceLists.isEmpty {
            let literal = Expression.list(Statement.unique(resources).map(\.expression))
            let lists = resourceLists.map(\.expression)
            members.append(.init("Resource", .splice(resources.isEmpty && lists.count == 1 ? lists[0] : .call("concat", [literal] + lists))))
        } else if !resources.isEmpty {
            members.append(.init("Resource", .list(Statement.unique(resources).map { .value($0) })))
        }
        if let sid { members.append(.init("Sid", .text(sid))) }
        return .members(members)
    }

    /// Actions sorted and de-duplicated, so grants merged from several constructs read stably.
    static func unique(_ actions: [Action]) -> [Action] {
        // Sorted, then equal neighbours dropped: no hashing of every action on every render.
        var unique: [Action] = []
        unique.reserveCapacity(actions.count)
        for action in actions.sorted() where unique.last != action { unique.append(action) }
        return unique
    }

    /// Resources de-duplicated in the order given.
    static func unique(_ values: [TFString]) -> [TFString] {
        // Lists here are short: comparing with the kept ones costs less than hashing expressions.
        guard values.count > 16 else {
            var kept: [TFString] = []
            kept.reserveCapacity(values.count)
            for value in values where !kept.contains(value) { kept.append(value) }
            return kept
        }
        var seen = Set<TFString>()
        return values.filter { seen.insert($0).inserted }
    }
}
