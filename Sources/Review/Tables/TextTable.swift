/// Aligned plain-text and GitHub Markdown tables, shared by the reports.
///
///     TextTable(header: ["service", "USD"], alignments: [.left, .right], rows: [["Lambda", "0.30"]]).text
///     // "service   USD\nLambda   0.30\n"
struct TextTable {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]]

    /// Columns padded to their widest cell and separated by two spaces; no trailing spaces.
    var text: String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + padding : padding + cell
            }
            return String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([header] + rows).map { line($0) + "\n" }.joined()
    }

    /// A GitHub table; `|` inside cells is escaped, right-aligned columns use `---:`.
    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let rule = "| " + alignments.map { $0 == .left ? "---" : "---:" }.joined(separator: " | ") + " |\n"
        return line(header) + rule + rows.map(line).joined()
    }
}

/// Number formatting shared by the reports: fixed decimals and thousands separators, without a
/// locale (the output must be the same on every machine).
enum NumberText {
    /// Dollars for reading: `2044770` → `20,447.70`.
    static func amount(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let fraction = abs(cents) % 100
        return "\(sign)\(grouped(abs(cents) / 100)).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A quantity and its unit, singular for one: `1 key-month`, `1,500,000 requests`.
    static func usage(_ quantity: CostEstimate.Quantity) -> String {
        let amount = self.quantity(quantity.amount)
        return amount == "1" && quantity.unit.hasSuffix("s") ? "1 \(quantity.unit.dropLast())" : "\(amount) \(quantity.unit)"
    }

    /// A quantity for reading: whole numbers from 10 up with thousands separators
    /// (`1,650,000`), smaller ones with up to two decimals (`0.23`, `2.5`).
    static func quantity(_ value: Double) -> String {
        if value >= 10 || value == value.rounded() { return grouped(Int(value.rounded())) }
        let hundredths = Int((value * 100).rounded())
        var text = amount(cents: hundredths)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `1650000` → `1,650,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A setting's number: integral values without a decimal point (`5`), others as Swift prints them (`2.5`).
    static func plain(_ value: Double) -> String {
        if abs(value) < 1e15, let integral = Int(exactly: value) { return String(integral) }
        return "\(value)"
    }
}
