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
}
