extension Environments {
    /// Staging: production-sized, provisioned capacity, the last stop before prod.
    public static let staging = EnvironmentConfig(
        name: "staging", region: "eu-west-1", account: "222222222222",
        lambda: LambdaSettings(chatMemoryMB: 1024, ingestMemoryMB: 1024, chatTimeoutSeconds: 29, ingestTimeoutSeconds: 300,
                               reservedConcurrency: 50, provisionedConcurrency: 0, provisionedConcurrencyMax: 0),
        api: APISettings(throttlingBurstLimit: 100, throttlingRateLimit: 50, corsOrigins: ["https://staging.rag-genai.example.com"]),
        models: ModelSettings(embeddingModelID: "amazon.titan-embed-text-v2:0", chatModelID: "anthropic.claude-3-5-sonnet-20240620-v1:0",
                              chatInferenceProfile: nil, maxTokens: 4000, maxInputChars: 10000),
        logRetentionDays: 30,
        database: DatabaseSettings(capacity: .provisioned(readMin: 5, readMax: 50, writeMin: 5, writeMax: 50),
                                   pointInTimeRecovery: true, deletionProtection: false),
        protection: ProtectionSettings(waf: false, wafRateLimitPer5Min: 0, disasterRecovery: false, drRegion: "eu-central-1",
                                       backupRetentionDays: 0, noncurrentVersionDays: 30, rto: "4 h", rpo: "5 min (PITR)"),
        alarms: AlarmThresholds(lambdaErrors: 5, lambdaThrottles: 5, api5xx: 10, dlqDepth: 5, email: "platform-alerts@example.com"),
        tracing: TracingSettings(samplingRate: 0.1, chatP95AlarmMs: nil),
        tags: TagSettings(costCenter: "rag-genai-staging", owner: "platform-team"),
        usage: UsageAssumptions(requestsPerDay: 5000, inputTokensPerRequest: 2000, outputTokensPerRequest: 500,
                                documentsIngestedPerDay: 500, storedGB: 20, logGBPerMonth: 5),
        monthlyBudgetUSD: 2500,
        options: EnterpriseOptions(tiers: true))
}
