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
        /// An object whose text was written ahead (``JSONTextSink/fragment(_:depth:)``), for the
        /// depth it is written at.
        case prerendered(ObjectMembers, text: RenderedBlocks)
    }

    // Keys and values apart: ordering the members compares keys only, and a comparison that
    // reached an entry copied the whole (key, value) pair, retaining the value's payload.
    private var keys: [String] = []
    private var values: [Value] = []

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func add(_ key: String, _ value: Value) {
        keys.append(key)
        values.append(value)
    }

    func write<Sink: JSONSink & ~Copyable>(into sink: inout Sink) {
        sink.beginObject()
        let order = writeOrder()
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, keys[order[position + 1]] == keys[index] { continue }
            sink.key(keys[index])
            values[index].write(into: &sink)
        }
        sink.endObject()
    }

    /// The indices of the members in key order, stable: of equal keys the one added last comes
    /// last, and is the one written. Members are often added in key order already (a statement's,
    /// a module's blocks), which one pass tells without sorting.
    private func writeOrder() -> [Int] {
        keys.withUnsafeBufferPointer { keys in
            let ascending = keys.indices.dropFirst().allSatisfy { TerraformJSONWriter.compareCodePoints(keys[$0 - 1], keys[$0]) < 0 }
            if ascending { return Array(keys.indices) }
            return keys.indices.sorted { left, right in
                let order = TerraformJSONWriter.compareCodePoints(keys[left], keys[right])
                return order == 0 ? left < right : order < 0
            }
        }
    }

    /// The same members with each object value written ahead as text for `depth`, on every core;
    /// the text is taken over by the sink that writes them (so it is written once).
    func prerendered(depth: Int) -> ObjectMembers {
        let objects = values.indices.compactMap { index -> (index: Int, members: ObjectMembers)? in
            if case .object(let members) = values[index] { (index, members) } else { nil }
        }
        let texts = objects.parallelMap { JSONTextSink.fragment($0.members, depth: depth) }
        var copy = self
        for (object, text) in zip(objects, texts) { copy.values[object.index] = .prerendered(object.members, text: text) }
        return copy
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
        case .prerendered(let members, let text): sink.prerendered(members, text: text)
        case .array(let elements):
            sink.beginArray()
            for element in elements { element.write(into: &sink) }
            sink.endArray()
        }
    }
}
