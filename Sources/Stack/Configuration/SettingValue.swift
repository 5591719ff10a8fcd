/// One environment's value of one setting (``EnvironmentSetting``); the Review target renders it.
public enum SettingValue: Sendable, Hashable {
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case text(String)
    case list([String])
    /// An optional that is not set, or an empty string such as `alarms.email`.
    case none
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
