/// The members of one JSON object of a block, collected in any order and written sorted.
///
/// A block's JSON is described once, as members: its arguments, nested blocks, meta-arguments
/// and the extra keys some blocks add (`source` of a module call, `alias` of a provider). A
/// ``JSONSink`` then receives them in key order, so the same description gives the files synth
/// writes and the ``JSONValue`` that `json` returns. A key added twice keeps the last value, as
/// assigning into a dictionary did.
struct ObjectMembers {
    /// A member's value, converted only when it is written.
    enum Value {
        case expression(Expression)
        case json(JSONValue)
        case string(String)
        case bool(Bool)
        case body(Body)
        case bodies([Body])
        /// A declared block with its meta-arguments (`count`, `depends_on`, ...): its members
        /// are listed only while it is written, so a module of thousands of resources never
        /// holds every resource's member list at once.
        case block(Body, MetaArguments)
        case object(ObjectMembers)
        case array([Value])
    }

    private var entries: [(key: String, value: Value)] = []

    init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ key: String, _ value: Value) { entries.append((key, value)) }

    func write<Sink: JSONSink & ~Copyable>(into sink: inout Sink) {
        sink.beginObject()
        // Stable: of equal keys the one added last comes last, and is the one written.
        let sorted = entries.indices.sorted { left, right in
            let order = TerraformJSONWriter.compareCodePoints(entries[left].key, entries[right].key)
            return order == 0 ? left < right : order < 0
        }
        for (position, index) in sorted.enumerated() {
            if position + 1 < sorted.count, entries[sorted[position + 1]].key == entries[index].key { continue }
            sink.key(entries[index].key)
            entries[index].value.write(into: &sink)
        }
        sink.endObject()
    }

    /// The object as a ``JSONValue``.
    var json: JSONValue {
        var builder = JSONTreeBuilder()
        write(into: &builder)
        return builder.value
    }
}

extension ObjectMembers.Value {
    func write<Sink: JSONSink & ~Copyable>(into sink: inout Sink) {
        switch self {
        case .expression(let expression): expression.write(into: &sink)
        case .json(let value): sink.value(value)
        case .string(let text): sink.string(text)
        case .bool(let flag): sink.bool(flag)
        case .body(let body): body.members.write(into: &sink)
        case .block(let body, let meta):
            var members = body.members
            meta.add(to: &members)
            members.write(into: &sink)
        case .bodies(let bodies):
            sink.beginArray()
            for body in bodies { body.members.write(into: &sink) }
            sink.endArray()
        case .object(let members): members.write(into: &sink)
        case .array(let elements):
            sink.beginArray()
            for element in elements { element.write(into: &sink) }
            sink.endArray()
        }
    }
}
