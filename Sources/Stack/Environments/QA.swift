extension Environments {
    /// QA: like dev in size, with test data volumes; on-demand capacity.
    public static let qa = EnvironmentConfig(
        name: "qa", region: "eu-west-1", account: "444444444444",
        lambda: LambdaSettings(chatMemoryMB: 512, ingestMemoryMB: 512, chatTimeoutSeconds: 29, ingestTimeoutSeconds: 120,
                               reservedConcurrency: 10, provisionedConcurrency: 0, provisionedConcurrencyMax: 0),
        api: APISettings(throttlingBurstLimit: 20, throttlingRateLimit: 10, corsOrigins: ["https://qa.rag-genai.example.com"]),
        models: ModelSettings(embeddingModelID: "amazon.titan-embed-text-v2:0", chatModelID: "anthropic.claude-3-haiku-20240307-v1:0",
                              chatInferenceProfile: nil, maxTokens: 4000, maxInputChars: 10000),
        logRetentionDays: 14,
        database: DatabaseSettings(capacity: .onDemand, pointInTimeRecovery: false, deletionProtection: false),
        protection: ProtectionSettings(waf: false, wafRateLimitPer5Min: 0, disasterRecovery: false, drRegion: "eu-central-1",
                                       backupRetentionDays: 0, noncurrentVersionDays: 14, rto: "best effort (rebuild from code)", rpo: "24 h (none guaranteed)"),
        alarms: AlarmThresholds(lambdaErrors: 10, lambdaThrottles: 10, api5xx: 20, dlqDepth: 10, email: ""),
        tracing: TracingSettings(samplingRate: 0.2, chatP95AlarmMs: nil),
        tags: TagSettings(costCenter: "rag-genai-qa", owner: "qa-team"),
        usage: UsageAssumptions(requestsPerDay: 1000, inputTokensPerRequest: 1500, outputTokensPerRequest: 400,
                                documentsIngestedPerDay: 100, storedGB: 5, logGBPerMonth: 2),
        monthlyBudgetUSD: 150,
        options: EnterpriseOptions())
}
