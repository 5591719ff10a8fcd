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

    public init() {}

    /// The assumptions `synth cost` uses.
    public static let standard = CostAssumptions()
}
