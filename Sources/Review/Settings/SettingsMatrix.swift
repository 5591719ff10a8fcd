/// Every setting of ``EnvironmentConfig`` across environments: one row per setting, one column
/// per environment in promotion order (dev, qa, demo, staging, prod), for `synth envs`.
///
/// Nested settings have dotted names (`lambda.chatMemoryMB`); a row whose values are not all
/// equal ``Row/differs``.
///
///     SettingsMatrix.render(format: .text)
///     //   setting              dev   qa    demo  staging  prod
///     // * lambda.chatMemoryMB  512   512   768   1024     1024
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

    /// The matrix of `configs`, columns in promotion order.
    public init(_ configs: [EnvironmentConfig]) {
        self.init(configs, settings: Self.settings)
    }

    /// The matrix of `configs` with only `settings` as rows (tests use a few).
    init(_ configs: [EnvironmentConfig], settings: [(String, @Sendable (EnvironmentConfig) -> SettingValue)]) {
        let ordered = Environments.inPromotionOrder(configs)
        environments = ordered.map(\.name)
        rows = settings.map { name, value in Row(setting: name, values: ordered.map(value)) }
    }

    /// Renders the matrix of `environments` (by default all five) in `format`.
    public static func render(format: ReportFormat, environments: [EnvironmentConfig] = Environments.all) -> String {
        SettingsMatrix(environments).render(format)
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: return text
        case .markdown: return markdown
        case .json: return json
        }
    }

    /// Every setting and how to read it; `name` is the column, not a row.
    static let settings: [(String, @Sendable (EnvironmentConfig) -> SettingValue)] = [
        ("region", { .text($0.region) }),
        ("account", { .text($0.account) }),
        ("lambda.chatMemoryMB", { .integer($0.lambda.chatMemoryMB) }),
        ("lambda.ingestMemoryMB", { .integer($0.lambda.ingestMemoryMB) }),
        ("lambda.chatTimeoutSeconds", { .integer($0.lambda.chatTimeoutSeconds) }),
        ("lambda.ingestTimeoutSeconds", { .integer($0.lambda.ingestTimeoutSeconds) }),
        ("lambda.reservedConcurrency", { .integer($0.lambda.reservedConcurrency) }),
        ("lambda.provisionedConcurrency", { .integer($0.lambda.provisionedConcurrency) }),
        ("lambda.provisionedConcurrencyMax", { .integer($0.lambda.provisionedConcurrencyMax) }),
        ("lambda.sourceDirectory", { .text($0.lambda.sourceDirectory) }),
        ("api.throttlingBurstLimit", { .integer($0.api.throttlingBurstLimit) }),
        ("api.throttlingRateLimit", { .integer($0.api.throttlingRateLimit) }),
        ("api.corsOrigins", { .list($0.api.corsOrigins) }),
        ("models.embeddingModelID", { .text($0.models.embeddingModelID) }),
        ("models.chatModelID", { .text($0.models.chatModelID) }),
        ("models.chatInferenceProfile.id", { $0.models.chatInferenceProfile.map { .text($0.id) } ?? .none }),
        ("models.chatInferenceProfile.destinationRegions", { $0.models.chatInferenceProfile.map { .list($0.destinationRegions) } ?? .none }),
        ("models.maxTokens", { .integer($0.models.maxTokens) }),
        ("models.maxInputChars", { .integer($0.models.maxInputChars) }),
        ("logRetentionDays", { .integer($0.logRetentionDays) }),
        ("database.capacity", { .text($0.database.capacity.summary) }),
        ("database.pointInTimeRecovery", { .bool($0.database.pointInTimeRecovery) }),
        ("database.deletionProtection", { .bool($0.database.deletionProtection) }),
        ("protection.waf", { .bool($0.protection.waf) }),
        ("protection.wafRateLimitPer5Min", { .integer($0.protection.wafRateLimitPer5Min) }),
        ("protection.disasterRecovery", { .bool($0.protection.disasterRecovery) }),
        ("protection.drRegion", { .text($0.protection.drRegion) }),
        ("protection.backupRetentionDays", { .integer($0.protection.backupRetentionDays) }),
        ("protection.noncurrentVersionDays", { .integer($0.protection.noncurrentVersionDays) }),
        ("protection.rto", { .text($0.protection.rto) }),
        ("protection.rpo", { .text($0.protection.rpo) }),
        ("alarms.lambdaErrors", { .integer($0.alarms.lambdaErrors) }),
        ("alarms.lambdaThrottles", { .integer($0.alarms.lambdaThrottles) }),
        ("alarms.api5xx", { .integer($0.alarms.api5xx) }),
        ("alarms.dlqDepth", { .integer($0.alarms.dlqDepth) }),
        ("alarms.email", { .text($0.alarms.email) }),
        ("tags.costCenter", { .text($0.tags.costCenter) }),
        ("tags.owner", { .text($0.tags.owner) }),
        ("usage.requestsPerDay", { .integer($0.usage.requestsPerDay) }),
        ("usage.inputTokensPerRequest", { .integer($0.usage.inputTokensPerRequest) }),
        ("usage.outputTokensPerRequest", { .integer($0.usage.outputTokensPerRequest) }),
        ("usage.documentsIngestedPerDay", { .integer($0.usage.documentsIngestedPerDay) }),
        ("usage.storedGB", { .number($0.usage.storedGB) }),
        ("usage.logGBPerMonth", { .number($0.usage.logGBPerMonth) }),
        ("monthlyBudgetUSD", { .integer($0.monthlyBudgetUSD) }),
        ("options.vectorStore", { .text($0.options.vectorStore.rawValue) }),
        ("options.cache", { .bool($0.options.cache) }),
        ("options.rerankModelID", { $0.options.rerankModelID.map(SettingValue.text) ?? .none }),
        ("options.tiers", { .bool($0.options.tiers) }),
        ("options.blueGreen", { .bool($0.options.blueGreen) }),
        ("options.cacheMaxStorageGB", { .integer($0.options.cacheMaxStorageGB) }),
        ("options.cacheMaxECPUPerSecond", { .integer($0.options.cacheMaxECPUPerSecond) }),
        ("options.auroraMaxACU", { .integer($0.options.auroraMaxACU) }),
    ]
}
