extension Environments {
    /// Production: WAF behind CloudFront, provisioned capacity with auto scaling, provisioned
    /// concurrency, disaster recovery, strict CORS.
    public static let prod = base.with {
        $0.name = "prod"
        $0.account = "333333333333"
        $0.lambda = LambdaSettings(chatMemoryMB: 1024, ingestMemoryMB: 1024, chatTimeoutSeconds: 29, ingestTimeoutSeconds: 300,
                                   reservedConcurrency: 100, provisionedConcurrency: 5, provisionedConcurrencyMax: 50)
        $0.api = APISettings(throttlingBurstLimit: 500, throttlingRateLimit: 200, corsOrigins: ["https://app.rag-genai.example.com"])
        $0.models.chatModelID = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        $0.models.chatInferenceProfile = InferenceProfile(id: "eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
                                                          destinationRegions: ["eu-central-1", "eu-west-1", "eu-west-3"])
        $0.logRetentionDays = 365
        $0.database = DatabaseSettings(capacity: .provisioned(readMin: 10, readMax: 200, writeMin: 10, writeMax: 200),
                                       pointInTimeRecovery: true, deletionProtection: true)
        $0.protection = ProtectionSettings(waf: true, wafRateLimitPer5Min: 2000, disasterRecovery: true, drRegion: "eu-central-1",
                                           backupRetentionDays: 35, noncurrentVersionDays: 90,
                                           rto: "1 h (fail over to replica region)", rpo: "15 min (S3 RTC, PITR)")
        $0.alarms = AlarmThresholds(lambdaErrors: 1, lambdaThrottles: 1, api5xx: 5, dlqDepth: 1, email: "oncall@example.com")
        $0.tags.costCenter = "rag-genai-prod"
        $0.usage = UsageAssumptions(requestsPerDay: 50000, inputTokensPerRequest: 2000, outputTokensPerRequest: 500,
                                    documentsIngestedPerDay: 5000, storedGB: 200, logGBPerMonth: 40)
        $0.monthlyBudgetUSD = 25000
        $0.tracing = TracingSettings(samplingRate: 0.05, chatP95AlarmMs: 10_000)
        // Re-ranking stays off: Amazon Rerank is not offered in eu-west-1.
        $0.options = EnterpriseOptions(vectorStore: .openSearchServerless, cache: true, rerankModelID: nil, tiers: true, blueGreen: true,
                                       cacheMaxStorageGB: 20, cacheMaxECPUPerSecond: 20_000, auroraMaxACU: 16)
    }
}
