/// A managed resource type, such as the generated `S3Bucket` (`aws_s3_bucket`).
///
///     let bucket = S3Bucket("vectors").with { $0.bucket = "rag-genai-prod-vectors" }
///     bucket.arn.expression.json   // "${aws_s3_bucket.vectors.arn}"
public protocol Resource: Sendable, Hashable {
    /// The Terraform type name, for example `aws_s3_bucket`.
    static var terraformType: String { get }
    /// The local name, the second part of the address.
    var name: String { get }
    /// The arguments and nested blocks.
    var body: Body { get set }
    var meta: MetaArguments { get set }
}

/// A data source type, such as `aws_caller_identity`.
public protocol DataSource: Sendable, Hashable {
    static var terraformType: String { get }
    var name: String { get }
    var body: Body { get set }
    var meta: MetaArguments { get set }
}

extension Resource {
    /// The address `TYPE.NAME`.
    public var address: String { Self.terraformType + "." + name }

    /// A reference to one of this resource's attributes.
    public func reference(_ attribute: String) -> Reference {
        Reference(resource: Self.terraformType, name: name, attribute: attribute)
    }

    /// A typed reference to any attribute, including optional ones the generated API exposes
    /// only as settable properties.
    public func attribute<V: TerraformValue>(_ name: String) -> V { V(reference(name)) }

    /// A copy changed by `configure`, for declaring a resource in one expression.
    public func with(_ configure: (inout Self) -> Void) -> Self {
        var copy = self
        configure(&copy)
        return copy
    }
}

extension DataSource {
    /// The address `data.TYPE.NAME`.
    public var address: String { "data." + Self.terraformType + "." + name }

    public func reference(_ attribute: String) -> Reference {
        Reference(.data(type: Self.terraformType, name: name), path: [attribute])
    }

    public func attribute<V: TerraformValue>(_ name: String) -> V { V(reference(name)) }

    public func with(_ configure: (inout Self) -> Void) -> Self {
        var copy = self
        configure(&copy)
        return copy
    }
}
