/// A typed reference to something Terraform knows by address.
///
///     Reference(resource: "aws_s3_bucket", name: "vectors", attribute: "arn").hcl
///     // aws_s3_bucket.vectors.arn
///
/// References keep what they point to (the resource type and attribute), so the policy linter
/// can tell that `aws_dynamodb_table.costs.arn` is a DynamoDB table ARN.
public struct Reference: Sendable, Hashable {
    /// What kind of object the reference starts from.
    public enum Root: Sendable, Hashable {
        case resource(type: String, name: String)
        case data(type: String, name: String)
        case variable(String)
        case local(String)
        case module(String)
        /// Anything else Terraform offers (`path.module`, `count.index`, `each.key`, ...).
        case other(String)
    }

    public var root: Root
    /// Index after the root (`[0]`, `["key"]`, `[count.index]`) for `count` / `for_each` objects.
    public var index: String?
    /// Attribute path after the root, for example `["arn"]` or `["versioning", "0", "enabled"]`.
    public var path: [String]
    /// For variables: the resource attribute the value is known to come from, so the linter
    /// can resolve `var.bucket_arn` like the bucket's `arn` it is wired to.
    public var origin: Origin?

    /// The resource type and attribute a value comes from.
    public struct Origin: Sendable, Hashable {
        public var resourceType: String
        public var attribute: String
        public init(resourceType: String, attribute: String) {
            self.resourceType = resourceType
            self.attribute = attribute
        }
    }

    public init(_ root: Root, index: String? = nil, path: [String] = [], origin: Origin? = nil) {
        self.root = root
        self.index = index
        self.path = path
        self.origin = origin
    }

    public init(resource type: String, name: String, attribute: String) {
        self.init(.resource(type: type, name: name), path: [attribute])
    }

    /// The address of the object: `aws_s3_bucket.vectors`, `data.aws_region.current`, `var.x`.
    public var address: String {
        switch root {
        case .resource(let type, let name): return "\(type).\(name)"
        case .data(let type, let name): return "data.\(type).\(name)"
        case .variable(let name): return "var.\(name)"
        case .local(let name): return "local.\(name)"
        case .module(let name): return "module.\(name)"
        case .other(let text): return text
        }
    }

    /// The HCL text of the reference.
    public var hcl: String {
        var text = address
        if let index { text += "[\(index)]" }
        for step in path {
            if step.allSatisfy(\.isNumber) { text += "[\(step)]" } else { text += ".\(step)" }
        }
        return text
    }

    /// The same reference one attribute deeper.
    public func appending(_ attribute: String) -> Reference {
        var copy = self
        copy.path.append(attribute)
        return copy
    }

    /// The same reference indexed, for objects with `count` or `for_each`.
    public func indexed(_ index: String) -> Reference {
        var copy = self
        copy.index = index
        return copy
    }

    /// The resource type and attribute this reference reads, when known.
    public var resolvedOrigin: Origin? {
        switch root {
        case .resource(let type, _):
            guard let first = path.first else { return nil }
            return Origin(resourceType: type, attribute: first)
        case .data(let type, _):
            guard let first = path.first else { return nil }
            return Origin(resourceType: "data.\(type)", attribute: first)
        default:
            return origin
        }
    }
}
