import TerraformCore

/// One per-environment setting of ``EnvironmentConfig``, declared once: its dotted name
/// (`lambda.chatMemoryMB`), what it means, how to read it, and which values are allowed.
///
/// The table of them (``EnvironmentConfig/settings``) feeds ``EnvironmentConfig/validate()``
/// and its one-line errors, the settings matrix (`synth envs`), and — for whole-number ranges —
/// the `validation` block of every module variable that receives the setting
/// (``validation(of:)``), so Terraform enforces the same limits as synth.
public struct EnvironmentSetting: Sendable {
    public let name: String
    public let summary: String
    public let value: @Sendable (EnvironmentConfig) -> SettingValue
    /// The allowed whole numbers, for a setting that is a fixed range.
    public let range: ClosedRange<Int>?
    /// What is wrong with an environment's value, or `nil` when it is allowed.
    let problem: @Sendable (EnvironmentConfig) -> Problem?

    /// A rejected value: the limit it breaks, and (when it is not the setting's whole value) the
    /// part that breaks it, such as one CORS origin.
    struct Problem: Sendable {
        var value: String?
        var limit: String
        /// A more precise setting name for the error (`database.capacity.read`), when there is one.
        var setting: String?
        init(_ limit: String, value: String? = nil, setting: String? = nil) {
            self.limit = limit
            self.value = value
            self.setting = setting
        }
    }

    init(_ name: String, _ summary: String, range: ClosedRange<Int>? = nil, value: @escaping @Sendable (EnvironmentConfig) -> SettingValue,
         problem: @escaping @Sendable (EnvironmentConfig) -> Problem? = { _ in nil }) {
        self.name = name
        self.summary = summary
        self.range = range
        self.value = value
        self.problem = problem
    }

    /// A whole number in `range`; `limit` is what the error says (by default "must be lo-hi").
    /// `when` limits the check to environments where the setting is used (WAF on, say).
    static func integer(_ name: String, _ summary: String, _ read: @escaping @Sendable (EnvironmentConfig) -> Int, _ range: ClosedRange<Int>,
                        limit: String? = nil, when: @escaping @Sendable (EnvironmentConfig) -> Bool = { _ in true }) -> EnvironmentSetting {
        let limit = limit ?? "must be \(range.lowerBound)-\(range.upperBound)"
        return EnvironmentSetting(name, summary, range: range, value: { .integer(read($0)) },
                                  problem: { when($0) && !range.contains(read($0)) ? Problem(limit) : nil })
    }

    /// The error for `config`'s value, or `nil` when it is allowed.
    func error(for config: EnvironmentConfig) -> ConfigurationError? {
        guard let problem = problem(config) else { return nil }
        return .invalidSetting(environment: config.name, setting: problem.setting ?? name, value: problem.value ?? value(config).errorText,
                               limit: problem.limit)
    }

    /// The module variable `variable`'s validation: the same range as this setting, so a value
    /// passed some other way is refused by Terraform with the setting's name.
    public func validation(of variable: String) -> Variable.Validation {
        guard let range else { preconditionFailure("\(name) is not a range setting") }
        let value = TFNumber(Reference(.variable(variable)))
        return Variable.Validation(condition: (value >= TFNumber(range.lowerBound) && value <= TFNumber(range.upperBound)).expression,
                                   errorMessage: "\(variable) must be \(range.lowerBound)-\(range.upperBound) (environment setting \(name)).")
    }
}

extension SettingValue {
    /// The value as an error message quotes it: numbers bare, text in quotes.
    var errorText: String {
        switch self {
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .text(let text): return "\"\(text)\""
        case .list(let items): return "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        case .none: return "none"
        }
    }
}
