import TerraformCore

/// One environment's value of one setting, as the settings matrix shows it.
public enum SettingValue: Sendable, Hashable {
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case text(String)
    case list([String])
    /// An optional that is not set, or an empty string such as `alarms.email`.
    case none

    /// The cell text: lists joined with ", ", `-` for nothing.
    public var display: String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return NumberText.plain(value)
        case .bool(let value): return value ? "true" : "false"
        case .text(let value): return value.isEmpty ? "-" : value
        case .list(let values): return values.isEmpty ? "-" : values.joined(separator: ", ")
        case .none: return "-"
        }
    }

    /// The JSON value: numbers and booleans typed, lists as arrays, nothing as `null`.
    public var json: JSONValue {
        switch self {
        case .integer(let value): return .integer(value)
        case .number(let value): return .decimal(value)
        case .bool(let value): return .bool(value)
        case .text(let value): return value.isEmpty ? .null : .string(value)
        case .list(let values): return .array(values.map(JSONValue.string))
        case .none: return .null
        }
    }
}

extension DatabaseSettings.Capacity {
    /// `on-demand`, or `provisioned read 10-200, write 10-200`.
    public var summary: String {
        switch self {
        case .onDemand: return "on-demand"
        case .provisioned(let readMin, let readMax, let writeMin, let writeMax):
            return "provisioned read \(readMin)-\(readMax), write \(writeMin)-\(writeMax)"
        }
    }
}
