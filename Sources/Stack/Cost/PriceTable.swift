/// One list price: `usd` for every `per` units of `unit`, read from the AWS price page `page`.
///
///     let requests = Price(0.20, per: 1_000_000, "requests", page: "https://aws.amazon.com/lambda/pricing/")
///     requests.cost(3_000_000)   // 0.60
public struct Price: Sendable, Hashable {
    public var usd: Double
    public var per: Double
    public var unit: String
    public var page: String

    public init(_ usd: Double, per: Double = 1, _ unit: String, page: String) {
        self.usd = usd
        self.per = per
        self.unit = unit
        self.page = page
    }

    /// What `quantity` units cost, in US dollars.
    public func cost(_ quantity: Double) -> Double { quantity / per * usd }
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

/// The list prices the cost estimate uses, for one region, with the date they were read.
///
/// Every entry is the first (smallest-volume) tier of the on-demand price, without free tiers,
/// savings plans or reserved capacity. The value synth uses is ``PriceTable/euWest1``
/// in `Prices.swift`.
public struct PriceTable: Sendable, Hashable {
    public var region: String
    /// When the prices were read from the pages (ISO 8601).
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

    /// Every price page the table was read from, sorted.
    public var sources: [String] {
        let fixed = [lambdaRequests, lambdaGBSeconds, lambdaProvisionedGBSeconds, httpAPIRequests,
                     dynamoWriteRequestUnits, dynamoReadRequestUnits, dynamoWriteCapacityUnitHours, dynamoReadCapacityUnitHours,
                     s3Storage, s3PutRequests, s3GetRequests, logsIngestion, logsStorage, kmsKeys, kmsRequests,
                     wafWebACLs, wafRules, wafRequests, cloudFrontRequests, cloudFrontDataOut, sqsRequests,
                     openSearchIndexingOCUHours, openSearchSearchOCUHours, openSearchStorage,
                     auroraACUHours, auroraStorage, auroraIORequests, valkeyStorageGBHours, valkeyECPUs,
                     interfaceEndpointHours, interfaceEndpointData,
                     s3InterRegionTransfer, s3ReplicationTimeControl, s3ReplicaStorage, s3ReplicaPutRequests,
                     backupDynamoStorage, backupCopyTransfer, backupReplicaStorage]
        let models = bedrock.values.flatMap { [$0.input] + ($0.output.map { [$0] } ?? []) }
        return Set((fixed + models + Array(rerank.values)).map(\.page)).sorted()
    }
}
