/// Where and why a JSON text could not be parsed.
///
/// The parser never traps: every malformed input, however hostile (truncated, invalid UTF-8,
/// nested a million levels deep), ends as one of these values.
///
///     JSONParser.parse(Array(#"{"a": }"#.utf8))
///     // line 1, column 7 (byte 6): expected a value
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The zero-based byte offset of the problem in the input.
    public var offset: Int
    /// The one-based line of the problem.
    public var line: Int
    /// The one-based column (in bytes) of the problem.
    public var column: Int
    /// A short lowercase description, for example `duplicate key "Sid"`.
    public var message: String

    public init(offset: Int, line: Int, column: Int, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column) (byte \(offset)): \(message)" }
}

/// A strict RFC 8259 JSON parser producing ``JSONValue``.
///
/// Strict means: one value with only JSON whitespace around it, no comments, no trailing commas,
/// no leading zeros, no byte order mark, valid UTF-8 only (no overlong forms, no surrogates),
/// no lone surrogate escapes, and no duplicate keys in an object (IAM and Terraform would each
/// silently pick one, which hides mistakes). Numbers without a fraction or exponent that fit an
/// `Int` become `.integer`, all others `.decimal`.
///
///     let value = try JSONParser.parse(Array(#"{"Version": "2012-10-17"}"#.utf8))
///     // .object(["Version": .string("2012-10-17")])
public enum JSONParser {
    /// The default limit on nested arrays and objects.
    public static let defaultMaxDepth = 512

    /// Parses `bytes` as one JSON text.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 encoded text.
    ///   - maxDepth: How many arrays and objects may nest; deeper input is an error, not a crash.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONByteReader(bytes: buffer, maxDepth: maxDepth)
            return reader.parseDocument()
        }
        return try result.get()
    }

    /// Parses `bytes` and records where each value down to `depth` levels starts, as byte offsets
    /// by JSON Pointer (RFC 6901): `""` is the document, `"/Statement"` its `Statement` member,
    /// `"/Statement/2"` the third element. Deeper values cost nothing extra, so a policy linter
    /// asking for depth 2 pays for a handful of statements, not for every string.
    ///
    ///     let (value, offsets) = try JSONParser.parse(bytes, recordingOffsetsToDepth: 2)
    ///     JSONParser.lineAndColumn(of: offsets["/Statement/0"]!, in: bytes)   // (line: 3, column: 5)
    public static func parse(_ bytes: [UInt8], recordingOffsetsToDepth depth: Int,
                             maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> (value: JSONValue, offsets: [String: Int]) {
        let result: Result<(JSONValue, [String: Int]), JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONByteReader(bytes: buffer, maxDepth: maxDepth)
            reader.recordDepth = depth
            return reader.parseDocument().map { ($0, reader.offsets) }
        }
        let (value, offsets) = try result.get()
        return (value, offsets)
    }

    /// The one-based line and column (in bytes) of byte `offset` of `bytes`.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let position = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<position where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, position - lineStart + 1)
    }

    /// Parses the UTF-8 bytes of `text`.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}

/// The byte-level recursive-descent reader behind ``JSONParser``.
///
/// Works on an unsafe buffer for speed (it also reads existing tf.json files); every index is
/// checked against `end` before it is read.
struct JSONByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var depth = 0
    /// How deep to record value offsets (see ``JSONParser/parse(_:recordingOffsetsToDepth:maxDepth:)``); -1 records none.
    var recordDepth = -1
    /// The JSON Pointer of the container being read, while within `recordDepth`.
    var pointer = ""
    var offsets: [String: Int] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() -> Result<JSONValue, JSONParseError> {
        do throws(JSONParseError) {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                throw error("byte order mark is not allowed")
            }
            skipWhitespace()
            if recordDepth >= 0 { offsets[""] = index }
            let value = try parseValue()
            skipWhitespace()
            if index < bytes.count { throw error("unexpected text after the JSON value") }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("expected a value")
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in object") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after key") }
            index += 1
            skipWhitespace()
            let value: JSONValue
            if depth <= recordDepth {
                value = try parseRecorded(component: Self.escapedPointerComponent(key))
            } else {
                value = try parseValue()
            }
            if members.updateValue(value, forKey: key) != nil {
                throw error("duplicate key \"\(key)\"", at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("expected ',' or '}' in object")
        }
        depth -= 1
        return .object(members)
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(depth <= recordDepth ? try parseRecorded(component: String(elements.count)) : try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("expected ',' or ']' in array")
        }
        depth -= 1
        return .array(elements)
    }

    /// Parses a value at `pointer/component`, recording its offset.
    mutating func parseRecorded(component: String) throws(JSONParseError) -> JSONValue {
        let parent = pointer
        pointer = parent + "/" + component
        offsets[pointer] = index
        defer { pointer = parent }
        return try parseValue()
    }

    /// RFC 6901: `~` becomes `~0`, `/` becomes `~1`.
    static func escapedPointerComponent(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        var escaped = ""
        for character in key {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("invalid literal") }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] {
            throw error("invalid literal")
        }
        index += count
    }

    // MARK: Numbers

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("leading zeros are not allowed") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit in exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else { throw error("number out of range", at: start) }
        return .decimal(number)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: Strings

    /// Reads a string starting at its opening quote. Plain runs are validated as UTF-8 in place
    /// and decoded in one step; escapes are decoded scalar by scalar.
    mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        var runStart = index
        var result: String? = nil
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = decodeRun(runStart, index)
                index += 1
                if var built = result {
                    built.append(run)
                    return built
                }
                return run
            }
            if byte == UInt8(ascii: "\\") {
                var built = result ?? ""
                built.append(decodeRun(runStart, index))
                try appendEscape(into: &built)
                result = built
                runStart = index
                continue
            }
            if byte < 0x20 { throw error("control character in string") }
            if byte < 0x80 { index += 1 } else { try skipUTF8Sequence() }
        }
    }

    func decodeRun(_ start: Int, _ end: Int) -> String {
        if start == end { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    mutating func appendEscape(into text: inout String) throws(JSONParseError) {
        let escapeOffset = index
        index += 1
        guard index < bytes.count else { throw error("unterminated escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): text.append("\"")
        case UInt8(ascii: "\\"): text.append("\\")
        case UInt8(ascii: "/"): text.append("/")
        case UInt8(ascii: "b"): text.append("\u{08}")
        case UInt8(ascii: "f"): text.append("\u{0C}")
        case UInt8(ascii: "n"): text.append("\n")
        case UInt8(ascii: "r"): text.append("\r")
        case UInt8(ascii: "t"): text.append("\t")
        case UInt8(ascii: "u"):
            let first = try readHex4()
            var value = first
            if (0xD800...0xDBFF).contains(first) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw error("unpaired surrogate escape", at: escapeOffset) }
                index += 2
                let second = try readHex4()
                guard (0xDC00...0xDFFF).contains(second) else { throw error("unpaired surrogate escape", at: escapeOffset) }
                value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw error("unpaired surrogate escape", at: escapeOffset)
            }
            guard let scalar = Unicode.Scalar(value) else { throw error("invalid escape", at: escapeOffset) }
            text.unicodeScalars.append(scalar)
        default:
            throw error("invalid escape", at: escapeOffset)
        }
    }

    mutating func readHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("expected 4 hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected 4 hex digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Validates one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF).
    mutating func skipUTF8Sequence() throws(JSONParseError) {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error("invalid UTF-8")
        }
        guard index + length <= bytes.count else { throw error("invalid UTF-8") }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { throw error("invalid UTF-8") }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
            throw error("invalid UTF-8")
        }
        index += length
    }

    // MARK: Whitespace and errors

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        let position = min(offset ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<position where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return JSONParseError(offset: position, line: line, column: position - lineStart + 1, message: message)
    }
}
