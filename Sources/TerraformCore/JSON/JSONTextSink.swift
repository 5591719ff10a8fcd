/// The canonical text of the output contract (see ``TerraformJSONWriter``), written straight
/// into one ``JSONByteBuffer``: 2-space indentation when `pretty`, `"key": value`, commas
/// between members, `{}` and `[]` for empty containers.
struct JSONTextSink: JSONSink, ~Copyable {
    private var buffer: JSONByteBuffer
    let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has nothing in it yet.
    private var isEmpty = true
    /// Whether a key was just written, so the next value follows it on the same line.
    private var afterKey = false

    init(pretty: Bool, capacity: Int) {
        buffer = JSONByteBuffer(capacity: capacity)
        self.pretty = pretty
    }

    /// The pretty text of `members` as the value of a key at `depth` (inside that many open
    /// containers): what this sink writes there in a whole document, so it can be written apart
    /// (on another core) and spliced in with ``prerendered(_:text:)``.
    static func fragment(_ members: ObjectMembers, depth: Int) -> RenderedBlocks {
        var sink = JSONTextSink(pretty: true, capacity: JSONByteBuffer.blockSize)
        sink.depth = depth
        sink.afterKey = true
        members.write(into: &sink)
        return sink.buffer.blocks()
    }

    mutating func prerendered(_ members: ObjectMembers, text: RenderedBlocks) {
        startValue()
        // Taken over without a copy; written again should another sink have taken them already.
        guard buffer.append(text) else {
            afterKey = true
            members.write(into: &self)
            return
        }
        isEmpty = false
    }

    /// The finished document; with `pretty`, a final newline is added.
    consuming func finish() -> String {
        if pretty { buffer.append(UInt8(ascii: "\n")) }
        return buffer.string()
    }

    /// Starts a value: after a key nothing, inside an array a comma (after the first element)
    /// and a new indented line.
    private mutating func startValue() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        if !isEmpty { buffer.append(UInt8(ascii: ",")) }
        isEmpty = false
        if pretty { buffer.newline(depth: depth) }
    }

    mutating func null() { startValue(); buffer.append("null") }
    mutating func bool(_ flag: Bool) { startValue(); buffer.append(flag ? "true" : "false") }
    mutating func integer(_ number: Int) { startValue(); buffer.append(number) }
    mutating func decimal(_ number: Double) { startValue(); buffer.append(raw: TerraformJSONWriter.formatDecimal(number)) }
    mutating func string(_ text: String) { startValue(); buffer.appendQuoted(text) }

    mutating func template(_ parts: [TemplatePart]) {
        startValue()
        buffer.append(UInt8(ascii: "\""))
        Expression.appendTemplateText(parts, quoted: false, into: &self)
        buffer.append(UInt8(ascii: "\""))
    }

    mutating func interpolation(_ expression: Expression) {
        startValue()
        buffer.append("\"${")
        expression.appendHCL(into: &self)
        buffer.append("}\"")
    }

    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }
    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func key(_ key: String) {
        if !isEmpty { buffer.append(UInt8(ascii: ",")) }
        isEmpty = false
        if pretty { buffer.newline(depth: depth) }
        buffer.appendQuoted(key)
        if pretty { buffer.append(": ") } else { buffer.append(UInt8(ascii: ":")) }
        afterKey = true
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        buffer.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmpty && pretty { buffer.newline(depth: depth) }
        buffer.append(bracket)
        // The container just closed is a value of its parent, which therefore is not empty.
        isEmpty = false
    }
}

/// HCL text (templates and interpolations) goes straight into the JSON string being written,
/// escaped on the way.
extension JSONTextSink: HCLOutput {
    mutating func write(_ text: String) { buffer.appendEscaped(text) }

    mutating func write(_ text: StaticString) {
        buffer.appendEscaped(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
