/// The checklist's enterprise options; each costs money, so each is off unless an environment
/// turns it on.
///
/// What each option adds to `environments/<env>` (and which `modules-out/` module it calls):
///
/// | option | module | adds |
/// | --- | --- | --- |
/// | `vectorStore: .openSearchServerless` | `vector_opensearch` | VECTORSEARCH collection, encryption/network/data access policies, `aoss:APIAccessAll` on the collection |
/// | `vectorStore: .auroraPgvector` | `network`, `vector_aurora` | Aurora PostgreSQL Serverless v2 in private subnets, IAM auth, managed master secret, `rds-db:connect` per function user |
/// | `cache: true` | `network`, `cache` | ElastiCache Serverless (Valkey), VPC with endpoints, functions in the VPC |
/// | `rerankModelID` | (lambda, policies) | `RERANK_MODEL_ID`, `bedrock:InvokeModel` on that model, `bedrock:Rerank` |
/// | `tiers: true` | `tiers` | Cognito tier groups, the quota table, the tier-limits parameter, the chat grants |
/// | `blueGreen: true` | `blue_green` | CodeDeploy canary of the chat function's `live` alias with alarm rollback |
public struct EnterpriseOptions: Sendable, Hashable {
    /// Where document vectors live.
    ///
    /// S3 is right until the checklist's trigger thresholds: more than 100k documents or more
    /// than 1M vectors (per environment). Beyond them a brute-force scan of S3 JSON vectors is too
    /// slow and too many GETs; move to an approximate-nearest-neighbour index.
    public enum VectorStore: String, Sendable, Hashable, CaseIterable {
        /// JSON vectors in the S3 bucket (default; fine below ~100k documents / 1M vectors).
        case s3
        /// An OpenSearch Serverless vector collection.
        case openSearchServerless = "opensearch-serverless"
        /// Aurora PostgreSQL Serverless v2 with pgvector.
        case auroraPgvector = "aurora-pgvector"
    }

    /// The documents and vectors above which S3 stops being the right vector store.
    public static let managedVectorStoreThreshold = (documents: 100_000, vectors: 1_000_000)

    public var vectorStore: VectorStore
    /// ElastiCache Serverless (Valkey) for query embeddings and top-k results; puts the
    /// functions in a VPC with endpoints.
    public var cache: Bool
    /// A Bedrock rerank model id, for example `amazon.rerank-v1:0`; `nil` turns re-ranking off.
    public var rerankModelID: String?
    /// Tier-based limits (free, pro, enterprise).
    public var tiers: Bool
    /// Blue/green (canary) releases of the chat function through CodeDeploy, rolled back by the
    /// chat-errors and API-5xx alarms. Terraform then publishes versions but leaves the `live`
    /// alias where CodeDeploy put it (see `synth pipeline`).
    public var blueGreen: Bool
    /// Usage caps of the cache: stored data in GB and ElastiCache processing units per second.
    public var cacheMaxStorageGB: Int
    public var cacheMaxECPUPerSecond: Int
    /// Upper bound of Aurora Serverless v2 capacity, in ACUs.
    public var auroraMaxACU: Int

    public init(vectorStore: VectorStore = .s3, cache: Bool = false, rerankModelID: String? = nil, tiers: Bool = false,
                blueGreen: Bool = false, cacheMaxStorageGB: Int = 5, cacheMaxECPUPerSecond: Int = 5_000, auroraMaxACU: Int = 4) {
        self.vectorStore = vectorStore
        self.cache = cache
        self.rerankModelID = rerankModelID
        self.tiers = tiers
        self.blueGreen = blueGreen
        self.cacheMaxStorageGB = cacheMaxStorageGB
        self.cacheMaxECPUPerSecond = cacheMaxECPUPerSecond
        self.auroraMaxACU = auroraMaxACU
    }

    /// Whether the functions run in a VPC: the cache and Aurora are reachable only from inside one.
    public var needsVPC: Bool { cache || vectorStore == .auroraPgvector }
}
