import Constructs
import TerraformCore

/// The wires of one root: its module calls checked against the modules they call, and the values
/// behind `module.<call>.<output>` for the policy gate.
///
/// The typed wiring (``Arguments``, ``OutputReferences``) makes most mistakes compile errors; this
/// check catches the rest at synth time, before anything is written — an input left unset, a
/// call the root reads but does not make, or an untyped call built by hand — each as one line
/// naming the root, the module and the input or output.
struct ModuleWiring {
    let root: String
    /// The module each call of the root calls, by call name.
    let modules: [String: TerraformModule]
    /// The root's calls with the module each calls, in order, and by call name.
    let entries: [(call: ModuleCall, module: String)]
    let calls: [String: ModuleCall]

    init(root: String, calls: [(call: ModuleCall, module: String)], modules: [String: StackModule]) {
        self.root = root
        var called: [String: TerraformModule] = [:]
        var byName: [String: ModuleCall] = [:]
        for (call, name) in calls {
            called[call.name] = modules[name]?.terraform
            byName[call.name] = call
        }
        self.modules = called
        self.entries = calls
        self.calls = byName
    }

    /// Throws the first wiring problem of the root's calls and of its own outputs.
    func check(rootOutputs: [Output]) throws {
        for (call, name) in entries {
            guard let module = modules[call.name] else { continue }
            for input in call.arguments.keys.sorted() where module.variables[input] == nil {
                throw TerraformError.unknownInput(root: root, module: name, input: input, known: module.variables.keys.sorted())
            }
            for (input, variable) in module.variables.sorted(by: { $0.key < $1.key })
            where variable.defaultValue == nil && call.arguments[input] == nil {
                throw TerraformError.missingInput(root: root, module: name, input: input)
            }
            for key in call.arguments.keys.sorted() { try checkOutputs(read: call.arguments[key]!) }
        }
        for output in rootOutputs { try checkOutputs(read: output.value) }
    }

    /// Every `module.<call>.<output>` in `expression` names a call of this root and an output its module declares.
    private func checkOutputs(read expression: Expression) throws {
        for reference in expression.references {
            guard case .module(let call) = reference.root, let output = reference.path.first else { continue }
            guard let module = modules[call] else {
                throw TerraformError.unknownOutput(root: root, call: call, output: output, known: nil)
            }
            if module.outputs[output] == nil {
                throw TerraformError.unknownOutput(root: root, call: call, output: output, known: module.outputs.keys.sorted())
            }
        }
    }

    /// `arguments` with each `module.<call>.<output>` replaced by the value the called module gives
    /// that output (`aws_iam_role.chat.arn`), followed through outputs that pass a variable on, so
    /// the gate resolves a wired ARN from the resource it comes from — nobody types its origin by hand.
    func resolvingOutputs(_ arguments: [String: Expression]) -> [String: Expression] {
        arguments.mapValues { resolve($0, depth: 0) }
    }

    private func resolve(_ expression: Expression, depth: Int) -> Expression {
        switch expression {
        case .reference(let reference):
            guard depth < 4, case .module(let call) = reference.root, reference.path.count == 1, reference.index == nil,
                  let value = modules[call]?.outputs[reference.path[0]]?.value
            else { return expression }
            // An output that passes its module's variable on (`var.bucket_arn`) is what the root passed in.
            if case .reference(let inner) = value, case .variable(let name) = inner.root, inner.path.isEmpty,
               let passed = calls[call]?.arguments[name] {
                return resolve(passed, depth: depth + 1)
            }
            // Values that read the module's own variables mean nothing outside it.
            return value.references.contains { if case .variable = $0.root { true } else { false } } ? expression : value
        case .template(let parts):
            return .template(parts.map {
                if case .interpolation(let inner) = $0 { .interpolation(resolve(inner, depth: depth)) } else { $0 }
            })
        case .list(let elements): return .list(elements.map { resolve($0, depth: depth) })
        case .call(let function, let arguments): return .call(function, arguments.map { resolve($0, depth: depth) })
        case .object(let members): return .object(members.mapValues { resolve($0, depth: depth) })
        default: return expression
        }
    }
}
