import TerraformCore
import Testing

struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    func failure(_ bytes: [UInt8]) -> String? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error.description
        }
    }

    func failure(_ text: String) -> String? { failure(Array(text.utf8)) }

    @Test func values() throws {
        #expect(try parse(#" {"a": [1, -2, 3.5, 1e3, true, false, null, "x"], "b": {}} "#)
            == .object(["a": .array([.integer(1), .integer(-2), .decimal(3.5), .decimal(1000), .bool(true), .bool(false), .null, .string("x")]),
                        "b": .object([:])]))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("0") == .integer(0))
        #expect(try parse("-0.0") == .decimal(-0.0))
        #expect(try parse("9223372036854775807") == .integer(Int.max))
        #expect(try parse("9223372036854775808") == .decimal(9223372036854775808))
    }

    @Test func strings() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try parse(#""\u00e9\u4e2d\ud83d\ude00""#) == .string("é中😀"))
        #expect(try parse("\"é中😀\"") == .string("é中😀"))
        #expect(try parse(#""${aws:username}""#) == .string("${aws:username}"))
    }

    @Test func syntaxErrorsWithPositions() {
        #expect(failure("") == "line 1, column 1 (byte 0): unexpected end of input, expected a value")
        #expect(failure("{\n  \"a\": }") == "line 2, column 8 (byte 9): expected a value")
        #expect(failure("[1,]") == "line 1, column 4 (byte 3): expected a value")
        #expect(failure(#"{"a" 1}"#) == "line 1, column 6 (byte 5): expected ':' after key")
        #expect(failure("[1 2]") == "line 1, column 4 (byte 3): expected ',' or ']' in array")
        #expect(failure("01") == "line 1, column 2 (byte 1): leading zeros are not allowed")
        #expect(failure("1.") == "line 1, column 3 (byte 2): expected a digit after '.'")
        #expect(failure("1e") == "line 1, column 3 (byte 2): expected a digit in exponent")
        #expect(failure("-") == "line 1, column 2 (byte 1): expected a digit")
        #expect(failure("tru") == "line 1, column 1 (byte 0): invalid literal")
        #expect(failure("nul1") == "line 1, column 1 (byte 0): invalid literal")
        #expect(failure("1 2") == "line 1, column 3 (byte 2): unexpected text after the JSON value")
        #expect(failure("// c\n1") == "line 1, column 1 (byte 0): expected a value")
        #expect(failure("NaN") == "line 1, column 1 (byte 0): expected a value")
        #expect(failure("1e999") == "line 1, column 1 (byte 0): number out of range")
    }

    @Test func stringErrors() {
        #expect(failure(#""abc"#) == "line 1, column 5 (byte 4): unterminated string")
        #expect(failure("\"a\nb\"") == "line 1, column 3 (byte 2): control character in string")
        #expect(failure(#""\x""#) == "line 1, column 2 (byte 1): invalid escape")
        #expect(failure(#""\u12G4""#) == "line 1, column 6 (byte 5): expected 4 hex digits")
        #expect(failure(#""\ud83d""#) == "line 1, column 2 (byte 1): unpaired surrogate escape")
        #expect(failure(#""\ude00""#) == "line 1, column 2 (byte 1): unpaired surrogate escape")
    }

    @Test func rejectsInvalidUTF8() {
        for bytes: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0xE2, 0x82]] {
            let message = failure([UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")])
            #expect(message == "line 1, column 2 (byte 1): invalid UTF-8", "\(bytes)")
        }
        #expect(failure([0xEF, 0xBB, 0xBF, UInt8(ascii: "1")]) == "line 1, column 1 (byte 0): byte order mark is not allowed")
    }

    @Test func duplicateKeysAreErrors() {
        #expect(failure(#"{"a": 1, "b": {"c": 1, "c": 2}}"#) == #"line 1, column 24 (byte 23): duplicate key "c""#)
    }

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try parse(ok).arrayValue != nil)
        let deep = String(repeating: "[", count: 100_000)
        #expect(failure(deep) == "line 1, column 513 (byte 512): nesting deeper than 512 levels")
        #expect(failure(Array("[[[1]]]".utf8)) == nil)
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[[[1]]]", maxDepth: 2) }
    }

    @Test func roundTripsTheWriter() throws {
        let value: JSONValue = ["b": [1, 2.5, "x/y", ["k": nil]], "a": true, "é": "\u{1}"]
        #expect(try JSONParser.parse(TerraformJSONWriter.pretty(value)) == value)
        #expect(try JSONParser.parse(TerraformJSONWriter.compact(value)) == value)
    }
}
