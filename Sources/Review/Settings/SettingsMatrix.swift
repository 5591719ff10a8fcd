import Stack

/// Every setting of ``EnvironmentConfig`` across environments: one row per setting
/// (``EnvironmentConfig/settings``), one column per environment in promotion order, for
/// `synth envs`.
///
/// Nested settings have dotted names (`lambda.chatMemoryMB`); a row whose values are not all
/// equal ``Row/differs``. `onlyDiffering` keeps those rows alone (`synth envs --changed`).
///
///     SettingsMatrix(Environments.all).render(.text)
///     //    setting              dev   qa    demo  staging  prod
///     // *  lambda.chatMemoryMB  512   512   768   1024     1024
public struct SettingsMatrix: Sendable, Hashable {
    /// One setting's values, in the order of ``environments``.
    public struct Row: Sendable, Hashable {
        public var setting: String
        public var values: [SettingValue]
        /// Whether at least two environments have different values.
        public var differs: Bool { Set(values).count > 1 }
    }

    public var environments: [String]
    public var rows: [Row]
    /// Settings in the full matrix; with `onlyDiffering` some are not rows.
    public var settingCount: Int

    /// The matrix of `configs`, columns in promotion order.
    public init(_ configs: [EnvironmentConfig], onlyDiffering: Bool = false) {
        self.init(configs, settings: EnvironmentConfig.settings, onlyDiffering: onlyDiffering)
    }

    /// The matrix of `configs` with only `settings` as rows (tests use a few).
    init(_ configs: [EnvironmentConfig], settings: [EnvironmentSetting], onlyDiffering: Bool = false) {
        let ordered = Environments.inPromotionOrder(configs)
        environments = ordered.map(\.name)
        let all = settings.map { setting in Row(setting: setting.name, values: ordered.map(setting.value)) }
        rows = onlyDiffering ? all.filter(\.differs) : all
        settingCount = all.count
        differingCount = all.filter(\.differs).count
    }

    /// Settings whose values differ, counted over the full matrix.
    public var differingCount: Int

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: return text
        case .markdown: return markdown
        case .json: return json
        }
    }
}
