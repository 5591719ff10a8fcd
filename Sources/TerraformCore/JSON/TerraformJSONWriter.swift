/// The one place that turns a ``JSONValue`` into bytes.
///
/// The output contract: keys sorted by Unicode code point, 2-space indentation, `/` never escaped,
/// integers without a decimal point, non-ASCII kept as UTF-8, a final newline. Foundation's
/// encoders differ between platforms in key order and number formatting, so synth owns this.
///
///     TerraformJSONWriter.pretty(["b": 1, "a": "x/y"])
///     // {\n  "a": "x/y",\n  "b": 1\n}\n
///
/// The text itself is written by ``JSONTextSink`` into one ``JSONByteBuffer`` and becomes a
/// `String` once, with no temporary `String` per value (string appends, temporaries and
/// per-scalar escaping were 40% of a whole `synth --all`). Modules write their files through the
/// same sink without building a ``JSONValue`` first (``TerraformModule/renderText()``).
public enum TerraformJSONWriter {
    /// Renders `value` indented by two spaces per level, with a final newline.
    public static func pretty(_ value: JSONValue) -> String {
        var sink = JSONTextSink(pretty: true, capacity: 4096)
        sink.value(value)
        return sink.finish()
    }

    /// Renders `value` on one line without spaces (used for IAM policy strings).
    public static func compact(_ value: JSONValue) -> String {
        var sink = JSONTextSink(pretty: false, capacity: 256)
        sink.value(value)
        return sink.finish()
    }

    /// Orders keys by Unicode code point, independent of locale and normalization.
    public static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        compareCodePoints(lhs, rhs) < 0
    }

    /// Negative, zero or positive as `lhs` comes before, equals or comes after `rhs` in code point order.
    static func compareCodePoints(_ lhs: String, _ rhs: String) -> Int {
        // UTF-8 byte order is code point order, and bytes compare without decoding. Native
        // strings (all of synth's) expose their UTF-8 directly; others take the slow path.
        let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
        }
        if case let result?? = fast { return result }
        if lhs.utf8.elementsEqual(rhs.utf8) { return 0 }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : 1
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(left.count, right.count)
        var index = 0
        while index < shared {
            if left[index] != right[index] { return Int(left[index]) - Int(right[index]) }
            index += 1
        }
        return left.count - right.count
    }

    /// Integral decimals print as integers; others in Swift's shortest round-trip form.
    /// JSON has no NaN or infinity, so those become `null`.
    static func formatDecimal(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if abs(number) < 1e15, let integral = Int(exactly: number) { return String(integral) }
        return "\(number)"
    }

    /// Whether `text` appears in a JSON string as it is (no quote, backslash or control character).
    public static func isPlain(_ text: String) -> Bool {
        text.withUTF8Bytes { JSONEscape.firstEscape(in: $0, from: 0) == $0.count }
    }

    /// Appends `text` as a JSON string: only `"`, `\` and control characters are escaped.
    ///
    /// Most text needs no escape at all and is appended whole.
    public static func appendQuoted(_ text: String, into out: inout String) {
        if isPlain(text) {
            // One allocation for the three appends (growing for the closing quote copied it all).
            out.reserveCapacity(out.utf8.count + text.utf8.count + 2)
            out.append("\"")
            out.append(text)
            out.append("\"")
            return
        }
        var buffer = JSONByteBuffer(capacity: text.utf8.count + 8)
        buffer.appendQuoted(text)
        out.append(buffer.string())
    }
}
