extension Environments {
    /// Demo: for sales, a little more headroom than dev and point-in-time recovery of the cost table.
    public static let demo = base.with {
        $0.name = "demo"
        $0.account = "555555555555"
        $0.lambda.chatMemoryMB = 768
        $0.lambda.reservedConcurrency = 20
        $0.api.throttlingBurstLimit = 40
        $0.api.throttlingRateLimit = 20
        $0.api.corsOrigins = ["https://demo.rag-genai.example.com"]
        $0.database.pointInTimeRecovery = true
        $0.protection.rto = "4 h (rebuild from code, restore table PITR)"
        $0.protection.rpo = "5 min (PITR)"
        $0.stricterAlarms()
        $0.tags = TagSettings(costCenter: "rag-genai-sales", owner: "solutions-team")
        $0.usage = UsageAssumptions(requestsPerDay: 2000, inputTokensPerRequest: 1500, outputTokensPerRequest: 500,
                                    documentsIngestedPerDay: 100, storedGB: 5, logGBPerMonth: 3)
        $0.monthlyBudgetUSD = 300
    }
}
