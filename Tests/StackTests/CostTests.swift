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

    // MARK: Enterprise options and disaster recovery

    typealias Service = CostEstimate.Service
    /// The lines an option or disaster recovery can add.
    static let optionServices = [Service.quotaTable, Service.openSearch, Service.aurora, Service.elastiCache,
                                 Service.vpcEndpoints, Service.s3Replication, Service.backup]

    /// The services `config` has beyond those of the same config with every option and DR off.
    static func added(_ config: EnvironmentConfig) -> Set<String> {
        var plain = config
        plain.options = EnterpriseOptions()
        plain.protection.disasterRecovery = false
        return Set(CostEstimate.estimate(config).lines.map(\.service)).subtracting(CostEstimate.estimate(plain).lines.map(\.service))
    }

    /// Without standby replicas: 0.5 indexing + 0.5 search OCU × 720 h = 360 + 360 OCU-hours × 0.24
    /// = 172.80, plus 10 GB × 0.024 = 0.24. No VPC: the functions reach the collection publicly.
    @Test func openSearchServerlessAtHalfOCUs() {
        let config = Self.config { $0.options.vectorStore = .openSearchServerless }
        let line = CostEstimate.estimate(config).line(Service.openSearch)
        #expect(Self.quantities(line) == [360, 360, 10])
        #expect(line?.cents == 17304)
        #expect(Self.added(config) == [Service.openSearch])
    }

    /// With disaster recovery the collection has standby replicas: 1 + 1 OCU × 720 h × 0.24 = 345.60, plus 0.24.
    @Test func openSearchServerlessWithStandbyReplicas() {
        let line = CostEstimate.estimate(Self.config {
            $0.options.vectorStore = .openSearchServerless
            $0.protection.disasterRecovery = true
        }).line(Service.openSearch)
        #expect(Self.quantities(line) == [720, 720, 10])
        #expect(line?.cents == 34584)
    }

    /// 0.5 + 25 % × (4 − 0.5) = 1.375 ACU × 720 h = 990 ACU-hours × 0.13 = 128.70; 10 GB × 0.11 = 1.10;
    /// 30,000 × 20 + 3,000 × 100 = 900,000 I/Os × 0.22 / 1M = 0.198. Total 129.998 → 130.00.
    @Test func auroraServerlessACUsStorageAndIO() {
        let config = Self.config { $0.options.vectorStore = .auroraPgvector }
        let line = CostEstimate.estimate(config).line(Service.aurora)
        #expect(Self.quantities(line) == [990, 10, 900_000])
        #expect(line?.cents == 13000)
        #expect(Self.added(config) == [Service.aurora, Service.vpcEndpoints])
        // The maximum scales the average: 0.5 + 25 % × 15.5 = 4.375 ACU × 720 h = 3,150 ACU-hours.
        let bigger = CostEstimate.estimate(Self.config { $0.options.vectorStore = .auroraPgvector; $0.options.auroraMaxACU = 16 })
        #expect(Self.quantities(bigger.line(Service.aurora)).first == 3_150)
    }

    /// 5 % of 5 GB = 0.25 GB × 720 h = 180 GB-hours × 0.0917 = 16.506; 30,000 × 10 ECPUs = 300,000 × 0.0025 / 1M.
    @Test func elastiCacheStorageAndECPUs() {
        let config = Self.config { $0.options.cache = true }
        let line = CostEstimate.estimate(config).line(Service.elastiCache)
        #expect(Self.quantities(line) == [180, 300_000])
        #expect(line?.cents == 1651)
        #expect(Self.added(config) == [Service.elastiCache, Service.vpcEndpoints])
        // Valkey bills at least 100 MB: 5 % of 1 GB is 0.05, billed as 0.1 GB × 720 h = 72 GB-hours × 0.0917 = 6.60.
        let small = CostEstimate.estimate(Self.config { $0.options.cache = true; $0.options.cacheMaxStorageGB = 1 }).line(Service.elastiCache)
        #expect(Self.quantities(small) == [72, 300_000])
        #expect(small?.cents == 660)
    }

    /// 6 interface services × 2 AZs × 720 h = 8,640 endpoint-AZ-hours × 0.011 = 95.04; 30,000 × 20 KB +
    /// 3,000 × 100 KB = 900,000 KB = 0.86 GB × 0.01. Re-ranking adds bedrock-agent-runtime, OpenSearch its own endpoint.
    @Test func vpcInterfaceEndpoints() {
        let line = CostEstimate.estimate(Self.config { $0.options.cache = true }).line(Service.vpcEndpoints)
        #expect(Self.quantities(line) == [8_640, 900_000 / 1_048_576])
        #expect(line?.cents == 9505)
        let rerank = CostEstimate.estimate(Self.config { $0.options.cache = true; $0.options.rerankModelID = "amazon.rerank-v1:0" })
        #expect(Self.quantities(rerank.line(Service.vpcEndpoints)).first == 10_080)
        let openSearch = CostEstimate.estimate(Self.config { $0.options.cache = true; $0.options.vectorStore = .openSearchServerless })
        #expect(Self.quantities(openSearch.line(Service.vpcEndpoints)).first == 10_080)
    }

    /// Amazon Rerank: 30,000 queries × 1.00 / 1,000 = 30.00, a Bedrock line of its own.
    @Test func rerankPerThousandQueries() {
        let config = Self.config { $0.options.rerankModelID = "amazon.rerank-v1:0" }
        let line = CostEstimate.estimate(config).line("Bedrock amazon.rerank-v1:0")
        #expect(Self.quantities(line) == [30_000])
        #expect(line?.cents == 3000)
        #expect(Self.added(config) == ["Bedrock amazon.rerank-v1:0"])
        let unknown = CostEstimate.estimate(Self.config { $0.options.rerankModelID = "example.rerank-v1:0" })
        #expect(unknown.line("Bedrock example.rerank-v1:0") == nil)
        #expect(unknown.notes == ["no price for Bedrock rerank model example.rerank-v1:0 in the price table; its queries are not in the estimate"])
    }

    /// One conditional write and one read per request, on demand: 30,000 × 0.7068 / 1M + 30,000 × 0.1415 / 1M = 0.0254.
    @Test func tierQuotaTable() {
        let config = Self.config { $0.options.tiers = true }
        let line = CostEstimate.estimate(config).line(Service.quotaTable)
        #expect(Self.quantities(line) == [30_000, 30_000])
        #expect(line?.cents == 3)
        #expect(Self.added(config) == [Service.quotaTable])
    }

    /// Blue/green releases use CodeDeploy, which is free for Lambda: no line.
    @Test func blueGreenAddsNothing() {
        #expect(Self.added(Self.config { $0.options.blueGreen = true }).isEmpty)
    }

    /// S3: 3,000 documents × 100 KB = 0.286 GB × (0.02 + 0.015) = 0.0100, 10 GB × 0.0245 = 0.245 and
    /// 6,000 replica PUTs × 0.0054 / 1K = 0.0324 → 0.29. Backup: 1 GB × 35 days = 35 GB-months × 0.11
    /// = 3.85 here and × 0.12 = 4.20 in the DR vault, 30 daily copies × 1 GB × 0.02 = 0.60 → 8.65.
    @Test func disasterRecoveryReplicationAndBackup() {
        let config = Self.config {
            $0.protection.disasterRecovery = true
            $0.protection.backupRetentionDays = 35
        }
        let estimate = CostEstimate.estimate(config)
        let replication = estimate.line(Service.s3Replication)
        // Typed apart: as one literal in the #expect, this line took the compiler about 5 s.
        let replicaGB: Double = 300_000 / 1_048_576
        let expectedQuantities: [Double] = [replicaGB, replicaGB, 10, 6_000]
        #expect(Self.quantities(replication) == expectedQuantities)
        #expect(replication?.cents == 29)
        let backup = estimate.line(Service.backup)
        #expect(Self.quantities(backup) == [35, 30, 35])
        #expect(backup?.cents == 865)
        #expect(Self.added(config) == [Service.s3Replication, Service.backup])
        #expect(estimate.notes.isEmpty)
        let elsewhere = CostEstimate.estimate(Self.config { $0.protection.disasterRecovery = true; $0.protection.drRegion = "eu-north-1" })
        #expect(elsewhere.notes == ["replica prices are eu-central-1 list prices; the DR region is eu-north-1"])
    }

    /// With every option and disaster recovery off, none of their lines appears; in the five
    /// environments each appears exactly where its switch is on, and nothing is "not in the estimate".
    @Test func optionsArePricedOnlyWhereOn() {
        let plain = CostEstimate.estimate(Self.config())
        #expect(Self.optionServices.allSatisfy { plain.line($0) == nil })
        #expect(plain.lines.allSatisfy { !$0.service.contains("rerank") })
        for config in Environments.all {
            let estimate = CostEstimate.estimate(config)
            let options = config.options
            let has = { (service: String) in estimate.line(service) != nil }
            #expect(has(Service.quotaTable) == options.tiers, "\(config.name)")
            #expect(has(Service.openSearch) == (options.vectorStore == .openSearchServerless), "\(config.name)")
            #expect(has(Service.aurora) == (options.vectorStore == .auroraPgvector), "\(config.name)")
            #expect(has(Service.elastiCache) == options.cache, "\(config.name)")
            #expect(has(Service.vpcEndpoints) == options.needsVPC, "\(config.name)")
            #expect(has(Service.s3Replication) == config.protection.disasterRecovery, "\(config.name)")
            #expect(has(Service.backup) == config.protection.disasterRecovery, "\(config.name)")
            #expect(estimate.notes.allSatisfy { !$0.contains("not in the estimate") }, "\(config.name)")
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

    /// Which page and copy each price rests on is tested in `PriceSourcesTests`.
    @Test func priceTableNamesItsRegionAndDate() {
        let table = PriceTable.euWest1
        #expect(table.region == "eu-west-1")
        #expect(table.replicaRegion == "eu-central-1")
        #expect(table.asOf == "2026-12")
        #expect(table.sources.allSatisfy { $0.hasPrefix("https://aws.amazon.com/") && $0.contains("/pricing/") })
    }
}
