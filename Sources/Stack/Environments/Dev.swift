extension Environments {
    /// Development: small models, small limits, on-demand capacity, no WAF or DR (the base), plus
    /// localhost for the web app's dev server.
    public static let dev = base.with {
        $0.name = "dev"
        $0.account = "111111111111"
        $0.api.corsOrigins = ["http://localhost:3000", "https://dev.rag-genai.example.com"]
        $0.logRetentionDays = 7
        $0.protection.noncurrentVersionDays = 7
        $0.tags.costCenter = "rag-genai-dev"
        $0.tracing.samplingRate = 0.5
    }
}
