/// The bytes ``JSONTextSink`` produces: UTF-8 gathered in a fixed block that every part of a
/// document is copied into, and moved into the finished `String` whenever the block fills.
///
/// Appending to a `String` (or an `Array`) re-checks uniqueness, capacity and encoding on every
/// call and builds temporaries for numbers and escaped runs; here an append is a bounds check
/// and a copy. Moving full blocks into the text as it grows (rather than growing one block and
/// copying it into a `String` at the end) keeps a large file in memory about once, not twice
/// or three times: the peak of a stack of thousands of tenants. Every append is whole UTF-8
/// (a character is never split between blocks). The buffer is non-copyable, so its memory has
/// exactly one owner.
struct JSONByteBuffer: ~Copyable {
    /// Bytes gathered at most before they move into `text`.
    static let blockSize = 256 * 1024

    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let capacity: Int
    /// What has moved out of the block so far.
    private var text = ""

    init(capacity: Int) {
        self.capacity = min(max(capacity, 64), Self.blockSize)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes as a `String`; they are UTF-8 by construction (every append copies valid
    /// UTF-8 or ASCII).
    consuming func string() -> String {
        flush()   // appending to an empty String adopts the appended one: a small document is one copy
        return text
    }

    /// Moves the gathered bytes into `text`.
    private mutating func flush() {
        guard count > 0 else { return }
        text.append(String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self))
        count = 0
    }

    /// Makes room for `extra` bytes; `false` when they are more than a block holds, and go
    /// straight into `text` instead.
    private mutating func reserve(_ extra: Int) -> Bool {
        guard count + extra > capacity else { return true }
        flush()
        return extra <= capacity
    }

    mutating func append(_ byte: UInt8) {
        _ = reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        guard reserve(bytes.count) else {
            text.append(String(decoding: bytes, as: UTF8.self))
            return
        }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// ASCII punctuation and keywords (`null`, `": "`, ...).
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `text` as it is, without quotes or escaping.
    mutating func append(raw text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A newline and `depth` levels of two-space indentation.
    mutating func newline(depth: Int) {
        guard reserve(1 + 2 * depth) else {
            text.append("\n" + String(repeating: " ", count: 2 * depth))
            return
        }
        base[count] = UInt8(ascii: "\n")
        (base + count + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * depth)
        count += 1 + 2 * depth
    }

    /// A decimal integer, written digit by digit (no intermediate `String`).
    mutating func append(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        // 20 digits hold UInt64.max; they are produced last first.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `text` as a JSON string: quotes around it; only `"`, `\` and control characters escaped.
    mutating func appendQuoted(_ text: String) {
        append(UInt8(ascii: "\""))
        appendEscaped(text)
        append(UInt8(ascii: "\""))
    }

    /// `text` escaped for the inside of a JSON string, without the quotes.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// UTF-8 `bytes` escaped for the inside of a JSON string.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Unescaped text is copied in runs; every escaped byte is ASCII, so a run never
        // splits a multi-byte character.
        var runStart = 0
        var index = JSONEscape.firstEscape(in: utf8, from: 0)
        while index < utf8.count {
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            appendEscape(utf8[index])
            runStart = index + 1
            index = JSONEscape.firstEscape(in: utf8, from: runStart)
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// The escape sequence of `byte` (one that ``JSONEscape/needsEscape(_:)`` accepts).
    private mutating func appendEscape(_ byte: UInt8) {
        let second: UInt8
        switch byte {
        case UInt8(ascii: "\""): second = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): second = UInt8(ascii: "\\")
        case UInt8(ascii: "\n"): second = UInt8(ascii: "n")
        case UInt8(ascii: "\r"): second = UInt8(ascii: "r")
        case UInt8(ascii: "\t"): second = UInt8(ascii: "t")
        case 0x08: second = UInt8(ascii: "b")
        case 0x0C: second = UInt8(ascii: "f")
        default:
            // Other control characters as \u00XX, in lowercase hex.
            let hex: StaticString = "0123456789abcdef"
            append("\\u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0xF)])
            return
        }
        append(UInt8(ascii: "\\"))
        append(second)
    }
}

/// Which bytes a JSON string escapes: `"`, `\` and the control characters below 0x20.
enum JSONEscape {
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The index of the first byte at or after `start` that needs an escape, or `bytes.count`.
    ///
    /// Eight bytes are tested at a time (most strings have nothing to escape): a word has a
    /// candidate when one of its bytes is below 0x20, or equals `"` or `\` (XOR makes those zero).
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        guard let base = bytes.baseAddress else { return bytes.count }
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // Bit 7 of ~word equals bit 7 of ~quote and ~backslash: one mask serves all three tests.
            let candidates = ((word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~word & highs
            if candidates != 0 {
                for offset in 0..<8 where needsEscape(bytes[index + offset]) { return index + offset }
            }
            index += 8
        }
        while index < bytes.count, !needsEscape(bytes[index]) { index += 1 }
        return index
    }
}
