import Foundation  // NSLock

/// The bytes ``JSONTextSink`` produces: UTF-8 gathered in fixed blocks that every part of a
/// document is copied into, and copied once into the finished `String`.
///
/// Appending to a `String` (or an `Array`) re-checks uniqueness, capacity and encoding on every
/// call and builds temporaries for numbers and escaped runs; here an append is a bounds check
/// and a copy. A full block is kept as it is and a new one started: a `String` grown as the
/// document grows is copied at each doubling and holds the old and the new copy at once. The
/// finished text is made at its exact size, each block freed once copied, so a large file is in
/// memory about once plus a block: the peak of a stack of thousands of tenants. Every append
/// is whole UTF-8 (a character is never split between blocks). The buffer is non-copyable, so
/// its memory has exactly one owner.
struct JSONByteBuffer: ~Copyable {
    /// Bytes gathered at most in one block.
    static let blockSize = 256 * 1024

    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let capacity: Int
    /// The blocks filled before `base`, in order, each with the bytes it holds; and their total.
    private var filled: [UnsafeMutableBufferPointer<UInt8>] = []
    private var filledCount = 0

    init(capacity: Int) {
        self.capacity = min(max(capacity, 64), Self.blockSize)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
        for block in filled { block.deallocate() }
    }

    /// The bytes as a `String`; they are UTF-8 by construction (every append copies valid
    /// UTF-8 or ASCII).
    consuming func string() -> String {
        let current = UnsafeBufferPointer(start: base, count: count)
        guard !filled.isEmpty else { return String(decoding: current, as: UTF8.self) }
        let blocks = filled
        filled = []
        return String(unsafeUninitializedCapacity: filledCount + count) { text in
            var offset = 0
            func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: text[offset..<offset + bytes.count]).initialize(from: bytes)
                offset += bytes.count
            }
            // Each filled block is freed once copied; the current one is `base`, freed by deinit.
            for block in blocks {
                copy(UnsafeBufferPointer(block))
                block.deallocate()
            }
            copy(current)
            return offset
        }
    }

    /// The bytes as blocks another buffer can take over without copying (``append(_:)-blocks``).
    consuming func blocks() -> RenderedBlocks {
        flush()
        let blocks = RenderedBlocks(filled)
        filled = []
        return blocks
    }

    /// Takes over `rendered`'s blocks after the bytes gathered so far; `false` (and nothing
    /// appended) when another buffer already took them.
    mutating func append(_ rendered: RenderedBlocks) -> Bool {
        guard let blocks = rendered.take() else { return false }
        flush()
        for block in blocks { keep(block) }
        return true
    }

    /// Keeps the gathered bytes as a filled block and starts a new one.
    private mutating func flush() {
        guard count > 0 else { return }
        keep(UnsafeMutableBufferPointer(start: base, count: count))
        base = .allocate(capacity: capacity)
        count = 0
    }

    private mutating func keep(_ block: UnsafeMutableBufferPointer<UInt8>) {
        filled.append(block)
        filledCount += block.count
    }

    /// Makes room for `extra` bytes; `false` when they are more than a block holds, and become
    /// a block of their own instead.
    private mutating func reserve(_ extra: Int) -> Bool {
        guard count + extra > capacity else { return true }
        flush()
        return extra <= capacity
    }

    /// A block of exactly `bytes`, after the gathered ones.
    private mutating func keepCopy(of bytes: UnsafeBufferPointer<UInt8>) {
        let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = block.initialize(from: bytes)
        keep(block)
    }

    mutating func append(_ byte: UInt8) {
        _ = reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        guard reserve(bytes.count) else {
            keepCopy(of: bytes)
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
        text.withUTF8Bytes { append($0) }
    }

    /// A newline and `depth` levels of two-space indentation.
    mutating func newline(depth: Int) {
        guard reserve(1 + 2 * depth) else {
            let line = Array("\n".utf8) + Array(repeating: UInt8(ascii: " "), count: 2 * depth)
            line.withUnsafeBufferPointer { keepCopy(of: $0) }
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
        text.withUTF8Bytes { appendEscaped($0) }
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

/// Blocks of UTF-8 one ``JSONByteBuffer`` wrote and another takes over once (a part of a file
/// written on another core); freed here if none does.
final class RenderedBlocks: @unchecked Sendable {
    private let lock = NSLock()
    private var blocks: [UnsafeMutableBufferPointer<UInt8>]?

    init(_ blocks: [UnsafeMutableBufferPointer<UInt8>]) { self.blocks = blocks }

    /// The blocks, the first time only: the taker owns them.
    func take() -> [UnsafeMutableBufferPointer<UInt8>]? {
        lock.lock()
        defer { lock.unlock() }
        let taken = blocks
        blocks = nil
        return taken
    }

    deinit {
        for block in blocks ?? [] { block.deallocate() }
    }
}
