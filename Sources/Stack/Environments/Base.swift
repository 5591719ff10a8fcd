extension Environments {
    /// What every environment has unless its own file says otherwise: the small, cheap,
    /// unprotected shape of a development environment, in the primary region. Each environment
    /// is `base.with { ... }` and states only its differences, so a setting that is the same
    /// everywhere is written once, here. `name` and `account` are empty on purpose: an
    /// environment that forgets them fails validation.
    static let base = EnvironmentConfig(
        name: "", region: "eu-west-1", account: "",
        lambda: LambdaSettings(chatMemoryMB: 512, ingestMemoryMB: 512, chatTimeoutSeconds: 29, ingestTimeoutSeconds: 120,
                               reservedConcurrency: 10, provisionedConcurrency: 0, provisionedConcurrencyMax: 0),
        api: APISettings(throttlingBurstLimit: 20, throttlingRateLimit: 10, corsOrigins: []),
        models: ModelSettings(embeddingModelID: "amazon.titan-embed-text-v2:0", chatModelID: "anthropic.claude-3-haiku-20240307-v1:0",
                              chatInferenceProfile: nil, maxTokens: 4000, maxInputChars: 10000),
        logRetentionDays: 14,
        database: DatabaseSettings(capacity: .onDemand, pointInTimeRecovery: false, deletionProtection: false),
        protection: ProtectionSettings(waf: false, wafRateLimitPer5Min: 0, disasterRecovery: false, drRegion: "eu-central-1",
                                       backupRetentionDays: 0, noncurrentVersionDays: 30,
                                       rto: "best effort (rebuild from code)", rpo: "24 h (none guaranteed)"),
        alarms: AlarmThresholds(lambdaErrors: 10, lambdaThrottles: 10, api5xx: 20, dlqDepth: 10, email: ""),
        tracing: TracingSettings(samplingRate: 0.1, chatP95AlarmMs: nil),
        tags: TagSettings(costCenter: "", owner: "platform-team"),
        usage: UsageAssumptions(requestsPerDay: 500, inputTokensPerRequest: 1500, outputTokensPerRequest: 400,
                                documentsIngestedPerDay: 50, storedGB: 2, logGBPerMonth: 1),
        monthlyBudgetUSD: 100,
        options: EnterpriseOptions())
}

extension EnvironmentConfig {
    /// This configuration with `change` applied: how an environment states its differences from
    /// ``Environments/base``.
    public func with(_ change: (inout EnvironmentConfig) -> Void) -> EnvironmentConfig {
        var copy = self
        change(&copy)
        return copy
    }

    /// The alarm thresholds of the environments that carry real traffic (staging and demo).
    mutating func stricterAlarms(email: String = "") {
        alarms = AlarmThresholds(lambdaErrors: 5, lambdaThrottles: 5, api5xx: 10, dlqDepth: 5, email: email)
    }
}
