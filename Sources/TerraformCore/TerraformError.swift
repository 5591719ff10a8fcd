/// Errors in building a Terraform module, each rendered as one line that says what, where and
/// what to do.
public enum TerraformError: Error, Sendable, Hashable, CustomStringConvertible {
    case duplicateAddress(address: String, module: String, first: String, second: String)
    /// A module declares an output (in its `Outputs` interface) that its build never set.
    case missingOutput(module: String, output: String)
    /// A root passes an argument the called module declares no variable for.
    case unknownInput(root: String, module: String, input: String, known: [String])
    /// A root does not pass a variable the called module requires (one without a default).
    case missingInput(root: String, module: String, input: String)
    /// A root reads `module.<call>.<output>` of a call it does not make, or an output the module does not declare.
    case unknownOutput(root: String, call: String, output: String, known: [String]?)

    public var description: String {
        switch self {
        case .duplicateAddress(let address, let module, let first, let second):
            return "module \(module): \(address) is declared twice, at \(first) and at \(second); give one of them another name"
        case .missingOutput(let module, let output):
            return "module \(module): output \(output) is declared but never set; set it in the module's build, or remove it from its Outputs"
        case .unknownInput(let root, let module, let input, let known):
            return "root \(root): module \(module) has no input \(input); use one of its inputs (\(known.joined(separator: ", "))) or declare it in the module's Inputs"
        case .missingInput(let root, let module, let input):
            return "root \(root): module \(module) requires input \(input), which the root does not pass; set it in the root's call of \(module)"
        case .unknownOutput(let root, let call, let output, let known?):
            return "root \(root): module.\(call).\(output) does not exist; \(call) declares only \(known.joined(separator: ", "))"
        case .unknownOutput(let root, let call, let output, nil):
            return "root \(root): module.\(call).\(output) reads a module the root does not call; call \(call) in this root or remove the reference"
        }
    }
}
