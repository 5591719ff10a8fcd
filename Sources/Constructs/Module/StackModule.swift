import AWSResources
import IAM
import TerraformCore

/// A Terraform module under construction, together with every IAM policy declared in it.
///
/// Constructs add their resources to ``terraform`` and register each policy they render
/// (role, trust, bucket, queue, topic and key policies), so the linter sees the policy model,
/// not just a JSON string in a resource argument.
public struct StackModule: Sendable {
    public var terraform: TerraformModule
    public private(set) var policies: [PolicyRecord] = []

    public init(_ name: String) { self.terraform = TerraformModule(name) }

    public var name: String { terraform.name }

    /// Adds a resource; see ``TerraformModule/add(_:file:line:)``.
    @discardableResult
    public mutating func add<R: Resource>(_ resource: R, file: String = #fileID, line: Int = #line) -> R {
        terraform.add(resource, file: file, line: line)
    }

    @discardableResult
    public mutating func add<D: DataSource>(_ data: D, file: String = #fileID, line: Int = #line) -> D {
        terraform.add(data, file: file, line: line)
    }

    /// Adds `resource` with `document` rendered into its `argument` (`policy`, `assume_role_policy`)
    /// and registers the document with the policy gate, in one call: a policy cannot reach the
    /// output without being linted, and the linted document is the rendered one. Every
    /// policy-bearing resource goes through here (`PolicyCoverageTests` checks that every policy
    /// argument of every module has a record). `kind` is refined by the resource type as in
    /// ``register(_:kind:address:argument:forEach:file:line:)``.
    @discardableResult
    public mutating func add<R: Resource>(_ resource: R, policy document: PolicyDocument, in argument: String = "policy", kind: PolicyKind,
                                          file: String = #fileID, line: Int = #line) -> R {
        var resource = resource
        resource.body.setArgument(argument, document.rendered)
        terraform.add(resource, file: file, line: line)
        register(document, kind: kind, address: resource.address, argument: argument, forEach: resource.meta.forEach, file: file, line: line)
        return resource
    }

    /// Records that `address`'s `argument` holds `document`, for the policy gate. `forEach` is the
    /// resource's `for_each`, so the gate can lint each instance with its `each.key` and `each.value`.
    /// A generic `.identity` or `.resource` kind is made precise by the resource type
    /// (`aws_iam_role_policy` holds an inline role policy, `aws_kms_key` a key policy), so the
    /// linter applies that kind's size quota and shape. `file` and `line` are the declaring call,
    /// for findings about the policy as a whole.
    mutating func register(_ document: PolicyDocument, kind: PolicyKind, address: String, argument: String,
                                  forEach: Expression? = nil, file: String = #fileID, line: Int = #line) {
        policies.append(PolicyRecord(address: address, argument: argument, kind: kind.refined(byAddress: address), document: document,
                                     forEach: forEach, source: SourceLocation(fileID: file, line: line)))
    }

    /// Declares a module variable and returns a typed reference to it.
    public mutating func variable<V: TerraformValue>(_ name: String, _ type: TypeConstraint, _ description: String,
                                                     default defaultValue: Expression? = nil, validations: [Variable.Validation] = [],
                                                     sensitive: Bool = false, origin: Reference.Origin? = nil,
                                                     file: String = #fileID, line: Int = #line) -> V {
        terraform.variable(Variable(name, type: type, description: description, default: defaultValue, validations: validations,
                                    sensitive: sensitive, nullable: false, origin: origin), file: file, line: line)
    }

    public mutating func output(_ name: String, _ value: some TerraformValue, _ description: String, sensitive: Bool = false,
                                dependsOn: [String] = [], file: String = #fileID, line: Int = #line) {
        terraform.output(Output(name, value: value, description: description, sensitive: sensitive, dependsOn: dependsOn), file: file, line: line)
    }
}

/// One IAM policy inside a module: where it is and what it says.
public struct PolicyRecord: Sendable, Hashable {
    /// The resource holding the policy, for example `aws_iam_role_policy.chat`.
    public var address: String
    /// The argument holding it, for example `policy` or `assume_role_policy`.
    public var argument: String
    /// What holds the policy (``PolicyKind`` from IAM, one table for the linter and the stack).
    public var kind: PolicyKind
    public var document: PolicyDocument
    /// The resource's `for_each`, when it is declared once per entry of a map.
    public var forEach: Expression? = nil
    /// The Swift call that declared the policy.
    public var source: SourceLocation? = nil
}
