/// Errors in building a Terraform module, each rendered as one line that says what, where and
/// what to do.
public enum TerraformError: Error, Sendable, Hashable, CustomStringConvertible {
    case duplicateAddress(address: String, module: String, first: String, second: String)

    public var description: String {
        switch self {
        case .duplicateAddress(let address, let module, let first, let second):
            return "module \(module): \(address) is declared twice, at \(first) and at \(second); give one of them another name"
        }
    }
}
