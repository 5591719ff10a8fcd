/// The checklist's enterprise options; each costs money, so each is off unless an environment
/// turns it on.
public struct EnterpriseOptions: Sendable, Hashable {
    /// Where document vectors live.
    public enum VectorStore: String, Sendable, Hashable {
        /// JSON vectors in the S3 bucket (default; fine below ~100k documents / 1M vectors).
        case s3
        /// An OpenSearch Serverless vector collection.
        case openSearchServerless = "opensearch-serverless"
        /// Aurora PostgreSQL Serverless v2 with pgvector.
        case auroraPgvector = "aurora-pgvector"
    }

    public var vectorStore: VectorStore
    /// ElastiCache Serverless (Valkey) for query embeddings and top-k results; puts the
    /// functions in a VPC with endpoints.
    public var cache: Bool
    /// A Bedrock rerank model id, for example `amazon.rerank-v1:0`; `nil` turns re-ranking off.
    public var rerankModelID: String?
    /// Tier-based limits (free, pro, enterprise).
    public var tiers: Bool

    public init(vectorStore: VectorStore = .s3, cache: Bool = false, rerankModelID: String? = nil, tiers: Bool = false) {
        self.vectorStore = vectorStore
        self.cache = cache
        self.rerankModelID = rerankModelID
        self.tiers = tiers
    }
}
