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
    /// What a root passes in (besides ``CommonInputs``).
    struct Inputs: ModuleInterface {
        var kmsKeyARN = ModuleInput<TFString>("kms_key_arn", "ARN of the environment's KMS key (encrypts the cache at rest).")
        var maxDataStorageGB = ModuleInput<TFNumber>("max_data_storage_gb", "Most data the cache may hold, in GB (a cost cap).", default: 5, validations: [EnvironmentSetting.cacheMaxStorageGB.validation(of: "max_data_storage_gb")])
        var maxECPUPerSecond = ModuleInput<TFNumber>("max_ecpu_per_second", "Most ElastiCache processing units per second (a cost cap).", default: 5000, validations: [EnvironmentSetting.cacheMaxECPUPerSecond.validation(of: "max_ecpu_per_second")])
        var securityGroupID = ModuleInput<TFString>("security_group_id", "The network module's cache security group.")
        var subnetIDs = ModuleInput<TFList<TFString>>("subnet_ids", "Private subnets of the network module.")
    }

    /// What a root reads back.
    struct Outputs: ModuleInterface {
        var cacheARN = ModuleOutput<TFString>("cache_arn", "ARN of the cache.")
        var endpointAddress = ModuleOutput<TFString>("endpoint_address", "Primary endpoint of the cache (TLS).")
        var endpointPort = ModuleOutput<TFNumber>("endpoint_port", "Port of the primary endpoint.")
        var readerEndpointAddress = ModuleOutput<TFString>("reader_endpoint_address", "Reader endpoint of the cache.")
    }

    static func build() -> StackModule {
        var module = StackModule(name)
        let context = ModuleContext(&module)
        let input = module.declare(Inputs.self)
        var output = OutputValues<Outputs>()
        let key = input.kmsKeyARN
        let subnets = input.subnetIDs
        let securityGroup = input.securityGroupID
        let maxStorage = input.maxDataStorageGB
        let maxECPU = input.maxECPUPerSecond

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
        output.endpointAddress = cache.attribute(path: "endpoint", "0", "address")
        output.endpointPort = cache.attribute(path: "endpoint", "0", "port")
        output.readerEndpointAddress = cache.attribute(path: "reader_endpoint", "0", "address")
        output.cacheARN = cache.arn
        module.declare(output)
        return module
    }
}
