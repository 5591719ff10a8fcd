import TerraformCore

/// A policy document as JSON whose strings may hold Terraform interpolations.
///
/// The same tree renders two ways: as the template Terraform receives in a `policy` argument,
/// and as the plain policy JSON the linter reads, with references replaced by what they are
/// known to point to.
indirect enum PolicyTree: Sendable {
    case object([String: PolicyTree])
    case list([PolicyTree])
    case value(TFString)
    /// A JSON value known only as a Terraform expression (a list variable); rendered as
    /// `${jsonencode(...)}` in place of a JSON value.
    case splice(Expression)

    static func text(_ text: String) -> PolicyTree { .value(TFString(text)) }

    /// Appends compact JSON (sorted keys) to `parts`; literal text is JSON-escaped, interpolations stay live.
    func render(into parts: inout [TemplatePart]) {
        switch self {
        case .object(let members):
            Self.literal("{", into: &parts)
            for (index, key) in members.keys.sorted(by: TerraformJSONWriter.codePointOrder).enumerated() {
                if index > 0 { Self.literal(",", into: &parts) }
                var quoted = ""
                TerraformJSONWriter.appendQuoted(key, into: &quoted)
                Self.literal(quoted + ":", into: &parts)
                members[key]!.render(into: &parts)
            }
            Self.literal("}", into: &parts)
        case .list(let elements):
            Self.literal("[", into: &parts)
            for (index, element) in elements.enumerated() {
                if index > 0 { Self.literal(",", into: &parts) }
                element.render(into: &parts)
            }
            Self.literal("]", into: &parts)
        case .splice(let expression):
            parts.append(.interpolation(.call("jsonencode", [expression])))
        case .value(let value):
            Self.literal("\"", into: &parts)
            switch value.expression {
            case .template(let pieces):
                for piece in pieces {
                    switch piece {
                    case .literal(let text): Self.literal(Self.jsonEscaped(text), into: &parts)
                    case .interpolation: parts.append(piece)
                    }
                }
            default:
                parts.append(.interpolation(value.expression))
            }
            Self.literal("\"", into: &parts)
        }
    }

    /// The policy as AWS will see it, as JSON: each interpolation replaced by `resolve`'s answer,
    /// or left as `${...}` text (an unknown part) when it has none.
    func resolved(_ resolve: (Expression) -> String?, _ resolveList: (Expression) -> [String?]?) -> JSONValue {
        switch self {
        case .splice(let expression):
            guard let elements = resolveList(expression) else { return .string("${\(expression.hcl)}") }
            return .array(elements.map { .string($0 ?? "${\(expression.hcl)}") })
        case .object(let members): return .object(members.mapValues { $0.resolved(resolve, resolveList) })
        case .list(let elements): return .array(elements.map { $0.resolved(resolve, resolveList) })
        case .value(let value):
            switch value.expression {
            case .template(let pieces):
                var text = ""
                for piece in pieces {
                    switch piece {
                    case .literal(let literal): text += literal
                    case .interpolation(let inner): text += resolve(inner) ?? "${\(inner.hcl)}"
                    }
                }
                return .string(text)
            default:
                return .string(resolve(value.expression) ?? "${\(value.expression.hcl)}")
            }
        }
    }

    private static func literal(_ text: String, into parts: inout [TemplatePart]) {
        if case .literal(var previous)? = parts.last {
            // Take the text out of the array first, so it is uniquely held and grows in place
            // (`previous + text` copied the whole policy so far on every append).
            parts.removeLast()
            previous += text
            parts.append(.literal(previous))
        } else {
            parts.append(.literal(text))
        }
    }

    private static func jsonEscaped(_ text: String) -> String {
        var quoted = ""
        TerraformJSONWriter.appendQuoted(text, into: &quoted)
        return String(quoted.dropFirst().dropLast())
    }
}
