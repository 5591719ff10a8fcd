import Stack

/// Number formatting shared by the reports: fixed decimals and thousands separators, without a
/// locale (the output must be the same on every machine).
public enum NumberText {
    /// Dollars for reading: `2044770` → `20,447.70`.
    public static func amount(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let fraction = abs(cents) % 100
        return "\(sign)\(grouped(abs(cents) / 100)).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A quantity and its unit, singular for one: `1 key-month`, `1,500,000 requests`.
    public static func usage(_ quantity: CostEstimate.Quantity) -> String {
        let amount = self.quantity(quantity.amount)
        return amount == "1" && quantity.unit.hasSuffix("s") ? "1 \(quantity.unit.dropLast())" : "\(amount) \(quantity.unit)"
    }

    /// A quantity for reading: whole numbers from 10 up with thousands separators
    /// (`1,650,000`), smaller ones with up to two decimals (`0.23`, `2.5`).
    public static func quantity(_ value: Double) -> String {
        if value >= 10 || value == value.rounded() { return grouped(Int(value.rounded())) }
        let hundredths = Int((value * 100).rounded())
        var text = amount(cents: hundredths)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `1650000` → `1,650,000`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A setting's number: integral values without a decimal point (`5`), others as Swift prints them (`2.5`).
    public static func plain(_ value: Double) -> String {
        if abs(value) < 1e15, let integral = Int(exactly: value) { return String(integral) }
        return "\(value)"
    }
}
