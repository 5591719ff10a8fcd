/// Accumulates lines of source text and owns indentation (four spaces per level).
struct LineWriter {
    private(set) var text = ""
    private var level = 0

    /// Appends `line` at the current indentation; an empty line stays empty.
    mutating func line(_ line: String = "") {
        if !line.isEmpty { text += String(repeating: "    ", count: level) + line }
        text += "\n"
    }

    /// Writes the lines `body` adds one level deeper.
    mutating func indented(_ body: (inout LineWriter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// Writes `opening {`, the indented `body`, then `}`.
    mutating func braced(_ opening: String, _ body: (inout LineWriter) -> Void) {
        line(opening + " {")
        indented(body)
        line("}")
    }
}
