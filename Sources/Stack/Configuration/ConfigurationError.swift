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
            return "environment \(environment): \(setting) = \(value) is invalid; \(limit)"
        }
    }
}
