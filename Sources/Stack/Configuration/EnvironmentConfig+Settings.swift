/// The settings table: every per-environment setting once, in the order `synth envs` lists them
/// and ``EnvironmentConfig/validate()`` checks them. Adding a setting is its row here, its value
/// in ``Environments/base`` (and in the environments that differ), and its use.
extension EnvironmentConfig {
    public static let settings: [EnvironmentSetting] = [
        .init("region", "The primary region.", value: { .text($0.region) },
              problem: { isRegion($0.region) ? nil : .init(notARegion) }),
        .init("account", "The 12-digit AWS account the environment deploys to (the provider refuses any other).", value: { .text($0.account) },
              problem: { isAccountID($0.account) ? nil : .init("must be a 12-digit AWS account id") }),
        .chatMemoryMB, .ingestMemoryMB, .chatTimeoutSeconds, .ingestTimeoutSeconds, .reservedConcurrency,
        .init("lambda.provisionedConcurrency", "Provisioned concurrency on the chat alias; 0 turns it (and its auto scaling) off.",
              value: { .integer($0.lambda.provisionedConcurrency) },
              problem: { $0.lambda.provisionedConcurrency >= 0 && $0.lambda.provisionedConcurrency <= $0.lambda.reservedConcurrency ? nil
                  : .init("must be 0-\($0.lambda.reservedConcurrency) (at most the reserved concurrency)") }),
        .init("lambda.provisionedConcurrencyMax", "Upper bound for provisioned-concurrency auto scaling.",
              value: { .integer($0.lambda.provisionedConcurrencyMax) },
              problem: { config in
                  let lambda = config.lambda
                  let max = lambda.provisionedConcurrencyMax
                  return lambda.provisionedConcurrency == 0 || (max >= lambda.provisionedConcurrency && max <= lambda.reservedConcurrency) ? nil
                      : .init("must be between provisionedConcurrency (\(lambda.provisionedConcurrency)) and reservedConcurrency (\(lambda.reservedConcurrency))")
              }),
        .throttlingBurstLimit, .throttlingRateLimit,
        .init("api.corsOrigins", "Origins allowed by CORS; never * in production.", value: { .list($0.api.corsOrigins) }, problem: { config in
            guard !config.api.corsOrigins.isEmpty else { return .init("list at least one allowed origin", value: "[]") }
            for origin in config.api.corsOrigins {
                if origin == "*" && config.isProduction { return .init("production must list its origins; * is not allowed", value: "\"*\"") }
                if origin != "*" && !(origin.hasPrefix("https://") || origin.hasPrefix("http://localhost")) {
                    return .init("origins must start with https:// (or be http://localhost for development)", value: "\"\(origin)\"")
                }
            }
            return nil
        }),
        .modelID("models.embeddingModelID", "The embedding model id.", { $0.models.embeddingModelID }),
        .modelID("models.chatModelID", "The chat model id.", { $0.models.chatModelID }),
        .init("models.chatInferenceProfile.id", "A cross-region inference profile for the chat model; none: the model in the primary region.",
              value: { $0.models.chatInferenceProfile.map { .text($0.id) } ?? .none }, problem: { config in
                  guard let profile = config.models.chatInferenceProfile else { return nil }
                  return isModelID(profile.id) && !profile.destinationRegions.isEmpty ? nil
                      : .init("needs a profile id and at least one destination region", value: "\"\(profile.id)\"", setting: "models.chatInferenceProfile")
              }),
        .init("models.chatInferenceProfile.destinationRegions", "The regions the inference profile routes to (each is granted).",
              value: { $0.models.chatInferenceProfile.map { .list($0.destinationRegions) } ?? .none }, problem: { config in
                  guard let unknown = config.models.chatInferenceProfile?.destinationRegions.first(where: { !isRegion($0) }) else { return nil }
                  return .init(notARegion, value: "\"\(unknown)\"")
              }),
        .maxTokens, .maxInputChars,
        .init("logRetentionDays", "CloudWatch log retention for every log group, in days.", value: { .integer($0.logRetentionDays) },
              problem: { allowedRetentionDays.contains($0.logRetentionDays) ? nil
                  : .init(retentionLimit) }),
        .init("database.capacity", "On-demand, or provisioned read and write units with auto scaling between min and max.",
              value: { .text($0.database.capacity.summary) }, problem: { config in
                  guard case .provisioned(let readMin, let readMax, let writeMin, let writeMax) = config.database.capacity else { return nil }
                  if !(readMin >= 1 && readMax >= readMin) { return .init("needs 1 <= min <= max", value: "\(readMin)-\(readMax)", setting: "database.capacity.read") }
                  if !(writeMin >= 1 && writeMax >= writeMin) { return .init("needs 1 <= min <= max", value: "\(writeMin)-\(writeMax)", setting: "database.capacity.write") }
                  return nil
              }),
        .init("database.pointInTimeRecovery", "Point-in-time recovery of the cost table (35 days of restores).", value: { .bool($0.database.pointInTimeRecovery) }),
        .init("database.deletionProtection", "Refuse deletion of the tables, the user pool and the Aurora cluster.", value: { .bool($0.database.deletionProtection) }),
        .init("protection.waf", "CloudFront and WAFv2 in front of the API.", value: { .bool($0.protection.waf) }),
        .wafRateLimitPer5Min,
        .init("protection.disasterRecovery", "AWS Backup of the data stores and S3 cross-region replication.", value: { .bool($0.protection.disasterRecovery) }),
        .init("protection.drRegion", "The replica region (S3 replication, the DR backup vault).", value: { .text($0.protection.drRegion) }, problem: { config in
            guard config.protection.disasterRecovery else { return nil }
            if !isRegion(config.protection.drRegion) { return .init(notARegion) }
            return config.protection.drRegion == config.region ? .init("must be a region other than \(config.region)") : nil
        }),
        .integer("protection.backupRetentionDays", "Days each recovery point is kept.", { $0.protection.backupRetentionDays }, 1...36500,
                 limit: "must be 1-36500 days", when: { $0.protection.disasterRecovery }),
        .noncurrentVersionDays,
        .init("protection.rto", "Recovery time objective, documented.", value: { .text($0.protection.rto) }),
        .init("protection.rpo", "Recovery point objective, documented.", value: { .text($0.protection.rpo) }),
        .lambdaErrors, .lambdaThrottles, .api5xx, .dlqDepth,
        .init("tracing.samplingRate", "Fraction of requests X-Ray traces beyond the reservoir of one per second.",
              value: { .number($0.tracing.samplingRate) },
              problem: { $0.tracing.samplingRate > 0 && $0.tracing.samplingRate <= 1 ? nil
                  : .init("X-Ray sampling rates are fractions above 0 and at most 1") }),
        .init("tracing.chatP95AlarmMs", "p95 of the chat function's traced duration (ms) above which an alarm fires; none: no alarm.",
              value: { $0.tracing.chatP95AlarmMs.map(SettingValue.integer) ?? .none }, problem: { config in
                  guard let p95 = config.tracing.chatP95AlarmMs else { return nil }
                  let most = config.lambda.chatTimeoutSeconds * 1000
                  return p95 >= 1 && p95 <= most ? nil : .init("must be 1-\(most) ms (at most the chat timeout)")
              }),
        .init("alarms.email", "Alarm e-mail; empty: the SNS topic has no subscription.", value: { $0.alarms.email.isEmpty ? .none : .text($0.alarms.email) },
              problem: { config in
                  let email = config.alarms.email
                  return email.isEmpty || (email.contains("@") && !email.contains(" ")) ? nil : .init("must be an e-mail address or empty", value: "\"\(email)\"")
              }),
        .tag("tags.costCenter", "Cost-allocation tag CostCenter on every taggable resource.", { $0.tags.costCenter }),
        .tag("tags.owner", "Tag Owner on every taggable resource.", { $0.tags.owner }),
        .usage("usage.requestsPerDay", "Chat requests per day (cost estimate).", { .integer($0.usage.requestsPerDay) }),
        .usage("usage.inputTokensPerRequest", "Input tokens per chat request (cost estimate).", { .integer($0.usage.inputTokensPerRequest) }),
        .usage("usage.outputTokensPerRequest", "Output tokens per chat request (cost estimate).", { .integer($0.usage.outputTokensPerRequest) }),
        .usage("usage.documentsIngestedPerDay", "Documents ingested per day (cost estimate).", { .integer($0.usage.documentsIngestedPerDay) }),
        .usage("usage.storedGB", "GB stored in the vector bucket (cost estimate).", { .number($0.usage.storedGB) }),
        .usage("usage.logGBPerMonth", "GB of logs per month (cost estimate).", { .number($0.usage.logGBPerMonth) }),
        .monthlyBudgetUSD,
        .init("options.vectorStore", "Where vectors live: s3, opensearch-serverless or aurora-pgvector.", value: { .text($0.options.vectorStore.rawValue) }),
        .init("options.cache", "The ElastiCache Serverless query cache (puts the functions in a VPC).", value: { .bool($0.options.cache) }),
        .init("options.rerankModelID", "A Bedrock rerank model; none: no re-ranking.", value: { $0.options.rerankModelID.map(SettingValue.text) ?? .none },
              problem: { config in
                  guard let rerank = config.options.rerankModelID, !isModelID(rerank) else { return nil }
                  return .init("must be a Bedrock model id such as amazon.rerank-v1:0")
              }),
        .init("options.tiers", "Per-tier request and token limits (a quota table).", value: { .bool($0.options.tiers) }),
        .init("options.blueGreen", "CodeDeploy canary releases of the chat function.", value: { .bool($0.options.blueGreen) }),
        .cacheMaxStorageGB, .cacheMaxECPUPerSecond, .auroraMaxACU,
    ]

    /// "CloudWatch accepts 1, 3, ... or 3653", from ``allowedRetentionDays``.
    static var retentionLimit: String {
        let days = allowedRetentionDays.sorted().map(String.init)
        return "CloudWatch accepts " + days.dropLast().joined(separator: ", ") + " or " + days[days.count - 1]
    }

    /// The setting named `name`, for errors and tests.
    public static func setting(named name: String) -> EnvironmentSetting? { settings.first { $0.name == name } }
}

// The range settings some module variable also validates (``EnvironmentSetting/validation(of:)``).
extension EnvironmentSetting {
    static let memoryLimit = "Lambda memory must be 128-10240 MB"
    public static let chatMemoryMB = integer("lambda.chatMemoryMB", "Memory of the chat function in MB.", { $0.lambda.chatMemoryMB }, 128...10240, limit: memoryLimit)
    public static let ingestMemoryMB = integer("lambda.ingestMemoryMB", "Memory of the ingest function in MB.", { $0.lambda.ingestMemoryMB }, 128...10240,
                                               limit: memoryLimit)
    public static let chatTimeoutSeconds = integer("lambda.chatTimeoutSeconds", "Timeout of the chat function; the HTTP API integration times out after 30 s.",
                                                   { $0.lambda.chatTimeoutSeconds }, 1...30, limit: "must be 1-30 s: the HTTP API integration times out after 30 s")
    public static let ingestTimeoutSeconds = integer("lambda.ingestTimeoutSeconds", "Timeout of the ingest function.", { $0.lambda.ingestTimeoutSeconds }, 1...900,
                                                     limit: "Lambda timeout must be 1-900 s")
    public static let reservedConcurrency = integer("lambda.reservedConcurrency", "Reserved concurrency per function: a hard cap against runaway cost.",
                                                    { $0.lambda.reservedConcurrency }, 1...1000, limit: "must be 1-1000 (the default account limit)")
    public static let throttlingBurstLimit = EnvironmentSetting(
        "api.throttlingBurstLimit", "Requests the API absorbs in a burst (at least the rate limit).", range: 1...5000,
        value: { .integer($0.api.throttlingBurstLimit) },
        problem: { (1...5000).contains($0.api.throttlingBurstLimit) && $0.api.throttlingBurstLimit >= $0.api.throttlingRateLimit ? nil
            : .init("must be 1-5000 and at least the rate limit (\($0.api.throttlingRateLimit))") })
    public static let throttlingRateLimit = integer("api.throttlingRateLimit", "Sustained requests per second.", { $0.api.throttlingRateLimit }, 1...10000,
                                                    limit: "must be 1-10000 requests per second")
    public static let maxTokens = integer("models.maxTokens", "Hard cap on tokens per request.", { $0.models.maxTokens }, 1...200_000)
    public static let maxInputChars = integer("models.maxInputChars", "Longest prompt accepted, in characters.", { $0.models.maxInputChars }, 1...1_000_000)
    public static let wafRateLimitPer5Min = integer("protection.wafRateLimitPer5Min", "Requests per IP per 5 minutes before WAF blocks the IP.",
                                                    { $0.protection.wafRateLimitPer5Min }, 10...2_000_000_000,
                                                    limit: "WAF rate-based rules take 10-2000000000", when: { $0.protection.waf })
    public static let noncurrentVersionDays = integer("protection.noncurrentVersionDays", "Days a replaced or deleted object version is kept.",
                                                      { $0.protection.noncurrentVersionDays }, 1...3650, limit: "must be 1-3650 days")
    static let thresholdLimit = "alarm thresholds must be at least 1"
    public static let lambdaErrors = integer("alarms.lambdaErrors", "Errors per function in 5 minutes that raise an alarm.", { $0.alarms.lambdaErrors },
                                             1...1_000_000, limit: thresholdLimit)
    public static let lambdaThrottles = integer("alarms.lambdaThrottles", "Throttles per function in 5 minutes that raise an alarm.",
                                                { $0.alarms.lambdaThrottles }, 1...1_000_000, limit: thresholdLimit)
    public static let api5xx = integer("alarms.api5xx", "API 5xx responses in 5 minutes that raise an alarm.", { $0.alarms.api5xx }, 1...1_000_000,
                                       limit: thresholdLimit)
    public static let dlqDepth = integer("alarms.dlqDepth", "Messages waiting in the ingest DLQ that raise an alarm.", { $0.alarms.dlqDepth }, 1...1_000_000,
                                         limit: thresholdLimit)
    public static let monthlyBudgetUSD = integer("monthlyBudgetUSD", "Monthly cost limit in US dollars; AWS Budgets alerts at 80 % actual and 100 % forecast.",
                                                 { $0.monthlyBudgetUSD }, 1...1_000_000, limit: "must be 1-1000000 US dollars")
    public static let cacheMaxStorageGB = integer("options.cacheMaxStorageGB", "Most data the cache may hold, in GB (a cost cap).", { $0.options.cacheMaxStorageGB },
                                                  1...5000, limit: "ElastiCache Serverless stores 1-5000 GB")
    public static let cacheMaxECPUPerSecond = integer("options.cacheMaxECPUPerSecond", "Most ElastiCache processing units per second (a cost cap).",
                                                      { $0.options.cacheMaxECPUPerSecond }, 1000...15_000_000,
                                                      limit: "ElastiCache Serverless takes 1000-15000000 ECPUs per second")
    public static let auroraMaxACU = integer("options.auroraMaxACU", "Maximum Aurora capacity units (a cost cap).", { $0.options.auroraMaxACU }, 1...256,
                                             limit: "Aurora Serverless v2 scales to 1-256 ACUs")
}

// Row builders for the kinds of setting that repeat.
extension EnvironmentSetting {
    static func modelID(_ name: String, _ summary: String, _ read: @escaping @Sendable (EnvironmentConfig) -> String) -> EnvironmentSetting {
        EnvironmentSetting(name, summary, value: { .text(read($0)) },
                           problem: { EnvironmentConfig.isModelID(read($0)) ? nil : .init("must be a Bedrock model id such as amazon.titan-embed-text-v2:0") })
    }

    static func tag(_ name: String, _ summary: String, _ read: @escaping @Sendable (EnvironmentConfig) -> String) -> EnvironmentSetting {
        EnvironmentSetting(name, summary, value: { .text(read($0)) },
                           problem: { (1...256).contains(read($0).count) ? nil : .init("tag values must be 1-256 characters") })
    }

    /// A usage assumption of the cost estimate: any amount, but not a negative one.
    static func usage(_ name: String, _ summary: String, _ read: @escaping @Sendable (EnvironmentConfig) -> SettingValue) -> EnvironmentSetting {
        EnvironmentSetting(name, summary, value: read, problem: { config in
            switch read(config) {
            case .integer(let number) where number < 0: return .init("usage assumptions must be 0 or more")
            case .number(let number) where number < 0: return .init("usage assumptions must be 0 or more")
            default: return nil
            }
        })
    }
}
