extension Environments {
    /// Staging: production-sized, provisioned capacity, the last stop before production.
    public static let staging = base.with {
        $0.name = "staging"
        $0.account = "222222222222"
        $0.lambda = LambdaSettings(chatMemoryMB: 1024, ingestMemoryMB: 1024, chatTimeoutSeconds: 29, ingestTimeoutSeconds: 300,
                                   reservedConcurrency: 50, provisionedConcurrency: 0, provisionedConcurrencyMax: 0)
        $0.api = APISettings(throttlingBurstLimit: 100, throttlingRateLimit: 50, corsOrigins: ["https://staging.rag-genai.example.com"])
        $0.models.chatModelID = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        $0.logRetentionDays = 30
        $0.database = DatabaseSettings(capacity: .provisioned(readMin: 5, readMax: 50, writeMin: 5, writeMax: 50),
                                       pointInTimeRecovery: true, deletionProtection: false)
        $0.protection.rto = "4 h"
        $0.protection.rpo = "5 min (PITR)"
        $0.stricterAlarms(email: "platform-alerts@example.com")
        $0.tags.costCenter = "rag-genai-staging"
        $0.usage = UsageAssumptions(requestsPerDay: 5000, inputTokensPerRequest: 2000, outputTokensPerRequest: 500,
                                    documentsIngestedPerDay: 500, storedGB: 20, logGBPerMonth: 5)
        $0.monthlyBudgetUSD = 2500
        $0.options.tiers = true
    }
}
