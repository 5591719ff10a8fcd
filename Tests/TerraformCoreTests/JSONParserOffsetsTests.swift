import TerraformCore
import Testing

/// Value offsets by JSON Pointer, for reports that point at a line and column.
struct JSONParserOffsetsTests {
    @Test func recordsValuesDownToTheDepthAsked() throws {
        let text = "{\n  \"a/b\": 1,\n  \"Statement\": [\n    {\"x\": [true]},\n    2\n  ]\n}"
        let bytes = Array(text.utf8)
        let (value, offsets) = try JSONParser.parse(bytes, recordingOffsetsToDepth: 2)
        #expect(value == (try JSONParser.parse(bytes)))
        #expect(offsets.keys.sorted() == ["", "/Statement", "/Statement/0", "/Statement/1", "/a~1b"])
        #expect(JSONParser.lineAndColumn(of: offsets["/Statement/0"]!, in: bytes) == (4, 5))
        #expect(JSONParser.lineAndColumn(of: offsets["/Statement/1"]!, in: bytes) == (5, 5))
        #expect(JSONParser.lineAndColumn(of: offsets[""]!, in: bytes) == (1, 1))
    }

    @Test func depthZeroRecordsOnlyTheDocument() throws {
        let (_, offsets) = try JSONParser.parse(Array("  [1, [2]]".utf8), recordingOffsetsToDepth: 0)
        #expect(offsets == ["": 2])
    }
}
