import TerraformCore

/// A policy document as JSON whose strings may hold Terraform interpolations.
///
/// The same tree renders two ways: as the template Terraform receives in a `policy` argument,
/// and as the plain policy JSON the linter reads, with references replaced by what they are
/// known to point to.
enum PolicyTree: Sendable {
    /// Members in code-point order of their keys (``object(_:)`` sorts them), each key once.
    case members([Member])
    /// Plain text (an action name, `Allow`): no Terraform string, so no boxed expression.
    case plain(String)
    case list([PolicyTree])
    case value(TFString)
    /// A JSON value known only as a Terraform expression (a list variable); rendered as
    /// `${jsonencode(...)}` in place of a JSON value.
    case splice(Expression)

    static func text(_ text: String) -> PolicyTree { .plain(text) }

    /// One member of an object (a struct, not a tuple: tuples are copied and destroyed through
    /// the runtime's generic witnesses, which cost more than building the tree).
    struct Member: Sendable {
        let key: String
        let value: PolicyTree

        init(_ key: String, _ value: PolicyTree) {
            self.key = key
            self.value = value
        }
    }

    /// An object of `members` (keys unique): kept as a sorted list, not a dictionary, since it
    /// is only ever written in key order (building and hashing dictionaries cost more).
    static func object(_ members: [Member]) -> PolicyTree {
        .members(members.sorted { TerraformJSONWriter.codePointOrder($0.key, $1.key) })
    }

    /// Appends compact JSON (sorted keys) to `parts`; literal text is JSON-escaped, interpolations stay live.
    func render(into parts: inout [TemplatePart]) {
        var template = TemplateText(parts: parts)
        render(into: &template)
        parts = template.finish()
    }

    /// The template under construction: literal text gathers as UTF-8 bytes and becomes a part
    /// only when an interpolation follows (a part per brace and comma, or a Swift `String` append
    /// per piece, cost more than linting the policy).
    private struct TemplateText {
        var parts: [TemplatePart]
        var bytes: [UInt8] = []

        init(parts: [TemplatePart]) {
            self.parts = parts
            bytes.reserveCapacity(1024)
            if case .literal(let previous)? = self.parts.last {
                self.parts.removeLast()
                bytes.append(contentsOf: previous.utf8)
            }
        }

        mutating func literal(_ piece: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
        }

        mutating func quoted(_ piece: String) {
            literal("\"")
            escaped(piece)
            literal("\"")
        }

        /// `piece` JSON-escaped, without the surrounding quotes.
        mutating func escaped(_ piece: String) {
            if TerraformJSONWriter.isPlain(piece) {
                bytes.append(contentsOf: piece.utf8)
                return
            }
            var quoted = ""
            TerraformJSONWriter.appendQuoted(piece, into: &quoted)
            bytes.append(contentsOf: quoted.utf8.dropFirst().dropLast())
        }

        mutating func interpolation(_ part: TemplatePart) {
            flush()
            parts.append(part)
        }

        consuming func finish() -> [TemplatePart] {
            flush()
            return parts
        }

        private mutating func flush() {
            guard !bytes.isEmpty else { return }
            parts.append(.literal(String(decoding: bytes, as: UTF8.self)))
            bytes.removeAll(keepingCapacity: true)
        }
    }

    private func render(into template: inout TemplateText) {
        switch self {
        case .members(let members):
            template.literal("{")
            for (index, member) in members.enumerated() {
                if index > 0 { template.literal(",") }
                template.quoted(member.key)
                template.literal(":")
                member.value.render(into: &template)
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
        case .plain(let text):
            template.literal("\"")
            template.escaped(text)
            template.literal("\"")
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
        case .plain(let text): return .string(text)
        case .members(let members):
            var object: [String: JSONValue] = Dictionary(minimumCapacity: members.count)
            for member in members { object[member.key] = member.value.resolved(resolve, resolveList) }
            return .object(object)
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
