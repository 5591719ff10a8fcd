/// One setting of ``EnvironmentConfig`` by its dotted name (`lambda.chatMemoryMB`) and how to
/// read it: the rows of `synth envs` (the settings matrix in the Review target).
public struct EnvironmentSetting: Sendable {
    public let name: String
    public let value: @Sendable (EnvironmentConfig) -> SettingValue

    public init(_ name: String, _ value: @escaping @Sendable (EnvironmentConfig) -> SettingValue) {
        self.name = name
        self.value = value
    }
}

extension EnvironmentConfig {
    /// Every setting, in declaration order; `name` is the environment itself, not a setting.
    public static let settings: [EnvironmentSetting] = [
        EnvironmentSetting("region", { .text($0.region) }),
        EnvironmentSetting("account", { .text($0.account) }),
        EnvironmentSetting("lambda.chatMemoryMB", { .integer($0.lambda.chatMemoryMB) }),
        EnvironmentSetting("lambda.ingestMemoryMB", { .integer($0.lambda.ingestMemoryMB) }),
        EnvironmentSetting("lambda.chatTimeoutSeconds", { .integer($0.lambda.chatTimeoutSeconds) }),
        EnvironmentSetting("lambda.ingestTimeoutSeconds", { .integer($0.lambda.ingestTimeoutSeconds) }),
        EnvironmentSetting("lambda.reservedConcurrency", { .integer($0.lambda.reservedConcurrency) }),
        EnvironmentSetting("lambda.provisionedConcurrency", { .integer($0.lambda.provisionedConcurrency) }),
        EnvironmentSetting("lambda.provisionedConcurrencyMax", { .integer($0.lambda.provisionedConcurrencyMax) }),
        EnvironmentSetting("api.throttlingBurstLimit", { .integer($0.api.throttlingBurstLimit) }),
        EnvironmentSetting("api.throttlingRateLimit", { .integer($0.api.throttlingRateLimit) }),
        EnvironmentSetting("api.corsOrigins", { .list($0.api.corsOrigins) }),
        EnvironmentSetting("models.embeddingModelID", { .text($0.models.embeddingModelID) }),
        EnvironmentSetting("models.chatModelID", { .text($0.models.chatModelID) }),
        EnvironmentSetting("models.chatInferenceProfile.id", { $0.models.chatInferenceProfile.map { .text($0.id) } ?? .none }),
        EnvironmentSetting("models.chatInferenceProfile.destinationRegions", { $0.models.chatInferenceProfile.map { .list($0.destinationRegions) } ?? .none }),
        EnvironmentSetting("models.maxTokens", { .integer($0.models.maxTokens) }),
        EnvironmentSetting("models.maxInputChars", { .integer($0.models.maxInputChars) }),
        EnvironmentSetting("logRetentionDays", { .integer($0.logRetentionDays) }),
        EnvironmentSetting("database.capacity", { .text($0.database.capacity.summary) }),
        EnvironmentSetting("database.pointInTimeRecovery", { .bool($0.database.pointInTimeRecovery) }),
        EnvironmentSetting("database.deletionProtection", { .bool($0.database.deletionProtection) }),
        EnvironmentSetting("protection.waf", { .bool($0.protection.waf) }),
        EnvironmentSetting("protection.wafRateLimitPer5Min", { .integer($0.protection.wafRateLimitPer5Min) }),
        EnvironmentSetting("protection.disasterRecovery", { .bool($0.protection.disasterRecovery) }),
        EnvironmentSetting("protection.drRegion", { .text($0.protection.drRegion) }),
        EnvironmentSetting("protection.backupRetentionDays", { .integer($0.protection.backupRetentionDays) }),
        EnvironmentSetting("protection.noncurrentVersionDays", { .integer($0.protection.noncurrentVersionDays) }),
        EnvironmentSetting("protection.rto", { .text($0.protection.rto) }),
        EnvironmentSetting("protection.rpo", { .text($0.protection.rpo) }),
        EnvironmentSetting("alarms.lambdaErrors", { .integer($0.alarms.lambdaErrors) }),
        EnvironmentSetting("alarms.lambdaThrottles", { .integer($0.alarms.lambdaThrottles) }),
        EnvironmentSetting("alarms.api5xx", { .integer($0.alarms.api5xx) }),
        EnvironmentSetting("alarms.dlqDepth", { .integer($0.alarms.dlqDepth) }),
        EnvironmentSetting("alarms.email", { .text($0.alarms.email) }),
        EnvironmentSetting("tracing.samplingRate", { .number($0.tracing.samplingRate) }),
        EnvironmentSetting("tracing.chatP95AlarmMs", { $0.tracing.chatP95AlarmMs.map(SettingValue.integer) ?? .none }),
        EnvironmentSetting("tags.costCenter", { .text($0.tags.costCenter) }),
        EnvironmentSetting("tags.owner", { .text($0.tags.owner) }),
        EnvironmentSetting("usage.requestsPerDay", { .integer($0.usage.requestsPerDay) }),
        EnvironmentSetting("usage.inputTokensPerRequest", { .integer($0.usage.inputTokensPerRequest) }),
        EnvironmentSetting("usage.outputTokensPerRequest", { .integer($0.usage.outputTokensPerRequest) }),
        EnvironmentSetting("usage.documentsIngestedPerDay", { .integer($0.usage.documentsIngestedPerDay) }),
        EnvironmentSetting("usage.storedGB", { .number($0.usage.storedGB) }),
        EnvironmentSetting("usage.logGBPerMonth", { .number($0.usage.logGBPerMonth) }),
        EnvironmentSetting("monthlyBudgetUSD", { .integer($0.monthlyBudgetUSD) }),
        EnvironmentSetting("options.vectorStore", { .text($0.options.vectorStore.rawValue) }),
        EnvironmentSetting("options.cache", { .bool($0.options.cache) }),
        EnvironmentSetting("options.rerankModelID", { $0.options.rerankModelID.map(SettingValue.text) ?? .none }),
        EnvironmentSetting("options.tiers", { .bool($0.options.tiers) }),
        EnvironmentSetting("options.blueGreen", { .bool($0.options.blueGreen) }),
        EnvironmentSetting("options.cacheMaxStorageGB", { .integer($0.options.cacheMaxStorageGB) }),
        EnvironmentSetting("options.cacheMaxECPUPerSecond", { .integer($0.options.cacheMaxECPUPerSecond) }),
        EnvironmentSetting("options.auroraMaxACU", { .integer($0.options.auroraMaxACU) }),
    ]
}
