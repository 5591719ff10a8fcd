import AWSResources
import Constructs
import TerraformCore

/// `modules-out/cache`: ElastiCache Serverless (Valkey) for query embeddings and top-k results.
///
/// The cache lives in the network module's private subnets behind the cache security group,
/// which admits only the functions' security group on 6379 (primary) and 6380 (reader). Data is
/// encrypted at rest with the environment's key and in transit (serverless caches require TLS).
/// Usage limits cap the bill: `max_data_storage_gb` and `max_ecpu_per_second`.
///
/// Keys the chat handler writes (documented here because the handler relies on it):
/// - `emb:<sha256 of model id + normalized query>` → the query embedding, TTL 24 h.
/// - `topk:<tenant_id>:<sha256 of embedding + k>` → the top-k document ids and scores, TTL 15 min
///   (short: ingestion of a new document must show up quickly). The tenant id in the key keeps
///   tenants' results apart.
enum CacheModule: PlatformModule {
    static let name = "cache"

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let key: TFString = module.variable("kms_key_arn", .string, "ARN of the environment's KMS key (encrypts the cache at rest).",
                                            origin: .init(resourceType: "aws_kms_key", attribute: "arn"))
        let subnets: TFList<TFString> = module.variable("subnet_ids", .list(.string), "Private subnets of the network module.")
        let securityGroup: TFString = module.variable("security_group_id", .string, "The network module's cache security group.")
        let maxStorage: TFNumber = module.variable("max_data_storage_gb", .number, "Most data the cache may hold, in GB (a cost cap).",
                                                   default: .integer(5),
                                                   validations: [.init("var.max_data_storage_gb >= 1 && var.max_data_storage_gb <= 5000",
                                                                       "max_data_storage_gb must be 1-5000.")])
        let maxECPU: TFNumber = module.variable("max_ecpu_per_second", .number, "Most ElastiCache processing units per second (a cost cap).",
                                                default: .integer(5000),
                                                validations: [.init("var.max_ecpu_per_second >= 1000 && var.max_ecpu_per_second <= 15000000",
                                                                    "max_ecpu_per_second must be 1000-15000000.")])

        let cache = module.add(ElasticacheServerlessCache("main", engine: "valkey", nameAttribute: .named(context.prefix, "cache")).with {
            $0.description = "\(context.prefix): query embeddings and top-k retrieval results"
            $0.majorEngineVersion = "8"
            $0.kmsKeyId = key
            $0.subnetIds = subnets
            $0.securityGroupIds = [securityGroup]
            $0.snapshotRetentionLimit = 1
            $0.dailySnapshotTime = "03:00"
            $0.cacheUsageLimits = [.init().with {
                $0.dataStorage = [.init(unit: "GB").with { $0.maximum = maxStorage }]
                $0.ecpuPerSecond = [.init().with { $0.maximum = maxECPU }]
            }]
        })
        module.output("endpoint_address", TFString.raw("\(cache.address).endpoint[0].address"), "Primary endpoint of the cache (TLS).")
        module.output("endpoint_port", TFNumber.raw("\(cache.address).endpoint[0].port"), "Port of the primary endpoint.")
        module.output("reader_endpoint_address", TFString.raw("\(cache.address).reader_endpoint[0].address"), "Reader endpoint of the cache.")
        module.output("cache_arn", cache.arn, "ARN of the cache.")
        return module
    }
}
