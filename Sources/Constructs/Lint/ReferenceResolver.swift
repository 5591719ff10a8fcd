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
    /// `each.key` and `each.value` of the `for_each` instance being linted, if any.
    public var each: (key: String, value: String)?

    public init(arguments: [String: Expression] = [:], each: (key: String, value: String)? = nil) {
        self.arguments = arguments
        self.each = each
    }

    /// The literal entries of a `for_each` map, resolved through the arguments: one binding of
    /// `each.key` and `each.value` per entry, sorted by key; `nil` when they are not known.
    public func instances(of forEach: Expression) -> [(key: String, value: String)]? {
        var expression = forEach
        if case .reference(let reference) = forEach, case .variable(let name) = reference.root, reference.path.isEmpty,
           reference.index == nil, let argument = arguments[name] {
            expression = argument
        }
        guard case .object(let members) = expression else { return nil }
        var entries: [(key: String, value: String)] = []
        for key in members.keys.sorted() {
            guard let value = members[key]!.literalString else { return nil }
            entries.append((key, value))
        }
        return entries
    }

    public func resolve(_ expression: Expression) -> String? {
        switch expression {
        case .reference(let reference) where reference.root == .other("each.key") && reference.index == nil && reference.path.isEmpty:
            return each?.key
        case .reference(let reference) where reference.root == .other("each.value") && reference.index == nil && reference.path.isEmpty:
            return each?.value
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
            // A list known only after apply (a module output) stands for unknown elements; the
            // known ones are still linted (an ENI ARN beside the subnets it is created in).
            return lists.flatMap { resolveList($0) ?? [nil] }
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
