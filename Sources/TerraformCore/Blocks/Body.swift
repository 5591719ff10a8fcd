/// The arguments and nested blocks of a resource, data source, provider or nested block.
///
/// Generated types store their typed properties here, so rendering is one generic function
/// instead of code per type. Nested blocks follow Terraform's JSON syntax: a block that can
/// appear once renders as an object, a repeatable block as an array of objects.
public struct Body: Sendable, Hashable {
    public var arguments: [String: Expression] = [:]
    public var blocks: [String: NestedBlocks] = [:]

    public init() {}

    /// Blocks of one type inside a body.
    public enum NestedBlocks: Sendable, Hashable {
        case single(Body)
        case list([Body])
    }

    /// A typed argument, or `nil` when it is not set.
    public func argument<V: TerraformValue>(_ name: String) -> V? {
        arguments[name].map(V.init(expression:))
    }

    /// Sets or (with `nil`) removes an argument.
    public mutating func setArgument<V: TerraformValue>(_ name: String, _ value: V?) {
        arguments[name] = value?.expression
    }

    /// A block that appears at most once.
    public func single<B: BlockBody>(_ name: String) -> B? {
        if case .single(let body)? = blocks[name] { return B(body: body) }
        return nil
    }

    public mutating func setSingle<B: BlockBody>(_ name: String, _ block: B?) {
        blocks[name] = block.map { .single($0.body) }
    }

    /// A repeatable block; empty when none are set.
    public func list<B: BlockBody>(_ name: String) -> [B] {
        if case .list(let bodies)? = blocks[name] { return bodies.map(B.init(body:)) }
        return []
    }

    public mutating func setList<B: BlockBody>(_ name: String, _ blocks: [B]) {
        self.blocks[name] = blocks.isEmpty ? nil : .list(blocks.map { $0.body })
    }

    /// The body as Terraform JSON.
    public var json: JSONValue { members.json }

    /// Arguments and nested blocks as the members of one JSON object: a block that appears
    /// once is an object, a repeatable block an array of objects.
    var members: ObjectMembers {
        var members = ObjectMembers(capacity: arguments.count + blocks.count + 2)
        for (name, expression) in arguments { members.add(name, .expression(expression)) }
        for (name, nested) in blocks {
            switch nested {
            case .single(let body): members.add(name, .body(body))
            case .list(let bodies): members.add(name, .bodies(bodies))
            }
        }
        return members
    }

    /// Every reference in the arguments and nested blocks.
    public var references: [Reference] {
        var found: [Reference] = []
        for name in arguments.keys.sorted() { arguments[name]!.collectReferences(into: &found) }
        for name in blocks.keys.sorted() {
            switch blocks[name]! {
            case .single(let body): found += body.references
            case .list(let bodies): bodies.forEach { found += $0.references }
            }
        }
        return found
    }
}

/// A nested block type of a resource: a typed view of a ``Body``.
public protocol BlockBody: Sendable, Hashable {
    var body: Body { get set }
    init(body: Body)
}

extension BlockBody {
    /// A copy changed by `configure`, for declaring a block in one expression.
    public func with(_ configure: (inout Self) -> Void) -> Self {
        var copy = self
        configure(&copy)
        return copy
    }
}
