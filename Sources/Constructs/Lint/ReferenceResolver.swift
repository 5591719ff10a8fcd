import TerraformCore

/// Answers "what will this expression be at apply time?" for the policy gate, as far as it can.
///
/// Inside a module a policy mentions `var.bucket_arn`; the environment root passes that
/// variable a value. Given the root's arguments, the resolver follows the variable to the
/// literal or reference behind it, and turns references into ``ARNSamples``. What it cannot
/// know stays unknown (`nil`), and the linter skips unknown parts instead of guessing.
public struct ReferenceResolver: Sendable {
    /// The module call's arguments, by variable name; empty when linting a module on its own.
    public var arguments: [String: Expression]

    public init(arguments: [String: Expression] = [:]) { self.arguments = arguments }

    public func resolve(_ expression: Expression) -> String? {
        switch expression {
        case .reference(let reference):
            if case .variable(let name) = reference.root, reference.path.isEmpty, let argument = arguments[name] {
                return ReferenceResolver().resolve(argument) ?? reference.origin.flatMap(ARNSamples.sample(for:))
            }
            return reference.resolvedOrigin.flatMap(ARNSamples.sample(for:))
        case .template(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .literal(let literal): text += literal
                case .interpolation(let inner):
                    guard let value = resolve(inner) else { return nil }
                    text += value
                }
            }
            return text
        case .integer(let number): return String(number)
        default: return nil
        }
    }

    /// The elements of a list expression: a literal list, `concat(...)` of lists, or a variable
    /// whose argument is one of those.
    public func resolveList(_ expression: Expression) -> [String?]? {
        switch expression {
        case .list(let elements): return elements.map(resolve)
        case .call("concat", let lists):
            var all: [String?] = []
            for list in lists {
                guard let elements = resolveList(list) else { return nil }
                all += elements
            }
            return all
        case .call("toset", let arguments) where arguments.count == 1: return resolveList(arguments[0])
        case .reference(let reference):
            if case .variable(let name) = reference.root, reference.path.isEmpty, let argument = arguments[name] {
                return ReferenceResolver().resolveList(argument)
            }
            return nil
        default: return nil
        }
    }
}
