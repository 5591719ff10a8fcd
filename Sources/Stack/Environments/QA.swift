extension Environments {
    /// QA: the base sizing, owned by the QA team, with twice dev's test traffic.
    public static let qa = base.with {
        $0.name = "qa"
        $0.account = "444444444444"
        $0.api.corsOrigins = ["https://qa.rag-genai.example.com"]
        $0.protection.noncurrentVersionDays = 14
        $0.tags = TagSettings(costCenter: "rag-genai-qa", owner: "qa-team")
        $0.usage = UsageAssumptions(requestsPerDay: 1000, inputTokensPerRequest: 1500, outputTokensPerRequest: 400,
                                    documentsIngestedPerDay: 100, storedGB: 5, logGBPerMonth: 2)
        $0.monthlyBudgetUSD = 150
        $0.tracing.samplingRate = 0.2
    }
}
