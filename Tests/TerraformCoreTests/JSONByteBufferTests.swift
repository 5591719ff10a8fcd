import Testing
@testable import TerraformCore

/// The buffer moves full blocks into its text as it goes: what comes out must be exactly what
/// went in, across block boundaries, for multi-byte characters and for pieces larger than a block.
@Suite struct JSONByteBufferTests {
    @Test func textAcrossManyBlocksIsWhatWasAppended() {
        var buffer = JSONByteBuffer(capacity: 64)
        var expected = ""
        // 3-byte and 4-byte characters land on every offset of a block boundary over the run.
        let pieces = ["é☕", "abc", "🙂\"x\"", "0123456789"]
        let escaped = ["é☕", "abc", #"🙂\"x\""#, "0123456789"]
        var index = 0
        while expected.utf8.count < 3 * JSONByteBuffer.blockSize + 17 {
            let piece = pieces[index % pieces.count]
            buffer.appendEscaped(piece)
            expected += escaped[index % pieces.count]
            buffer.append(index)
            expected += String(index)
            buffer.newline(depth: index % 3)
            expected += "\n" + String(repeating: "  ", count: index % 3)
            index += 1
        }
        let text = buffer.string()
        #expect(text.utf8.count == expected.utf8.count)
        #expect(text == expected)
    }

    @Test func piecesLargerThanABlockGoStraightIntoTheText() {
        var buffer = JSONByteBuffer(capacity: 8192)
        let large = String(repeating: "ü", count: JSONByteBuffer.blockSize)   // two blocks of bytes
        buffer.append("[")
        buffer.append(raw: large)
        buffer.newline(depth: JSONByteBuffer.blockSize)
        buffer.append("]")
        let expected = "[" + large + "\n" + String(repeating: " ", count: 2 * JSONByteBuffer.blockSize) + "]"
        #expect(buffer.string() == expected)
    }

    @Test func aSmallDocumentIsOneBlock() {
        var buffer = JSONByteBuffer(capacity: 16)
        buffer.appendQuoted("a\tb")
        #expect(buffer.string() == #""a\tb""#)
    }
}
