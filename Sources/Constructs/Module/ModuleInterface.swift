import TerraformCore

/// A module's inputs or outputs, declared once as a Swift type whose stored properties are
/// ``ModuleInput``s or ``ModuleOutput``s. From that one declaration come the module's
/// `variables.tf.json` or `outputs.tf.json`, the typed values its `build()` reads and writes,
/// and the typed wiring of the environment roots:
///
///     struct Inputs: ModuleInterface {
///         var chatRoleARN = ModuleInput<TFString>("chat_role_arn", "ARN of the chat function's role.")
///     }
///     let input = module.declare(Inputs.self)   // variable "chat_role_arn"; input.chatRoleARN is ${var.chat_role_arn}
///
///     var lambda = Arguments<LambdaModule.Inputs>()
///     lambda.chatRoleARN = policies.chatRoleARN // ${module.policies.chat_role_arn}; a typo does not compile
public protocol ModuleInterface: Sendable {
    init()
}

/// What every module input and output has: its Terraform name.
public protocol ModuleInterfaceMember: Sendable {
    var name: String { get }
}

/// One input variable of a module: its name, type, description, default and validations.
///
/// `Value` is constrained where a value is made (the initializers, the handles' subscripts), not
/// on the type: every `input.name` is a key path whose first use builds this type's metadata,
/// and a constrained type parameter made each of those look up `Value`'s conformance.
public struct ModuleInput<Value>: ModuleInterfaceMember {
    public let name: String
    public let variable: Variable

    /// An input whose Terraform type follows from `Value` (`TFString` is `string`, `TFList<TFString>` is `list(string)`).
    public init(_ name: String, _ description: String, default defaultValue: Value? = nil, validations: [Variable.Validation] = [],
                sensitive: Bool = false) where Value: TypedTerraformValue {
        self.init(name, type: Value.typeConstraint, description, default: defaultValue, validations: validations, sensitive: sensitive)
    }

    /// An input of an explicit Terraform type (objects, `any`).
    public init(_ name: String, type: TypeConstraint, _ description: String, default defaultValue: Value? = nil,
                validations: [Variable.Validation] = [], sensitive: Bool = false) where Value: TerraformValue {
        self.name = name
        self.variable = Variable(name, type: type, description: description, default: defaultValue?.expression, validations: validations,
                                 sensitive: sensitive, nullable: false)
        InterfaceMembers.recorder?.inputs.append(self)
    }

    /// Whether a root must pass it.
    public var isRequired: Bool { variable.defaultValue == nil }
}

/// One output of a module: its name and description (the value is set by the module's `build()`).
/// `Value` is unconstrained on the type for the reason given at ``ModuleInput``.
public struct ModuleOutput<Value>: ModuleInterfaceMember {
    public let name: String
    public let description: String
    public let sensitive: Bool

    public init(_ name: String, _ description: String, sensitive: Bool = false) {
        self.name = name
        self.description = description
        self.sensitive = sensitive
        InterfaceMembers.recorder?.outputs.append(self)
    }
}

/// Terraform values whose type constraint is known from the Swift type.
public protocol TypedTerraformValue: TerraformValue {
    static var typeConstraint: TypeConstraint { get }
}

extension TFString: TypedTerraformValue { public static var typeConstraint: TypeConstraint { .string } }
extension TFNumber: TypedTerraformValue { public static var typeConstraint: TypeConstraint { .number } }
extension TFBool: TypedTerraformValue { public static var typeConstraint: TypeConstraint { .bool } }
extension TFList: TypedTerraformValue where Element: TypedTerraformValue {
    public static var typeConstraint: TypeConstraint { .list(Element.typeConstraint) }
}
extension TFMap: TypedTerraformValue where Element: TypedTerraformValue {
    public static var typeConstraint: TypeConstraint { .map(Element.typeConstraint) }
}

// MARK: Handles

/// A module's inputs as its `build()` reads them: each is `${var.<name>}`.
@dynamicMemberLookup
public struct Variables<Inputs: ModuleInterface>: Sendable {
    @usableFromInline let inputs = Inputs()

    @inlinable public subscript<Value: TerraformValue>(dynamicMember path: KeyPath<Inputs, ModuleInput<Value>>) -> Value {
        Value(Reference(.variable(inputs[keyPath: path].name)))
    }
}

/// The values a root passes to one module call, set through the module's typed inputs.
@dynamicMemberLookup
public struct Arguments<Inputs: ModuleInterface>: Sendable {
    @usableFromInline let inputs = Inputs()
    /// The values set so far, by input name.
    public private(set) var values: [String: Expression] = [:]

    public init() {}

    /// The value set for an input; `null` while unset.
    @inlinable public subscript<Value: TerraformValue>(dynamicMember path: KeyPath<Inputs, ModuleInput<Value>>) -> Value {
        get { Value(expression: values[inputs[keyPath: path].name] ?? .null) }
        set { store(newValue.expression, input: inputs[keyPath: path].name) }
    }

    /// Sets `path` only when `value` is not `nil` (an option that is off leaves the input's default).
    @inlinable public mutating func set<Value: TerraformValue>(_ path: KeyPath<Inputs, ModuleInput<Value>>, _ value: Value?) {
        if let value { store(value.expression, input: inputs[keyPath: path].name) }
    }

    @usableFromInline mutating func store(_ value: Expression, input name: String) { values[name] = value }

    /// The required inputs not set, by name.
    public var missing: [String] {
        Inputs.inputDeclarations.filter { $0.isRequired && values[$0.name] == nil }.map(\.name)
    }
}

/// A module's outputs as its `build()` sets them.
@dynamicMemberLookup
public struct OutputValues<Outputs: ModuleInterface>: Sendable {
    @usableFromInline let outputs = Outputs()
    /// The values set so far, by output name.
    public private(set) var values: [String: Expression] = [:]

    public init() {}

    /// Addresses an output's value waits for although it does not reference them, by output name.
    public private(set) var dependencies: [String: [String]] = [:]

    @inlinable public subscript<Value: TerraformValue>(dynamicMember path: KeyPath<Outputs, ModuleOutput<Value>>) -> Value {
        get { Value(expression: values[outputs[keyPath: path].name] ?? .null) }
        set { store(newValue.expression, output: outputs[keyPath: path].name) }
    }

    /// Sets an output whose value must also wait for `dependsOn` (a bucket's versioning, say).
    @inlinable public mutating func set<Value: TerraformValue>(_ path: KeyPath<Outputs, ModuleOutput<Value>>, _ value: Value, dependsOn: [String]) {
        store(value.expression, output: outputs[keyPath: path].name, dependsOn: dependsOn)
    }

    @usableFromInline mutating func store(_ value: Expression, output name: String, dependsOn: [String]? = nil) {
        values[name] = value
        if let dependsOn { dependencies[name] = dependsOn }
    }
}

/// A module call's outputs as the calling root reads them: each is `${module.<call>.<name>}`.
@dynamicMemberLookup
public struct OutputReferences<Outputs: ModuleInterface>: Sendable {
    @usableFromInline let outputs = Outputs()
    /// The module call's name in the root.
    public let call: String

    public init(call: String) { self.call = call }

    @inlinable public subscript<Value: TerraformValue>(dynamicMember path: KeyPath<Outputs, ModuleOutput<Value>>) -> Value {
        Value(Reference(.module(call), path: [outputs[keyPath: path].name]))
    }
}

// MARK: Erased members

/// A ``ModuleInput`` of any value type.
public protocol ModuleInputDeclaration: ModuleInterfaceMember {
    var variable: Variable { get }
    var isRequired: Bool { get }
}

extension ModuleInput: ModuleInputDeclaration {}

/// A ``ModuleOutput`` of any value type.
public protocol ModuleOutputDeclaration: ModuleInterfaceMember {
    var description: String { get }
    var sensitive: Bool { get }
}

extension ModuleOutput: ModuleOutputDeclaration {}

extension ModuleInterface {
    /// The input declarations, in order (for an `Inputs` type).
    public static var inputDeclarations: [any ModuleInputDeclaration] { InterfaceMembers.shared.members(of: Self.self).inputs }
    /// The output declarations, in order (for an `Outputs` type).
    public static var outputDeclarations: [any ModuleOutputDeclaration] { InterfaceMembers.shared.members(of: Self.self).outputs }
}

extension StackModule {
    /// Declares every input of `inputs` as a variable and returns them as `${var.<name>}` values.
    public mutating func declare<Inputs: ModuleInterface>(_ inputs: Inputs.Type, file: String = #fileID, line: Int = #line) -> Variables<Inputs> {
        for input in Inputs.inputDeclarations {
            let _: TFAny = terraform.variable(input.variable, file: file, line: line)
        }
        return Variables()
    }

    /// Declares every output of `outputs` with the value the module set; an output left unset is
    /// reported when the module renders.
    public mutating func declare<Outputs: ModuleInterface>(_ outputs: OutputValues<Outputs>, file: String = #fileID, line: Int = #line) {
        for output in Outputs.outputDeclarations {
            guard let value = outputs.values[output.name] else {
                terraform.report(.missingOutput(module: name, output: output.name))
                continue
            }
            terraform.output(Output(output.name, value: TFAny(expression: value), description: output.description, sensitive: output.sensitive,
                                    dependsOn: outputs.dependencies[output.name] ?? []),
                             file: file, line: line)
        }
    }
}
