import Testing
import TerraformCore
@testable import Stack

@Suite struct CostTests {
    /// `Environments.dev` renamed, with the usage and sizing these tests compute by hand.
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

    static func quantities(_ line: CostEstimate.Line?) -> [Double] { line?.usage.map(\.amount) ?? [] }

    // MARK: Arithmetic

    /// 30,000 chat requests × 2.5 s × 1 GB + 3,000 documents × 5 s × 2 GB = 105,000 GB-s;
    /// 105,000 × 0.0000133334 + 33,000 requests × 0.20 / 1M = 1.4066 → 1.41.
    @Test func lambdaGBSecondsAndRequests() {
        let lambda = CostEstimate.estimate(Self.config()).line(CostEstimate.Service.lambda)
        #expect(Self.quantities(lambda) == [33_000, 105_000])
        #expect(lambda?.cents == 141)
    }

    /// 2 provisioned × 1 GB × 720 h × 3600 s = 5,184,000 GB-s × 0.0000033334 = 17.28, plus 1.41.
    @Test func provisionedConcurrencyIsBilledAllMonth() {
        let lambda = CostEstimate.estimate(Self.config { $0.lambda.provisionedConcurrency = 2 }).line(CostEstimate.Service.lambda)
        #expect(Self.quantities(lambda) == [33_000, 105_000, 5_184_000])
        #expect(lambda?.cents == 1869)
    }

    /// 45M input tokens × 0.00025 / 1K + 12M output tokens × 0.00125 / 1K = 11.25 + 15.00;
    /// embeddings: 3,000 documents × 5,000 + 30,000 queries × 100 = 18M tokens × 0.00002 / 1K = 0.36.
    @Test func bedrockTokensPerModel() {
        let estimate = CostEstimate.estimate(Self.config())
        let chat = estimate.line("Bedrock anthropic.claude-3-haiku-20240307-v1:0")
        #expect(Self.quantities(chat) == [45_000_000, 12_000_000])
        #expect(chat?.cents == 2625)
        let embedding = estimate.line("Bedrock amazon.titan-embed-text-v2:0")
        #expect(Self.quantities(embedding) == [18_000_000])
        #expect(embedding?.cents == 36)
    }

    /// On demand: 33,000 writes × 0.7068 / 1M + 30,000 reads × 0.1415 / 1M = 0.0276 → 0.03.
    @Test func dynamoDBOnDemandRequestUnits() {
        let table = CostEstimate.estimate(Self.config()).line(CostEstimate.Service.dynamoDB)
        #expect(Self.quantities(table) == [33_000, 30_000])
        #expect(table?.cents == 3)
    }

    /// Provisioned: the minimum when the load is low (5 × 720 h), more when it needs more:
    /// 864,000 requests a day are 10 writes/s, at 70 % utilization 15 units (× 720 h).
    @Test func dynamoDBProvisionedCapacityHours() {
        let low = CostEstimate.estimate(Self.config { $0.database.capacity = .provisioned(readMin: 5, readMax: 50, writeMin: 5, writeMax: 50) })
        #expect(Self.quantities(low.line(CostEstimate.Service.dynamoDB)) == [3_600, 3_600])
        #expect(low.line(CostEstimate.Service.dynamoDB)?.cents == 318)   // 3,600 × (0.000735 + 0.000147) = 3.1752
        let busy = CostEstimate.estimate(Self.config {
            $0.database.capacity = .provisioned(readMin: 5, readMax: 50, writeMin: 5, writeMax: 50)
            $0.usage.requestsPerDay = 864_000
            $0.usage.documentsIngestedPerDay = 0
        })
        #expect(Self.quantities(busy.line(CostEstimate.Service.dynamoDB)) == [10_800, 10_800])
    }

    /// 10 GB × 0.023 + 6,000 PUTs × 0.005 / 1K + (300,000 + 3,000) GETs × 0.0004 / 1K = 0.23 + 0.03 + 0.1212.
    @Test func s3StorageAndRequests() {
        let s3 = CostEstimate.estimate(Self.config()).line(CostEstimate.Service.s3)
        #expect(Self.quantities(s3) == [10, 6_000, 303_000])
        #expect(s3?.cents == 38)
    }

    /// 2 GB × 0.57 ingested + 2 GB kept 30 days = 2 GB-months × 0.03 = 1.14 + 0.06.
    @Test func cloudWatchLogsIngestionAndRetention() {
        let logs = CostEstimate.estimate(Self.config()).line(CostEstimate.Service.cloudWatchLogs)
        #expect(Self.quantities(logs) == [2, 2])
        #expect(logs?.cents == 120)
    }

    @Test func wafAndCloudFrontOnlyWhereWAFIsOn() {
        for config in Environments.all {
            let estimate = CostEstimate.estimate(config)
            #expect((estimate.line(CostEstimate.Service.waf) != nil) == config.protection.waf, "\(config.name)")
            #expect((estimate.line(CostEstimate.Service.cloudFront) != nil) == config.protection.waf, "\(config.name)")
        }
        let protected = Environments.all.filter { CostEstimate.estimate($0).line(CostEstimate.Service.waf) != nil }.map(\.name)
        #expect(protected == ["prod"])
        // 1 web ACL × 5 + 4 rules × 1 + 30,000 requests × 0.60 / 1M = 9.018 → 9.02.
        let waf = CostEstimate.estimate(Self.config { $0.protection.waf = true }).line(CostEstimate.Service.waf)
        #expect(Self.quantities(waf) == [1, 4, 30_000])
        #expect(waf?.cents == 902)
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

    @Test func everyEnvironmentIsFullyPriced() {
        for config in Environments.all {
            #expect(CostEstimate.estimate(config).notes.allSatisfy { !$0.hasPrefix("no price") }, "\(config.name)")
        }
    }

    @Test func unpricedModelIsANoteNotALine() {
        let estimate = CostEstimate.estimate(Self.config { $0.models.chatModelID = "example.unknown-v1:0" })
        #expect(estimate.line("Bedrock example.unknown-v1:0") == nil)
        #expect(estimate.notes == ["no price for Bedrock model example.unknown-v1:0 in the price table; its tokens are not in the estimate"])
    }

    @Test func priceTableNamesItsSourcesAndDate() {
        let table = PriceTable.euWest1
        #expect(table.region == "eu-west-1")
        #expect(table.asOf == "2025-01")
        #expect(!table.sources.isEmpty)
        #expect(table.sources.allSatisfy { $0.hasPrefix("https://aws.amazon.com/") && $0.contains("/pricing/") })
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
                  "total": 37.12
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
                  "total": 1354.39
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
