/// A configuration problem found before anything is modelled or written. Each renders as one
/// line that names the input and the fix; the CLI exits 2.
public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownEnvironment(name: String, known: [String])
    case invalidSetting(environment: String, setting: String, value: String, limit: String)

    public var description: String {
        switch self {
        case .unknownEnvironment(let name, let known):
            return "unknown environment \"\(name)\"; expected one of: \(known.joined(separator: ", "))"
        case .invalidSetting(let environment, let setting, let value, let limit):
            return "environment \(Self.oneLine(environment)): \(setting) = \(Self.oneLine(value)) is invalid; \(Self.oneLine(limit))"
        }
    }

    /// Control characters in user values are shown escaped, so an error stays one line.
    public static func oneLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
