@testable import Stack
import Testing
import TerraformCore
@testable import Review

/// ``CostReport``, the rendering of cost estimates (`synth cost`), moved here with it from Stack.
@Suite struct CostReportTests {
    /// `Environments.dev` renamed, with the usage and sizing the cost tests compute by hand.
    static func config(_ name: String = "test", _ change: (inout EnvironmentConfig) -> Void = { _ in }) -> EnvironmentConfig {
        var config = Environments.dev
        config.name = name
        config.region = "eu-west-1"
        config.lambda.chatMemoryMB = 1024
        config.lambda.ingestMemoryMB = 2048
        config.lambda.provisionedConcurrency = 0
        config.models.chatModelID = "anthropic.claude-3-haiku-20240307-v1:0"
        config.models.embeddingModelID = "amazon.titan-embed-text-v2:0"
        config.database.capacity = .onDemand
        config.protection.waf = false
        config.protection.disasterRecovery = false
        config.logRetentionDays = 30
        config.usage = UsageAssumptions(requestsPerDay: 1000, inputTokensPerRequest: 1500, outputTokensPerRequest: 400,
                                        documentsIngestedPerDay: 100, storedGB: 10, logGBPerMonth: 2)
        config.monthlyBudgetUSD = 100
        config.options = EnterpriseOptions()
        change(&config)
        return config
    }

    /// The option assumptions are listed only for the services some estimate has.
    @Test func optionAssumptionsFollowTheLines() {
        let dev = CostReport.render([CostEstimate.estimate(Environments.dev)], format: .text)
        #expect(dev.split(separator: "\n").filter { $0.hasPrefix("assumes") }.count == 1)
        let cache = CostReport.render([CostEstimate.estimate(Self.config { $0.options.cache = true })], format: .text)
        #expect(cache.contains("assumes the cache holding 5% of its storage cap, 10 ECPUs per chat; interface endpoints in 2 AZs, "
            + "20 KB through them per chat and 100 KB per document\n"))
    }

    @Test func totalsAddUp() throws {
        for config in Environments.all {
            let estimate = CostEstimate.estimate(config)
            #expect(estimate.totalCents == estimate.lines.map(\.cents).reduce(0, +), "\(config.name)")
            let json = try #require(try JSONParser.parse(CostReport.render([estimate], format: .json))["environments"]?[config.name])
            let services = try #require(json["services"]?.objectValue).values.map { value -> Int in
                if case .decimal(let usd) = value { return Int((usd * 100).rounded()) }
                if case .integer(let usd) = value { return usd * 100 }
                return -1
            }
            let total: Int
            switch json["total"] {
            case .decimal(let usd)?: total = Int((usd * 100).rounded())
            case .integer(let usd)?: total = usd * 100
            default: total = -1
            }
            #expect(services.reduce(0, +) == total, "\(config.name)")
        }
    }


    // MARK: Rendering

    static let hand = CostEstimate(
        environment: "dev", region: "eu-west-1", pricesRegion: "eu-west-1", pricesAsOf: "2025-01", budgetUSD: 100,
        lines: [
            .init(service: "Lambda", cents: 30, usage: [.init(amount: 16_500, unit: "requests"), .init(amount: 22_500, unit: "GB-seconds")]),
            .init(service: "Bedrock example.model-v1:0", cents: 3600, usage: [.init(amount: 24_000_000, unit: "input tokens")]),
            .init(service: "KMS", cents: 82, usage: [.init(amount: 1, unit: "key-months"), .init(amount: 0.25, unit: "stored GB-months")]),
        ],
        notes: [])

    static let handProd = CostEstimate(
        environment: "prod", region: "eu-west-1", pricesRegion: "eu-west-1", pricesAsOf: "2025-01", budgetUSD: 1000,
        lines: [
            .init(service: "Lambda", cents: 10353, usage: []),
            .init(service: "Bedrock other.model-v1:0", cents: 123456, usage: []),
            .init(service: "KMS", cents: 640, usage: []),
            .init(service: "WAF", cents: 990, usage: []),
        ],
        notes: ["disaster recovery is not in the estimate"])

    @Test func singleEnvironmentText() {
        #expect(CostReport.render([Self.hand], format: .text) == """
            dev: estimated monthly cost in USD (eu-west-1 list prices as of 2025-01, 30-day month)

            service                       USD  usage
            Lambda                       0.30  16,500 requests, 22,500 GB-seconds
            Bedrock example.model-v1:0  36.00  24,000,000 input tokens
            KMS                          0.82  1 key-month, 0.25 stored GB-months
            total                       37.12

            budget 100.00, estimate 37.12 (37%)

            assumes 2.5 s per chat and 5 s per ingest invocation, 5,000 tokens per document; no free tiers

            """)
    }

    @Test func singleEnvironmentMarkdown() {
        #expect(CostReport.render([Self.hand], format: .markdown) == """
            dev: estimated monthly cost in USD (eu-west-1 list prices as of 2025-01, 30-day month)

            | service | USD | usage |
            | --- | ---: | --- |
            | Lambda | 0.30 | 16,500 requests, 22,500 GB-seconds |
            | Bedrock example.model-v1:0 | 36.00 | 24,000,000 input tokens |
            | KMS | 0.82 | 1 key-month, 0.25 stored GB-months |
            | **total** | **37.12** |  |

            budget 100.00, estimate 37.12 (37%)

            - assumes 2.5 s per chat and 5 s per ingest invocation, 5,000 tokens per document; no free tiers

            """)
    }

    /// Columns in promotion order whatever the order given; a service missing in one environment is `-`.
    @Test func sideBySideText() {
        #expect(CostReport.render([Self.handProd, Self.hand], format: .text) == """
            estimated monthly cost in USD (eu-west-1 list prices as of 2025-01, 30-day month)

            service                        dev      prod
            Lambda                        0.30    103.53
            Bedrock example.model-v1:0   36.00         -
            Bedrock other.model-v1:0         -  1,234.56
            KMS                           0.82      6.40
            WAF                              -      9.90
            total                        37.12  1,354.39
            budget                      100.00  1,000.00
            % of budget                    37%      135%

            over budget: prod

            note: prod: disaster recovery is not in the estimate
            assumes 2.5 s per chat and 5 s per ingest invocation, 5,000 tokens per document; no free tiers

            """)
    }

    @Test func sideBySideMarkdown() {
        #expect(CostReport.render([Self.handProd, Self.hand], format: .markdown) == """
            estimated monthly cost in USD (eu-west-1 list prices as of 2025-01, 30-day month)

            | service | dev | prod |
            | --- | ---: | ---: |
            | Lambda | 0.30 | 103.53 |
            | Bedrock example.model-v1:0 | 36.00 | - |
            | Bedrock other.model-v1:0 | - | 1,234.56 |
            | KMS | 0.82 | 6.40 |
            | WAF | - | 9.90 |
            | **total** | **37.12** | **1,354.39** |
            | budget | 100.00 | 1,000.00 |
            | % of budget | 37% | 135% |

            over budget: prod

            - note: prod: disaster recovery is not in the estimate
            - assumes 2.5 s per chat and 5 s per ingest invocation, 5,000 tokens per document; no free tiers

            """)
    }

    @Test func json() {
        #expect(CostReport.render([Self.handProd, Self.hand], format: .json) == """
            {
              "currency": "USD",
              "environments": {
                "dev": {
                  "budget": 100,
                  "budgetPercent": 37,
                  "notes": [],
                  "services": {
                    "Bedrock example.model-v1:0": 36,
                    "KMS": 0.82,
                    "Lambda": 0.3
                  },
                  "total": 37.12,
                  "unverifiedPrices": []
                },
                "prod": {
                  "budget": 1000,
                  "budgetPercent": 135,
                  "notes": [
                    "disaster recovery is not in the estimate"
                  ],
                  "services": {
                    "Bedrock other.model-v1:0": 1234.56,
                    "KMS": 6.4,
                    "Lambda": 103.53,
                    "WAF": 9.9
                  },
                  "total": 1354.39,
                  "unverifiedPrices": []
                }
              },
              "pricesAsOf": "2025-01",
              "pricesRegion": "eu-west-1"
            }

            """)
    }

    @Test func budgetLine() {
        #expect(CostReport.budgetLine(Self.hand) == "budget 100.00, estimate 37.12 (37%)")
        #expect(CostReport.budgetLine(Self.handProd) == "budget 1,000.00, estimate 1,354.39 (135%) over budget")
    }

    /// The services of all five environments, in one order: per-model Bedrock lines together.
    @Test func allEnvironmentsShareOneServiceOrder() {
        let lines = CostReport.render(Environments.all.map { CostEstimate.estimate($0) }, format: .text).split(separator: "\n")
        #expect(lines[1].split(separator: " ") == ["service", "dev", "qa", "demo", "staging", "prod"])
        let services = lines.dropFirst(2).prefix { !$0.hasPrefix("total") }.map { $0.split(separator: " ").first! }
        #expect(services.first == "Lambda")
        let bedrock = services.indices.filter { services[$0] == "Bedrock" }
        #expect(bedrock.count == 3)
        #expect(bedrock == Array(bedrock.first!...bedrock.last!))
    }
}