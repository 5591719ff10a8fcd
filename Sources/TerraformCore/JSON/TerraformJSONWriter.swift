/// The one place that turns a ``JSONValue`` into bytes.
///
/// The output contract: keys sorted by Unicode code point, 2-space indentation, `/` never escaped,
/// integers without a decimal point, non-ASCII kept as UTF-8, a final newline. Foundation's
/// encoders differ between platforms in key order and number formatting, so synth owns this.
///
///     TerraformJSONWriter.pretty(["b": 1, "a": "x/y"])
///     // {\n  "a": "x/y",\n  "b": 1\n}\n
public enum TerraformJSONWriter {
    /// Renders `value` indented by two spaces per level, with a final newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, indent: 0, pretty: true, into: &out)
        out.append("\n")
        return out
    }

    /// Renders `value` on one line without spaces (used for IAM policy strings).
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: false, into: &out)
        return out
    }

    /// Orders keys by Unicode code point, independent of locale and normalization.
    public static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        // UTF-8 byte order is code point order, and bytes compare without decoding.
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .integer(let number): out.append(String(number))
        case .decimal(let number): out.append(formatDecimal(number))
        case .string(let text): appendQuoted(text, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append("[]"); return }
            out.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(",") }
                newline(indent + 1, pretty: pretty, into: &out)
                write(element, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{")
            for (index, key) in members.keys.sorted(by: codePointOrder).enumerated() {
                if index > 0 { out.append(",") }
                newline(indent + 1, pretty: pretty, into: &out)
                appendQuoted(key, into: &out)
                out.append(pretty ? ": " : ":")
                write(members[key]!, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty: pretty, into: &out)
            out.append("}")
        }
    }

    private static func newline(_ indent: Int, pretty: Bool, into out: inout String) {
        guard pretty else { return }
        out.append("\n")
        out.append(String(repeating: "  ", count: indent))
    }

    /// Integral decimals print as integers; others in Swift's shortest round-trip form.
    /// JSON has no NaN or infinity, so those become `null`.
    static func formatDecimal(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if abs(number) < 1e15, let integral = Int(exactly: number) { return String(integral) }
        return "\(number)"
    }

    /// Appends `text` as a JSON string: only `"`, `\` and control characters are escaped.
    ///
    /// Text between escapes is appended in runs, not scalar by scalar: every escaped character
    /// is ASCII, so a UTF-8 index at one is also a Unicode scalar boundary.
    public static func appendQuoted(_ text: String, into out: inout String) {
        out.append("\"")
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else {
                utf8.formIndex(after: &index)
                continue
            }
            if runStart != index { out.append(contentsOf: Substring(text.unicodeScalars[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case UInt8(ascii: "\n"): out.append("\\n")
            case UInt8(ascii: "\r"): out.append("\\r")
            case UInt8(ascii: "\t"): out.append("\\t")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            default:
                let hex = String(byte, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            utf8.formIndex(after: &index)
            runStart = index
        }
        if runStart != utf8.endIndex { out.append(contentsOf: Substring(text.unicodeScalars[runStart..<utf8.endIndex])) }
        out.append("\"")
    }
}
