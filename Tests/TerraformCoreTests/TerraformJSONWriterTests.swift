import SynthTestSupport
import Testing
@testable import TerraformCore

@Suite struct TerraformJSONWriterTests {
    @Test func sortsKeysByCodePointAndIndentsTwoSpaces() {
        let value: JSONValue = ["b": 1, "B": 2, "a": ["x": true], "//": "note", "é": 3, "z": []]
        #expect(TerraformJSONWriter.pretty(value) == """
        {
          "//": "note",
          "B": 2,
          "a": {
            "x": true
          },
          "b": 1,
          "z": [],
          "é": 3
        }

        """)
    }

    @Test func neverEscapesSlashAndKeepsUnicodeAsUTF8() {
        #expect(TerraformJSONWriter.compact(["path": "a/b/*", "name": "café ☕"]) == #"{"name":"café ☕","path":"a/b/*"}"#)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(TerraformJSONWriter.compact(.string("a\"b\\c\nd\te\u{01}")) == #""a\"b\\c\nd\te\u0001""#)
    }

    @Test func writesIntegersWithoutDecimalPointAndDecimalsShortest() {
        #expect(TerraformJSONWriter.compact([1, -7, 0.5, 2.0, 1e-5, .decimal(.nan)]) == "[1,-7,0.5,2,1e-05,null]")
    }

    @Test func writesEmptyContainersOnOneLine() {
        #expect(TerraformJSONWriter.pretty(["a": [:], "b": []]) == "{\n  \"a\": {},\n  \"b\": []\n}\n")
    }

    @Test func nestedArraysIndent() {
        #expect(TerraformJSONWriter.pretty([["a": 1]]) == "[\n  {\n    \"a\": 1\n  }\n]\n")
    }

    @Test func writesEveryIntegerDigitByDigit() {
        #expect(TerraformJSONWriter.compact([0, 7, -1, 10, 1_000_000, .integer(Int.max), .integer(Int.min)])
            == "[0,7,-1,10,1000000,9223372036854775807,-9223372036854775808]")
    }

    @Test func escapesAtEveryPositionOfLongStrings() {
        // The escape scan reads eight bytes at a time: put each escaped character at every
        // offset of a word, next to multi-byte characters, and at the very end.
        for special in ["\"", "\\", "\n", "\u{1F}", "\u{00}"] {
            for position in 0..<20 {
                let text = String(repeating: "a", count: position) + special + "é/☕" + String(repeating: "b", count: 19 - position)
                #expect(TerraformJSONWriter.compact(.string(text)) == Self.referenceQuoted(text))
            }
        }
        #expect(TerraformJSONWriter.compact(.string("\u{7F}~ü")) == "\"\u{7F}~ü\"")   // DEL and non-ASCII stay as they are
    }

    /// Random strings over the characters that matter (escapes, multi-byte UTF-8, sigils) are
    /// quoted exactly as a plain scalar-by-scalar escaper does, by both public entry points.
    @Test func quotingMatchesAScalarByScalarEscaper() {
        var random = SplitMix64(seed: 16)
        let alphabet: [String] = ["a", "Z", "/", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "é", "☕", "𝄞", "$", "{", " "]
        for _ in 0..<500 {
            let text = (0..<random.below(40)).map { _ in random.pick(alphabet) }.joined()
            #expect(TerraformJSONWriter.compact(.string(text)) == Self.referenceQuoted(text))
            var appended = "x"
            TerraformJSONWriter.appendQuoted(text, into: &appended)
            #expect(appended == "x" + Self.referenceQuoted(text))
        }
    }

    @Test func keysCompareByCodePointNotByCharacter() {
        #expect(TerraformJSONWriter.codePointOrder("a", "b"))
        #expect(TerraformJSONWriter.codePointOrder("ab", "abc"))
        #expect(!TerraformJSONWriter.codePointOrder("abc", "abc"))
        #expect(TerraformJSONWriter.codePointOrder("Z", "a"))
        // U+00E9 (é) sorts after U+0065 U+0301 (e and a combining accent), though Swift's `<` calls them equal.
        #expect(TerraformJSONWriter.codePointOrder("e\u{301}", "\u{E9}"))
        #expect(!TerraformJSONWriter.codePointOrder("\u{E9}", "e\u{301}"))
    }

    static func referenceQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
