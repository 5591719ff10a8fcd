import Testing
@testable import Stack

/// Every validation rule of `EnvironmentConfig`, with the exact one-line message it gives.
@Suite struct ConfigurationValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let change: @Sendable (inout EnvironmentConfig) -> Void
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(change: { $0.name = "Prod" }, message: #"environment Prod: name = "Prod" is invalid; must be 1-12 lowercase letters, digits or hyphens"#),
        Case(change: { $0.region = "europe" }, message: #"environment dev: region = "europe" is invalid; it is not an AWS region; use a region code such as eu-west-1 (the list is in Sources/Stack/Configuration/AWSRegions.swift)"#),
        Case(change: { $0.account = "12345" }, message: #"environment dev: account = "12345" is invalid; must be a 12-digit AWS account id"#),
        Case(change: { $0.lambda.chatMemoryMB = 64 }, message: "environment dev: lambda.chatMemoryMB = 64 is invalid; Lambda memory must be 128-10240 MB"),
        Case(change: { $0.lambda.ingestMemoryMB = 20480 }, message: "environment dev: lambda.ingestMemoryMB = 20480 is invalid; Lambda memory must be 128-10240 MB"),
        Case(change: { $0.lambda.chatTimeoutSeconds = 60 },
             message: "environment dev: lambda.chatTimeoutSeconds = 60 is invalid; must be 1-30 s: the HTTP API integration times out after 30 s"),
        Case(change: { $0.lambda.ingestTimeoutSeconds = 901 }, message: "environment dev: lambda.ingestTimeoutSeconds = 901 is invalid; Lambda timeout must be 1-900 s"),
        Case(change: { $0.lambda.reservedConcurrency = 0 },
             message: "environment dev: lambda.reservedConcurrency = 0 is invalid; must be 1-1000 (the default account limit)"),
        Case(change: { $0.lambda.provisionedConcurrency = 11 },
             message: "environment dev: lambda.provisionedConcurrency = 11 is invalid; must be 0-10 (at most the reserved concurrency)"),
        Case(change: { $0.lambda.provisionedConcurrency = 5; $0.lambda.provisionedConcurrencyMax = 2 },
             message: "environment dev: lambda.provisionedConcurrencyMax = 2 is invalid; must be between provisionedConcurrency (5) and reservedConcurrency (10)"),
        Case(change: { $0.api.throttlingRateLimit = 0 },
             message: "environment dev: api.throttlingRateLimit = 0 is invalid; must be 1-10000 requests per second"),
        Case(change: { $0.api.throttlingBurstLimit = 5 },
             message: "environment dev: api.throttlingBurstLimit = 5 is invalid; must be 1-5000 and at least the rate limit (10)"),
        Case(change: { $0.api.corsOrigins = [] }, message: "environment dev: api.corsOrigins = [] is invalid; list at least one allowed origin"),
        Case(change: { $0.api.corsOrigins = ["http://example.com"] },
             message: #"environment dev: api.corsOrigins = "http://example.com" is invalid; origins must start with https:// (or be http://localhost for development)"#),
        Case(change: { $0.name = "prod"; $0.api.corsOrigins = ["*"] },
             message: #"environment prod: api.corsOrigins = "*" is invalid; production must list its origins; * is not allowed"#),
        Case(change: { $0.models.chatModelID = "claude" },
             message: #"environment dev: models.chatModelID = "claude" is invalid; must be a Bedrock model id such as amazon.titan-embed-text-v2:0"#),
        Case(change: { $0.logRetentionDays = 10 },
             message: "environment dev: logRetentionDays = 10 is invalid; CloudWatch accepts 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653"),
        Case(change: { $0.database.capacity = .provisioned(readMin: 10, readMax: 5, writeMin: 1, writeMax: 1) },
             message: "environment dev: database.capacity.read = 10-5 is invalid; needs 1 <= min <= max"),
        Case(change: { $0.protection.waf = true; $0.protection.wafRateLimitPer5Min = 5 },
             message: "environment dev: protection.wafRateLimitPer5Min = 5 is invalid; WAF rate-based rules take 10-2000000000"),
        Case(change: { $0.protection.disasterRecovery = true; $0.protection.drRegion = "eu-west-1"; $0.protection.backupRetentionDays = 7 },
             message: #"environment dev: protection.drRegion = "eu-west-1" is invalid; must be a region other than eu-west-1"#),
        Case(change: { $0.protection.noncurrentVersionDays = 0 },
             message: "environment dev: protection.noncurrentVersionDays = 0 is invalid; must be 1-3650 days"),
        Case(change: { $0.alarms.dlqDepth = 0 }, message: "environment dev: alarms.dlqDepth = 0 is invalid; alarm thresholds must be at least 1"),
        Case(change: { $0.alarms.email = "oncall" }, message: #"environment dev: alarms.email = "oncall" is invalid; must be an e-mail address or empty"#),
        Case(change: { $0.tracing.samplingRate = 0 },
             message: "environment dev: tracing.samplingRate = 0.0 is invalid; X-Ray sampling rates are fractions above 0 and at most 1"),
        Case(change: { $0.tracing.samplingRate = 1.5 },
             message: "environment dev: tracing.samplingRate = 1.5 is invalid; X-Ray sampling rates are fractions above 0 and at most 1"),
        Case(change: { $0.tracing.chatP95AlarmMs = 30_000 },
             message: "environment dev: tracing.chatP95AlarmMs = 30000 is invalid; must be 1-29000 ms (at most the chat timeout)"),
        Case(change: { $0.tags.owner = "" }, message: #"environment dev: tags.owner = "" is invalid; tag values must be 1-256 characters"#),
        Case(change: { $0.monthlyBudgetUSD = 0 }, message: "environment dev: monthlyBudgetUSD = 0 is invalid; must be 1-1000000 US dollars"),
        Case(change: { $0.options.cacheMaxStorageGB = 0 },
             message: "environment dev: options.cacheMaxStorageGB = 0 is invalid; ElastiCache Serverless stores 1-5000 GB"),
        Case(change: { $0.options.cacheMaxECPUPerSecond = 10 },
             message: "environment dev: options.cacheMaxECPUPerSecond = 10 is invalid; ElastiCache Serverless takes 1000-15000000 ECPUs per second"),
        Case(change: { $0.options.auroraMaxACU = 300 },
             message: "environment dev: options.auroraMaxACU = 300 is invalid; Aurora Serverless v2 scales to 1-256 ACUs"),
        Case(change: { $0.options.rerankModelID = "rerank" },
             message: #"environment dev: options.rerankModelID = "rerank" is invalid; must be a Bedrock model id such as amazon.rerank-v1:0"#),
    ]

    @Test(arguments: cases)
    func invalidSettingIsOneLineNamingEnvironmentSettingValueAndLimit(_ testCase: Case) {
        var config = Environments.dev
        testCase.change(&config)
        #expect(throws: (any Error).self) { try config.validate() }
        do {
            try config.validate()
        } catch {
            #expect(error.description == testCase.message)
        }
    }

    @Test func everyShippedEnvironmentIsValid() throws {
        for config in Environments.all { try config.validate() }
    }

    @Test func unknownEnvironmentListsTheValidOnes() {
        #expect(ConfigurationError.unknownEnvironment(name: "prd", known: Environments.names).description
            == #"unknown environment "prd"; expected one of: demo, dev, prod, qa, staging"#)
    }
}
