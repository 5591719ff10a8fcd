/// Aligned plain-text and GitHub Markdown tables, shared by the reports.
///
///     TextTable(header: ["service", "USD"], alignments: [.left, .right], rows: [["Lambda", "0.30"]]).text
///     // "service   USD\nLambda   0.30\n"
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]
    /// Columns whose cells wrap onto more lines when they are wider than ``wrapWidth``.
    public var wrapping: Set<Int> = []
    public var wrapWidth = Int.max

    public init(header: [String], alignments: [Alignment], rows: [[String]]) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    /// Columns padded to their widest cell and separated by two spaces; no trailing spaces. A
    /// cell of a ``wrapping`` column wider than ``wrapWidth`` continues on the next lines, broken
    /// at spaces (inside a word only when the word alone is too wide).
    public var text: String {
        let lines = ([header] + rows).flatMap(physicalLines)
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + padding : padding + cell
            }
            return String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        return lines.map { line($0) + "\n" }.joined()
    }

    /// One row as the lines it takes once wrapping columns are broken.
    private func physicalLines(_ cells: [String]) -> [[String]] {
        let broken = cells.enumerated().map { column, cell in
            wrapping.contains(column) ? Self.wrap(cell, width: wrapWidth) : [cell]
        }
        let height = broken.map(\.count).max() ?? 1
        return (0..<height).map { index in broken.map { index < $0.count ? $0[index] : "" } }
    }

    /// `text` in lines of at most `width` characters, broken after spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var word = word
            if current.isEmpty {
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = ""
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                current = word
            }
        }
        lines.append(current)
        return lines
    }

    /// A GitHub table; `|` inside cells is escaped, right-aligned columns use `---:`.
    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let rule = "| " + alignments.map { $0 == .left ? "---" : "---:" }.joined(separator: " | ") + " |\n"
        return line(header) + rule + rows.map(line).joined()
    }
}
