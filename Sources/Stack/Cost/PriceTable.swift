import Foundation

/// One list price: `usd` for every `per` units of `unit`, read from the AWS price page `page`,
/// with what the figure rests on (`check`).
///
///     let requests = Price(0.20, per: 1_000_000, "requests", item: "Lambda requests",
///                          page: "https://aws.amazon.com/lambda/pricing/", check: .notFound("..."))
///     requests.cost(3_000_000)   // 0.60
public struct Price: Sendable, Hashable {
    public var usd: Double
    public var per: Double
    /// The unit the estimate counts usage in (`requests`, `GB-seconds`).
    public var unit: String
    /// What is priced, for people: `Lambda requests`; the cost report's footer names unverified
    /// prices by it.
    public var item: String
    public var page: String
    public var check: PriceCheck

    public init(_ usd: Double, per: Double = 1, _ unit: String, item: String, page: String, check: PriceCheck) {
        self.usd = usd
        self.per = per
        self.unit = unit
        self.item = item
        self.page = page
        self.check = check
    }

    /// What `quantity` units cost, in US dollars.
    public func cost(_ quantity: Double) -> Double { quantity / per * usd }

    public var isVerified: Bool { check.isVerified }
}

/// A Bedrock model's on-demand prices: input tokens, and output tokens for text models
/// (embedding models have none).
public struct ModelPrice: Sendable, Hashable {
    public var input: Price
    public var output: Price?

    public init(input: Price, output: Price? = nil) {
        self.input = input
        self.output = output
    }
}

/// The list prices the cost estimate uses, for one region, with the date they were checked.
///
/// Every entry is the first (smallest-volume) tier of the on-demand price, without free tiers,
/// savings plans or reserved capacity, and names its page and what it rests on (``PriceCheck``).
/// The value synth uses is ``PriceTable/euWest1`` in `Prices.swift`.
public struct PriceTable: Sendable, Hashable {
    public var region: String
    /// When the prices were checked against the pages (ISO 8601).
    public var asOf: String
    /// How the table was made and how to update it.
    public var note: String

    // Lambda (arm64, which every function of the stack uses).
    public var lambdaRequests: Price
    public var lambdaGBSeconds: Price
    public var lambdaProvisionedGBSeconds: Price
    // API Gateway HTTP API.
    public var httpAPIRequests: Price
    // DynamoDB Standard table class.
    public var dynamoWriteRequestUnits: Price
    public var dynamoReadRequestUnits: Price
    public var dynamoWriteCapacityUnitHours: Price
    public var dynamoReadCapacityUnitHours: Price
    // S3 Standard.
    public var s3Storage: Price
    public var s3PutRequests: Price
    public var s3GetRequests: Price
    /// Bedrock on-demand prices by model id.
    public var bedrock: [String: ModelPrice]
    // CloudWatch Logs (Standard log class).
    public var logsIngestion: Price
    public var logsStorage: Price
    // KMS.
    public var kmsKeys: Price
    public var kmsRequests: Price
    // WAF (CloudFront scope).
    public var wafWebACLs: Price
    public var wafRules: Price
    public var wafRequests: Price
    // CloudFront, Europe price class.
    public var cloudFrontRequests: Price
    public var cloudFrontDataOut: Price
    // SQS standard queues.
    public var sqsRequests: Price
    // OpenSearch Serverless (the `openSearchServerless` vector store).
    public var openSearchIndexingOCUHours: Price
    public var openSearchSearchOCUHours: Price
    public var openSearchStorage: Price
    // Aurora PostgreSQL Serverless v2, Aurora Standard storage (the `auroraPgvector` vector store).
    public var auroraACUHours: Price
    public var auroraStorage: Price
    public var auroraIORequests: Price
    // ElastiCache Serverless for Valkey (the cache).
    public var valkeyStorageGBHours: Price
    public var valkeyECPUs: Price
    // PrivateLink interface endpoints (the functions' VPC).
    public var interfaceEndpointHours: Price
    public var interfaceEndpointData: Price
    /// Bedrock rerank models by model id, per query.
    public var rerank: [String: Price]
    /// The region the replica prices below are for (disaster recovery).
    public var replicaRegion: String
    // S3 replication into the DR region: transfer out of the primary region, Replication Time
    // Control, and the replica bucket's storage and PUTs in `replicaRegion`.
    public var s3InterRegionTransfer: Price
    public var s3ReplicationTimeControl: Price
    public var s3ReplicaStorage: Price
    public var s3ReplicaPutRequests: Price
    // AWS Backup of the DynamoDB table: warm storage here, the copy's transfer and its storage
    // in `replicaRegion`.
    public var backupDynamoStorage: Price
    public var backupCopyTransfer: Price
    public var backupReplicaStorage: Price
    // Observability: X-Ray traces, CloudWatch dashboards and alarms, and CloudWatch
    // cross-account observability (Observability Access Manager sinks and links). Not in the
    // estimate yet; priced here for the monitoring account and the X-Ray resources.
    public var xrayTracesRecorded: Price
    public var xrayTracesRetrieved: Price
    public var dashboards: Price
    public var standardAlarms: Price
    public var crossAccountMetricsAndLogs: Price
    public var crossAccountFirstTraceCopy: Price

    /// Every price in the table, in declaration order (per-model prices by model id), read by
    /// reflection so that a price added as a stored property cannot be left out of the checks.
    public var items: [Price] {
        func model(_ price: ModelPrice) -> [Price] { [price.input] + (price.output.map { [$0] } ?? []) }
        return Mirror(reflecting: self).children.flatMap { child -> [Price] in
            switch child.value {
            case let price as Price: return [price]
            case let models as [String: ModelPrice]: return models.sorted { $0.key < $1.key }.flatMap { model($0.value) }
            case let prices as [String: Price]: return prices.sorted { $0.key < $1.key }.map(\.value)
            default: return []
            }
        }
    }

    /// The prices whose figure no stored copy of their page confirmed.
    public var unverified: [Price] { UnverifiedPrices.shared.of(self) }

    /// Every price page the table was read from, sorted.
    public var sources: [String] { Set(items.map(\.page)).sorted() }
}

/// The unverified prices of each table asked about: reading a table's prices goes through
/// `Mirror` (about a million instructions), and every environment's estimate asks about the
/// same table.
private final class UnverifiedPrices: @unchecked Sendable {
    static let shared = UnverifiedPrices()
    private let lock = NSLock()
    private var byTable: [PriceTable: [Price]] = [:]

    func of(_ table: PriceTable) -> [Price] {
        lock.lock()
        if let known = byTable[table] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let prices = table.items.filter { !$0.isVerified }
        lock.lock()
        byTable[table] = prices
        lock.unlock()
        return prices
    }
}
