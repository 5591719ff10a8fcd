import Stack
import TerraformCore

extension SettingValue {
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
