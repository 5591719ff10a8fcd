/// An IAM wildcard pattern over plain text: `*` matches any run of characters, `?` exactly one.
///
/// Used for action names (`s3:Get*`), which IAM compares without regard to case; callers lowercase both sides.
struct Glob: Sendable {
    private let pattern: [UInt8]

    init(_ pattern: String) { self.pattern = Array(pattern.utf8) }

    /// Whether the pattern has any wildcard at all.
    static func hasWildcard(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
    }

    /// Classic greedy matching with one backtrack point: linear in practice, never exponential.
    func matches(_ text: String) -> Bool {
        text.withUTF8Bytes { matches($0, lowercasing: false) }
    }

    /// Matches UTF-8 bytes in place; `lowercasing` lowers ASCII letters of `text` first (the
    /// pattern is lowercase already).
    func matches(_ text: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Bool {
        @inline(__always) func byte(_ index: Int) -> UInt8 {
            let value = text[index]
            return lowercasing && value >= 65 && value <= 90 ? value + 32 : value
        }
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "?") || pattern[p] == byte(t) {
                p += 1; t += 1
            } else if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                starP = p; starT = t; p += 1
            } else if starP >= 0 {
                p = starP + 1; starT += 1; t = starT
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
