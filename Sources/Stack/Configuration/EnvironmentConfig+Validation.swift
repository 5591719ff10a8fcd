extension EnvironmentConfig {
    /// Log retention values CloudWatch accepts.
    public static let allowedRetentionDays: Set<Int> = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]

    /// Checks every setting against AWS's limits and the platform's rules; throws the first problem.
    public func validate() throws(ConfigurationError) {
        func fail(_ setting: String, _ value: Any, _ limit: String) -> ConfigurationError {
            .invalidSetting(environment: name, setting: setting, value: "\(value)", limit: limit)
        }
        guard Self.isName(name), name.count <= 12 else {
            throw fail("name", "\"\(name)\"", "must be 1-12 lowercase letters, digits or hyphens")
        }
        // The longest bucket name is rag-genai-<env>-vectors-replica; S3 allows 63 characters.
        guard "\(prefix)-vectors-replica".count <= 63 else { throw fail("name", name, "makes bucket names longer than 63 characters") }
        guard Self.isRegion(region) else { throw fail("region", "\"\(region)\"", Self.notARegion) }
        guard Self.isAccountID(account) else {
            throw fail("account", "\"\(account)\"", "must be a 12-digit AWS account id")
        }
        for (setting, value) in [("lambda.chatMemoryMB", lambda.chatMemoryMB), ("lambda.ingestMemoryMB", lambda.ingestMemoryMB)]
        where !(128...10240).contains(value) {
            throw fail(setting, value, "Lambda memory must be 128-10240 MB")
        }
        guard (1...30).contains(lambda.chatTimeoutSeconds) else {
            throw fail("lambda.chatTimeoutSeconds", lambda.chatTimeoutSeconds, "must be 1-30 s: the HTTP API integration times out after 30 s")
        }
        guard (1...900).contains(lambda.ingestTimeoutSeconds) else {
            throw fail("lambda.ingestTimeoutSeconds", lambda.ingestTimeoutSeconds, "Lambda timeout must be 1-900 s")
        }
        guard (1...1000).contains(lambda.reservedConcurrency) else {
            throw fail("lambda.reservedConcurrency", lambda.reservedConcurrency, "must be 1-1000 (the default account limit)")
        }
        guard (0...lambda.reservedConcurrency).contains(lambda.provisionedConcurrency) else {
            throw fail("lambda.provisionedConcurrency", lambda.provisionedConcurrency,
                       "must be 0-\(lambda.reservedConcurrency) (at most the reserved concurrency)")
        }
        guard lambda.provisionedConcurrency == 0 || (lambda.provisionedConcurrency...lambda.reservedConcurrency).contains(lambda.provisionedConcurrencyMax) else {
            throw fail("lambda.provisionedConcurrencyMax", lambda.provisionedConcurrencyMax,
                       "must be between provisionedConcurrency (\(lambda.provisionedConcurrency)) and reservedConcurrency (\(lambda.reservedConcurrency))")
        }
        guard (1...10000).contains(api.throttlingRateLimit) else {
            throw fail("api.throttlingRateLimit", api.throttlingRateLimit, "must be 1-10000 requests per second")
        }
        guard (1...5000).contains(api.throttlingBurstLimit), api.throttlingBurstLimit >= api.throttlingRateLimit else {
            throw fail("api.throttlingBurstLimit", api.throttlingBurstLimit, "must be 1-5000 and at least the rate limit (\(api.throttlingRateLimit))")
        }
        guard !api.corsOrigins.isEmpty else { throw fail("api.corsOrigins", "[]", "list at least one allowed origin") }
        for origin in api.corsOrigins {
            if origin == "*" && isProduction { throw fail("api.corsOrigins", "\"*\"", "production must list its origins; * is not allowed") }
            if origin != "*" && !(origin.hasPrefix("https://") || origin.hasPrefix("http://localhost")) {
                throw fail("api.corsOrigins", "\"\(origin)\"", "origins must start with https:// (or be http://localhost for development)")
            }
        }
        for (setting, id) in [("models.embeddingModelID", models.embeddingModelID), ("models.chatModelID", models.chatModelID)]
        where !Self.isModelID(id) {
            throw fail(setting, "\"\(id)\"", "must be a Bedrock model id such as amazon.titan-embed-text-v2:0")
        }
        if let profile = models.chatInferenceProfile {
            guard Self.isModelID(profile.id), !profile.destinationRegions.isEmpty else {
                throw fail("models.chatInferenceProfile", "\"\(profile.id)\"", "needs a profile id and at least one destination region")
            }
            if let unknown = profile.destinationRegions.first(where: { !Self.isRegion($0) }) {
                throw fail("models.chatInferenceProfile.destinationRegions", "\"\(unknown)\"", Self.notARegion)
            }
        }
        guard (1...200_000).contains(models.maxTokens) else { throw fail("models.maxTokens", models.maxTokens, "must be 1-200000") }
        guard (1...1_000_000).contains(models.maxInputChars) else { throw fail("models.maxInputChars", models.maxInputChars, "must be 1-1000000") }
        guard Self.allowedRetentionDays.contains(logRetentionDays) else {
            throw fail("logRetentionDays", logRetentionDays, "CloudWatch accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653")
        }
        if case .provisioned(let readMin, let readMax, let writeMin, let writeMax) = database.capacity {
            guard readMin >= 1, readMax >= readMin else { throw fail("database.capacity.read", "\(readMin)-\(readMax)", "needs 1 <= min <= max") }
            guard writeMin >= 1, writeMax >= writeMin else { throw fail("database.capacity.write", "\(writeMin)-\(writeMax)", "needs 1 <= min <= max") }
        }
        if protection.waf {
            guard (10...2_000_000_000).contains(protection.wafRateLimitPer5Min) else {
                throw fail("protection.wafRateLimitPer5Min", protection.wafRateLimitPer5Min, "WAF rate-based rules take 10-2000000000")
            }
        }
        if protection.disasterRecovery {
            guard Self.isRegion(protection.drRegion) else { throw fail("protection.drRegion", "\"\(protection.drRegion)\"", Self.notARegion) }
            guard protection.drRegion != region else {
                throw fail("protection.drRegion", "\"\(protection.drRegion)\"", "must be a region other than \(region)")
            }
            guard (1...36500).contains(protection.backupRetentionDays) else {
                throw fail("protection.backupRetentionDays", protection.backupRetentionDays, "must be 1-36500 days")
            }
        }
        guard (1...3650).contains(protection.noncurrentVersionDays) else {
            throw fail("protection.noncurrentVersionDays", protection.noncurrentVersionDays, "must be 1-3650 days")
        }
        for (setting, value) in [("alarms.lambdaErrors", alarms.lambdaErrors), ("alarms.lambdaThrottles", alarms.lambdaThrottles),
                                 ("alarms.api5xx", alarms.api5xx), ("alarms.dlqDepth", alarms.dlqDepth)] where value < 1 {
            throw fail(setting, value, "alarm thresholds must be at least 1")
        }
        guard alarms.email.isEmpty || (alarms.email.contains("@") && !alarms.email.contains(" ")) else {
            throw fail("alarms.email", "\"\(alarms.email)\"", "must be an e-mail address or empty")
        }
        guard tracing.samplingRate > 0, tracing.samplingRate <= 1 else {
            throw fail("tracing.samplingRate", tracing.samplingRate, "X-Ray sampling rates are fractions above 0 and at most 1")
        }
        if let p95 = tracing.chatP95AlarmMs, !(1...(lambda.chatTimeoutSeconds * 1000)).contains(p95) {
            throw fail("tracing.chatP95AlarmMs", p95, "must be 1-\(lambda.chatTimeoutSeconds * 1000) ms (at most the chat timeout)")
        }
        for (setting, value) in [("tags.costCenter", tags.costCenter), ("tags.owner", tags.owner)]
        where value.isEmpty || value.count > 256 {
            throw fail(setting, "\"\(value)\"", "tag values must be 1-256 characters")
        }
        guard monthlyBudgetUSD >= 1 else { throw fail("monthlyBudgetUSD", monthlyBudgetUSD, "must be at least 1") }
        guard usage.requestsPerDay >= 0, usage.storedGB >= 0, usage.logGBPerMonth >= 0, usage.documentsIngestedPerDay >= 0,
              usage.inputTokensPerRequest >= 0, usage.outputTokensPerRequest >= 0 else {
            throw fail("usage", "a negative number", "usage assumptions must be 0 or more")
        }
        guard (1...5000).contains(options.cacheMaxStorageGB) else {
            throw fail("options.cacheMaxStorageGB", options.cacheMaxStorageGB, "ElastiCache Serverless stores 1-5000 GB")
        }
        guard (1000...15_000_000).contains(options.cacheMaxECPUPerSecond) else {
            throw fail("options.cacheMaxECPUPerSecond", options.cacheMaxECPUPerSecond, "ElastiCache Serverless takes 1000-15000000 ECPUs per second")
        }
        guard (1...256).contains(options.auroraMaxACU) else {
            throw fail("options.auroraMaxACU", options.auroraMaxACU, "Aurora Serverless v2 scales to 1-256 ACUs")
        }
        if let rerank = options.rerankModelID, !Self.isModelID(rerank) {
            throw fail("options.rerankModelID", "\"\(rerank)\"", "must be a Bedrock model id such as amazon.rerank-v1:0")
        }
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase || first.isASCIIDigit else { return false }
        return text.allSatisfy { ($0.isASCII && $0.isLowercase) || $0.isASCIIDigit || $0 == "-" } && !text.hasSuffix("-")
    }

    /// Twelve ASCII digits.
    static func isAccountID(_ text: String) -> Bool {
        text.count == 12 && text.allSatisfy(\.isASCIIDigit)
    }

    /// A region code in ``AWSRegions``: the shape alone (`eu-west-9`) is not enough.
    static func isRegion(_ text: String) -> Bool { AWSRegions.contains(text) }

    /// The limit an unknown region code breaks.
    static let notARegion = "it is not an AWS region; use a region code such as eu-west-1 (the list is in Sources/Stack/Configuration/AWSRegions.swift)"

    static func isModelID(_ text: String) -> Bool {
        !text.isEmpty && text.contains(".") && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.:_".contains($0)) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
