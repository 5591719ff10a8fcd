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
        var template = TemplateText(parts: parts)
        render(into: &template)
        parts = template.finish()
    }

    /// The template under construction: literal text gathers in one growing string and becomes a
    /// part only when an interpolation follows (a part per brace and comma cost a tenth of synth).
    private struct TemplateText {
        var parts: [TemplatePart]
        var text = ""

        init(parts: [TemplatePart]) {
            self.parts = parts
            if case .literal(let previous)? = self.parts.last {
                self.parts.removeLast()
                text = previous
            }
            text.reserveCapacity(1024)
        }

        mutating func literal(_ piece: String) { text += piece }
        mutating func quoted(_ piece: String) {
            text += "\""
            escaped(piece)
            text += "\""
        }
        /// `piece` JSON-escaped, without the surrounding quotes.
        mutating func escaped(_ piece: String) {
            if TerraformJSONWriter.isPlain(piece) {
                text += piece
                return
            }
            var quoted = ""
            TerraformJSONWriter.appendQuoted(piece, into: &quoted)
            text += quoted.dropFirst().dropLast()
        }

        mutating func interpolation(_ part: TemplatePart) {
            if !text.isEmpty { parts.append(.literal(text)) }
            text = ""
            parts.append(part)
        }

        consuming func finish() -> [TemplatePart] {
            if !text.isEmpty { parts.append(.literal(text)) }
            return parts
        }
    }

    private func render(into template: inout TemplateText) {
        switch self {
        case .object(let members):
            template.literal("{")
            for (index, key) in members.keys.sorted(by: TerraformJSONWriter.codePointOrder).enumerated() {
                if index > 0 { template.literal(",") }
                template.quoted(key)
                template.literal(":")
                members[key]!.render(into: &template)
            }
            template.literal("}")
        case .list(let elements):
            template.literal("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { template.literal(",") }
                element.render(into: &template)
            }
            template.literal("]")
        case .splice(let expression):
            template.interpolation(.interpolation(.call("jsonencode", [expression])))
        case .value(let value):
            template.literal("\"")
            switch value.expression {
            case .template(let pieces):
                for piece in pieces {
                    switch piece {
                    case .literal(let text): template.escaped(text)
                    case .interpolation: template.interpolation(piece)
                    }
                }
            default:
                template.interpolation(.interpolation(value.expression))
            }
            template.literal("\"")
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
}
