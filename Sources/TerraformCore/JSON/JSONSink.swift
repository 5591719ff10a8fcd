/// Where JSON goes as it is produced, value by value: into bytes (``JSONTextSink``, what synth
/// writes) or into a ``JSONValue`` tree (``JSONTreeBuilder``, what tests and the linter read).
///
/// Blocks describe their JSON once, as calls on a sink, so the tree and the bytes cannot
/// disagree, and files are written without first building a tree of dictionaries (building,
/// sorting and freeing that tree cost more than writing the bytes).
///
/// The contract for producers: an object's members arrive in ``TerraformJSONWriter/codePointOrder(_:_:)``
/// order of their keys, each key once, each ``key(_:)`` followed by exactly one value.
protocol JSONSink: ~Copyable {
    mutating func null()
    mutating func bool(_ flag: Bool)
    mutating func integer(_ number: Int)
    mutating func decimal(_ number: Double)
    mutating func string(_ text: String)
    /// A Terraform string template (see ``Expression/template(_:)``).
    mutating func template(_ parts: [TemplatePart])
    /// `"${...}"` around the HCL text of `expression`.
    mutating func interpolation(_ expression: Expression)
    mutating func beginArray()
    mutating func endArray()
    mutating func beginObject()
    mutating func key(_ key: String)
    mutating func endObject()
    /// A whole value; the default walks it with sorted keys.
    mutating func value(_ value: JSONValue)
    /// An object already written as `text` by a ``JSONTextSink`` fragment for this position
    /// (see ``ObjectMembers/Value/prerendered(_:text:)``); other sinks take `members` instead.
    mutating func prerendered(_ members: ObjectMembers, text: RenderedBlocks)
}

extension JSONSink where Self: ~Copyable {
    mutating func prerendered(_ members: ObjectMembers, text: RenderedBlocks) { members.write(into: &self) }

    mutating func template(_ parts: [TemplatePart]) { string(Expression.templateText(parts)) }

    mutating func interpolation(_ expression: Expression) { string("${" + expression.hcl + "}") }

    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let number): integer(number)
        case .decimal(let number): decimal(number)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            // Sorting the members themselves (not the keys, then looking each one up) hashes nothing.
            for (name, member) in members.sorted(by: { TerraformJSONWriter.codePointOrder($0.key, $1.key) }) {
                key(name)
                self.value(member)
            }
            endObject()
        }
    }
}
