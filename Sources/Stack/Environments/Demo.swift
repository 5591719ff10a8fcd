extension Environments {
    /// Demo: customer demos on the small chat model; on-demand capacity, no WAF or DR.
    public static let demo = EnvironmentConfig(
        name: "demo", region: "eu-west-1", account: "555555555555",
        lambda: LambdaSettings(chatMemoryMB: 768, ingestMemoryMB: 512, chatTimeoutSeconds: 29, ingestTimeoutSeconds: 120,
                               reservedConcurrency: 20, provisionedConcurrency: 0, provisionedConcurrencyMax: 0),
        api: APISettings(throttlingBurstLimit: 40, throttlingRateLimit: 20, corsOrigins: ["https://demo.rag-genai.example.com"]),
        models: ModelSettings(embeddingModelID: "amazon.titan-embed-text-v2:0", chatModelID: "anthropic.claude-3-haiku-20240307-v1:0",
                              chatInferenceProfile: nil, maxTokens: 4000, maxInputChars: 10000),
        logRetentionDays: 14,
        database: DatabaseSettings(capacity: .onDemand, pointInTimeRecovery: true, deletionProtection: false),
        protection: ProtectionSettings(waf: false, wafRateLimitPer5Min: 0, disasterRecovery: false, drRegion: "eu-central-1",
                                       backupRetentionDays: 0, noncurrentVersionDays: 30, rto: "4 h (rebuild from code, restore table PITR)", rpo: "5 min (PITR)"),
        alarms: AlarmThresholds(lambdaErrors: 5, lambdaThrottles: 5, api5xx: 10, dlqDepth: 5, email: ""),
        tracing: TracingSettings(samplingRate: 0.1, chatP95AlarmMs: nil),
        tags: TagSettings(costCenter: "rag-genai-sales", owner: "solutions-team"),
        usage: UsageAssumptions(requestsPerDay: 2000, inputTokensPerRequest: 1500, outputTokensPerRequest: 500,
                                documentsIngestedPerDay: 100, storedGB: 5, logGBPerMonth: 3),
        monthlyBudgetUSD: 300,
        options: EnterpriseOptions())
}
