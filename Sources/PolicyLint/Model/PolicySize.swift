import TerraformCore

/// A policy's length as IAM counts it against its quota: characters, not counting whitespace
/// between JSON tokens ("IAM doesn't count white space when calculating the size of a policy").
enum PolicySize {
    /// The characters of JSON text `bytes` outside whitespace between tokens; UTF-8 sequences
    /// count once.
    static func characters(inJSON bytes: [UInt8]) -> Int {
        var count = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if byte & 0xC0 == 0x80 { continue }   // a UTF-8 continuation byte
            if inString {
                count += 1
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "\""): inString = true; count += 1
            default: count += 1
            }
        }
        return count
    }

    /// The characters of `value` written as compact JSON (what Terraform sends AWS).
    static func characters(of value: JSONValue) -> Int {
        switch value {
        case .object(let members):
            var count = 2 + max(0, members.count - 1)
            for (key, member) in members { count += string(key) + 1 + characters(of: member) }
            return count
        case .array(let elements):
            var count = 2 + max(0, elements.count - 1)
            for element in elements { count += characters(of: element) }
            return count
        case .string(let text): return string(text)
        case .integer(let number): return String(number).utf8.count
        case .decimal(let number): return String(number).utf8.count
        case .bool(let flag): return flag ? 4 : 5
        case .null: return 4
        }
    }

    /// A quoted string: its characters, the quotes, and a backslash per escaped character.
    private static func string(_ text: String) -> Int {
        // Over the contiguous UTF-8 (native strings already are), without the view's per-byte bookkeeping.
        text.withUTF8Bytes(string)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 2
        for byte in bytes where byte & 0xC0 != 0x80 {
            count += byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") ? 2 : (byte < 0x20 ? 6 : 1)
        }
        return count
    }
}
