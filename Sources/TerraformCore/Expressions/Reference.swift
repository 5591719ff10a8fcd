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
        var text = ""
        appendAddress(into: &text)
        return text
    }

    private func appendAddress<Output: HCLOutput & ~Copyable>(into output: inout Output) {
        switch root {
        case .resource(let type, let name): output.write(type); output.write("."); output.write(name)
        case .data(let type, let name): output.write("data."); output.write(type); output.write("."); output.write(name)
        case .variable(let name): output.write("var."); output.write(name)
        case .local(let name): output.write("local."); output.write(name)
        case .module(let name): output.write("module."); output.write(name)
        case .other(let other): output.write(other)
        }
    }

    /// The HCL text of the reference.
    public var hcl: String {
        var text = ""
        appendHCL(into: &text)
        return text
    }

    /// Writes ``hcl`` into `output`.
    func appendHCL<Output: HCLOutput & ~Copyable>(into output: inout Output) {
        appendAddress(into: &output)
        if let index { output.write("["); output.write(index); output.write("]") }
        for step in path {
            if step.hasPrefix("[") {
                output.write(step)  // an index expression (``indexing(_:)``)
            } else if Self.isIndex(step) {
                output.write("["); output.write(step); output.write("]")
            } else {
                output.write("."); output.write(step)
            }
        }
    }

    /// Whether a path step is a list index (`0`), written `[0]` rather than `.0`.
    private static func isIndex(_ step: String) -> Bool {
        // Attribute names are ASCII: there only 0-9 are numbers, and bytes answer without
        // decoding Characters. Anything else keeps the Character test.
        var allDigits = true
        for byte in step.utf8 {
            guard byte < 0x80 else { return step.allSatisfy(\.isNumber) }
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { allDigits = false }
        }
        return allDigits
    }

    /// The same reference one attribute deeper.
    public func appending(_ attribute: String) -> Reference {
        var copy = self
        copy.path.append(attribute)
        return copy
    }

    /// The same reference indexed by an expression after its path: `names[count.index]`.
    public func indexing(_ index: Expression) -> Reference {
        var copy = self
        copy.path.append("[" + index.hcl + "]")
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
