/// What the cost estimate assumes beyond each environment's `usage` settings. Every number
/// here is a guess about the handlers' behaviour; change one and the estimate follows.
public struct CostAssumptions: Sendable, Hashable {
    /// Days in a billing month.
    public var daysPerMonth: Double = 30
    /// Average chat function duration: retrieval plus a streamed Bedrock answer.
    public var chatDurationSeconds: Double = 2.5
    /// Average ingest function duration per document: read, chunk, embed, write vectors.
    public var ingestDurationSeconds: Double = 5
    /// Tokens embedded per ingested document (about 20 KB of text).
    public var tokensPerDocument: Double = 5_000
    /// Tokens embedded per chat request: the question, not the retrieved context.
    public var queryEmbeddingTokens: Double = 100
    /// Cost-table writes and reads per chat request (record usage, read the tenant's usage).
    public var tableWritesPerRequest: Double = 1
    public var tableReadsPerRequest: Double = 1
    /// Cost-table writes per ingested document.
    public var tableWritesPerDocument: Double = 1
    /// Provisioned tables scale to keep consumed capacity at this share of provisioned capacity.
    public var tableTargetUtilization: Double = 0.7
    /// Vector objects read per chat request (top-k retrieval from the tenant's prefixes).
    public var vectorReadsPerRequest: Double = 10
    /// S3 PUTs per ingested document (the upload and its vectors) and GETs (reading the upload).
    public var putsPerDocument: Double = 2
    public var getsPerDocument: Double = 1
    /// KMS requests per chat request and per document (S3 bucket keys and the SDK's data-key
    /// caching keep these low).
    public var kmsRequestsPerRequest: Double = 1
    public var kmsRequestsPerDocument: Double = 2
    /// Customer managed keys per environment (the storage module's one key).
    public var kmsKeys: Double = 1
    /// WAF rules: the rate limit and three AWS managed rule groups.
    public var wafRules: Double = 4
    /// Average response size through CloudFront, in KB.
    public var responseKB: Double = 4
    /// Share of ingest invocations that fail into the dead-letter queue, and the SQS requests
    /// each such message costs (send, receive, delete).
    public var deadLetterShare: Double = 0.01
    public var sqsRequestsPerMessage: Double = 3

    // Enterprise options and disaster recovery (priced only where an environment turns them on).

    // OpenSearch Serverless runs at its minimum all month: 0.5 indexing + 0.5 search OCU without
    // standby replicas, 1 + 1 with them; the load is assumed not to scale it further.

    /// Aurora Serverless v2: average capacity as a share of the way from the module's minimum
    /// (0.5 ACU) to `options.auroraMaxACU`.
    public var auroraUtilization: Double = 0.25
    /// Aurora I/O requests per chat request (HNSW pages missing the buffer cache) and per
    /// ingested document (its chunk rows and index pages).
    public var auroraIOsPerRequest: Double = 20
    public var auroraIOsPerDocument: Double = 100
    /// Average data in the cache as a share of `options.cacheMaxStorageGB` (Valkey bills at
    /// least 0.1 GB).
    public var cacheStorageShare: Double = 0.05
    /// ECPUs per chat request: GETs of the embedding and top-k keys, a SET on a miss, 1 ECPU per KB.
    public var cacheECPUsPerRequest: Double = 10
    /// Data through the interface endpoints, in KB, per chat request (Bedrock, KMS, logs) and per
    /// ingested document (embedding calls); S3 and DynamoDB use the free gateway endpoints.
    public var endpointKBPerRequest: Double = 20
    public var endpointKBPerDocument: Double = 100
    /// Quota-table requests per chat request: one read and one conditional write (`tiers`).
    public var quotaReadsPerRequest: Double = 1
    public var quotaWritesPerRequest: Double = 1
    /// Rerank queries per chat request (the top-k, well under 100 documents, is one query).
    public var rerankQueriesPerRequest: Double = 1
    /// KB written to the vector bucket per ingested document (the upload and its vector JSON),
    /// all of it replicated to the DR region.
    public var replicatedKBPerDocument: Double = 100
    /// Size of the cost table in GB. Each daily AWS Backup recovery point of a DynamoDB table is
    /// a full copy, so each vault holds this times the retention in days.
    public var costTableGB: Double = 1

    public init() {}

    /// The assumptions `synth cost` uses.
    public static let standard = CostAssumptions()
}
