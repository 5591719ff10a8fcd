/// The estimated monthly cost of one environment, by service, from its `usage` settings, a
/// ``PriceTable`` and ``CostAssumptions``.
///
///     let estimate = CostEstimate.estimate(Environments.dev)
///     estimate.total              // 15.39 with the 2026-12 prices
///     estimate.lines[0]           // Lambda, 30 cents: 16,500 requests, 22,500 GB-seconds
///     estimate.unverifiedPrices   // ["Lambda requests", "Lambda duration (arm64)", ...]
///
/// Each line is rounded to cents, and the total is the sum of the rounded lines, so a printed
/// table always adds up.
public struct CostEstimate: Sendable, Hashable {
    /// One service's monthly cost and the usage behind it.
    public struct Line: Sendable, Hashable {
        /// `Lambda`, `API Gateway`, ..., or `Bedrock <model id>`.
        public var service: String
        public var cents: Int
        public var usage: [Quantity]
        public var usd: Double { Double(cents) / 100 }
    }

    /// A monthly quantity in a price's unit, for example 22,500 GB-seconds.
    public struct Quantity: Sendable, Hashable {
        public var amount: Double
        public var unit: String
    }

    public var environment: String
    public var region: String
    /// The price table's region and date.
    public var pricesRegion: String
    public var pricesAsOf: String
    public var budgetUSD: Int
    public var lines: [Line]
    /// What the estimate leaves out for this environment (unpriced options, models or regions).
    public var notes: [String]
    /// The items of the prices behind the lines whose figure no stored copy of their AWS page
    /// confirmed (``PriceCheck/notFound(_:)``), in the price table's order.
    public var unverifiedPrices: [String] = []

    public var totalCents: Int { lines.reduce(0) { $0 + $1.cents } }
    public var total: Double { Double(totalCents) / 100 }
    /// The estimate as a whole percentage of the budget.
    public var budgetPercent: Int { Int((Double(totalCents) / Double(max(budgetUSD, 1))).rounded()) }

    /// The line for `service`, if the estimate has one.
    public func line(_ service: String) -> Line? { lines.first { $0.service == service } }
}

extension CostEstimate {
    /// Service names of the lines that are not per model.
    public enum Service {
        public static let lambda = "Lambda"
        public static let apiGateway = "API Gateway"
        public static let dynamoDB = "DynamoDB"
        public static let s3 = "S3"
        public static let cloudWatchLogs = "CloudWatch Logs"
        public static let kms = "KMS"
        public static let sqs = "SQS"
        public static let waf = "WAF"
        public static let cloudFront = "CloudFront"
        /// The tier quota table (`options.tiers`).
        public static let quotaTable = "DynamoDB quota table"
        public static let openSearch = "OpenSearch Serverless"
        public static let aurora = "Aurora Serverless v2"
        public static let elastiCache = "ElastiCache Serverless"
        /// Interface endpoints of the functions' VPC (`options.needsVPC`).
        public static let vpcEndpoints = "VPC endpoints"
        /// Disaster recovery (`protection.disasterRecovery`).
        public static let s3Replication = "S3 replication"
        public static let backup = "AWS Backup"
        /// `Bedrock <model id>`.
        public static func bedrock(_ modelID: String) -> String { "Bedrock \(modelID)" }
    }

    /// Estimates `config`'s monthly cost.
    ///
    /// - Parameters:
    ///   - config: The environment; its `usage`, `lambda`, `models`, `database`,
    ///     `logRetentionDays`, `protection`, `options` and `monthlyBudgetUSD` are used. An option
    ///     that is off, or disaster recovery where it is off, adds no line.
    ///   - prices: The list prices, by default ``PriceTable/euWest1``.
    ///   - assumptions: Durations and per-request counts, by default ``CostAssumptions/standard``.
    public static func estimate(_ config: EnvironmentConfig, prices: PriceTable = .euWest1,
                                assumptions: CostAssumptions = .standard) -> CostEstimate {
        let a = assumptions
        let usage = config.usage
        let days = a.daysPerMonth
        let requests = Double(usage.requestsPerDay) * days
        let documents = Double(usage.documentsIngestedPerDay) * days
        let hours = days * 24
        var lines: [Line] = []
        var notes: [String] = []
        var charged: Set<String> = []

        func add(_ service: String, _ charges: [(Price, Double)]) {
            let usd = charges.reduce(0) { $0 + $1.0.cost($1.1) }
            lines.append(Line(service: service, cents: Int((usd * 100).rounded()),
                              usage: charges.map { Quantity(amount: $0.1, unit: $0.0.unit) }))
            charged.formUnion(charges.map(\.0.item))
        }

        // Lambda: chat per request, ingest per document, provisioned concurrency all month.
        let chatGB = Double(config.lambda.chatMemoryMB) / 1024
        let ingestGB = Double(config.lambda.ingestMemoryMB) / 1024
        var lambda: [(Price, Double)] = [
            (prices.lambdaRequests, requests + documents),
            (prices.lambdaGBSeconds, requests * a.chatDurationSeconds * chatGB + documents * a.ingestDurationSeconds * ingestGB),
        ]
        if config.lambda.provisionedConcurrency > 0 {
            lambda.append((prices.lambdaProvisionedGBSeconds, Double(config.lambda.provisionedConcurrency) * chatGB * hours * 3600))
        }
        add(Service.lambda, lambda)

        add(Service.apiGateway, [(prices.httpAPIRequests, requests)])

        // DynamoDB: request units on demand; provisioned capacity at the auto-scaling minimum,
        // or above it when the average load needs more.
        let writes = requests * a.tableWritesPerRequest + documents * a.tableWritesPerDocument
        let reads = requests * a.tableReadsPerRequest
        switch config.database.capacity {
        case .onDemand:
            add(Service.dynamoDB, [(prices.dynamoWriteRequestUnits, writes), (prices.dynamoReadRequestUnits, reads)])
        case .provisioned(let readMin, let readMax, let writeMin, let writeMax):
            func units(_ perMonth: Double, _ low: Int, _ high: Int) -> Double {
                let needed = Int((perMonth / (hours * 3600) / a.tableTargetUtilization).rounded(.up))
                return Double(min(max(needed, low), high))
            }
            add(Service.dynamoDB, [(prices.dynamoWriteCapacityUnitHours, units(writes, writeMin, writeMax) * hours),
                                   (prices.dynamoReadCapacityUnitHours, units(reads, readMin, readMax) * hours)])
        }
        // The tiers module's quota table is on demand whatever the cost table's capacity.
        if config.options.tiers {
            add(Service.quotaTable, [(prices.dynamoWriteRequestUnits, requests * a.quotaWritesPerRequest),
                                     (prices.dynamoReadRequestUnits, requests * a.quotaReadsPerRequest)])
        }

        add(Service.s3, [(prices.s3Storage, usage.storedGB),
                         (prices.s3PutRequests, documents * a.putsPerDocument),
                         (prices.s3GetRequests, requests * a.vectorReadsPerRequest + documents * a.getsPerDocument)])

        // Bedrock: the chat model per request; the embedding model per document and per query.
        let chatModel = config.models.chatModelID
        if let price = prices.bedrock[chatModel] {
            var charges = [(price.input, requests * Double(usage.inputTokensPerRequest))]
            if let output = price.output { charges.append((output, requests * Double(usage.outputTokensPerRequest))) }
            add(Service.bedrock(chatModel), charges)
        } else {
            notes.append("no price for Bedrock model \(chatModel) in the price table; its tokens are not in the estimate")
        }
        let embeddingModel = config.models.embeddingModelID
        if let price = prices.bedrock[embeddingModel] {
            add(Service.bedrock(embeddingModel), [(price.input, documents * a.tokensPerDocument + requests * a.queryEmbeddingTokens)])
        } else {
            notes.append("no price for Bedrock model \(embeddingModel) in the price table; its tokens are not in the estimate")
        }
        if let rerankModel = config.options.rerankModelID {
            if let price = prices.rerank[rerankModel] {
                add(Service.bedrock(rerankModel), [(price, requests * a.rerankQueriesPerRequest)])
            } else {
                notes.append("no price for Bedrock rerank model \(rerankModel) in the price table; its queries are not in the estimate")
            }
        }

        // CloudWatch Logs: what is kept is the monthly volume times the retention in months.
        add(Service.cloudWatchLogs, [(prices.logsIngestion, usage.logGBPerMonth),
                                     (prices.logsStorage, usage.logGBPerMonth * Double(config.logRetentionDays) / days)])

        add(Service.kms, [(prices.kmsKeys, a.kmsKeys),
                          (prices.kmsRequests, requests * a.kmsRequestsPerRequest + documents * a.kmsRequestsPerDocument)])

        add(Service.sqs, [(prices.sqsRequests, documents * a.deadLetterShare * a.sqsRequestsPerMessage)])

        if config.protection.waf {
            add(Service.waf, [(prices.wafWebACLs, 1), (prices.wafRules, a.wafRules), (prices.wafRequests, requests)])
            add(Service.cloudFront, [(prices.cloudFrontRequests, requests),
                                     (prices.cloudFrontDataOut, requests * a.responseKB / 1_048_576)])
        }

        if config.region != prices.region {
            notes.append("prices are \(prices.region) list prices; the environment is in \(config.region)")
        }
        addOptions(config, prices: prices, assumptions: a, add: add)
        if config.protection.disasterRecovery {
            addDisasterRecovery(config, prices: prices, assumptions: a, add: add)
            if config.protection.drRegion != prices.replicaRegion {
                notes.append("replica prices are \(prices.replicaRegion) list prices; the DR region is \(config.protection.drRegion)")
            }
        }

        let unverified = prices.unverified.map(\.item).filter(charged.contains)
        return CostEstimate(environment: config.name, region: config.region, pricesRegion: prices.region, pricesAsOf: prices.asOf,
                            budgetUSD: config.monthlyBudgetUSD, lines: lines, notes: notes, unverifiedPrices: unverified)
    }
}

extension CostEstimate {
    typealias Add = (String, [(Price, Double)]) -> Void

    /// The vector store, the cache and the VPC endpoints, where the options turn them on.
    /// Blue/green releases add nothing: CodeDeploy is free for Lambda.
    static func addOptions(_ config: EnvironmentConfig, prices: PriceTable, assumptions a: CostAssumptions, add: Add) {
        let options = config.options
        let usage = config.usage
        let requests = Double(usage.requestsPerDay) * a.daysPerMonth
        let documents = Double(usage.documentsIngestedPerDay) * a.daysPerMonth
        let hours = a.daysPerMonth * 24

        switch options.vectorStore {
        case .s3: break
        case .openSearchServerless:
            // Standby replicas (a second AZ) exactly where the environment root enables them.
            let ocus = config.protection.disasterRecovery ? 1.0 : 0.5
            add(Service.openSearch, [(prices.openSearchIndexingOCUHours, ocus * hours),
                                     (prices.openSearchSearchOCUHours, ocus * hours),
                                     (prices.openSearchStorage, usage.storedGB)])
        case .auroraPgvector:
            let minimum = VectorAuroraModule.defaultMinACU
            let acus = minimum + a.auroraUtilization * max(0, Double(options.auroraMaxACU) - minimum)
            add(Service.aurora, [(prices.auroraACUHours, acus * hours),
                                 (prices.auroraStorage, usage.storedGB),
                                 (prices.auroraIORequests, requests * a.auroraIOsPerRequest + documents * a.auroraIOsPerDocument)])
        }

        if options.cache {
            let storedGB = max(0.1, a.cacheStorageShare * Double(options.cacheMaxStorageGB))
            add(Service.elastiCache, [(prices.valkeyStorageGBHours, storedGB * hours),
                                      (prices.valkeyECPUs, requests * a.cacheECPUsPerRequest)])
        }

        if options.needsVPC {
            add(Service.vpcEndpoints, [(prices.interfaceEndpointHours, Double(interfaceEndpoints(options)) * Double(NetworkModule.defaultAZCount) * hours),
                                       (prices.interfaceEndpointData, (requests * a.endpointKBPerRequest + documents * a.endpointKBPerDocument) / 1_048_576)])
        }
    }

    /// Interface endpoints of the functions' VPC: the network module's services, and the
    /// OpenSearch Serverless collection's own endpoint when the vector store is OpenSearch.
    static func interfaceEndpoints(_ options: EnterpriseOptions) -> Int {
        guard options.needsVPC else { return 0 }
        return EnvironmentRoot.interfaceServices(options).count + (options.vectorStore == .openSearchServerless ? 1 : 0)
    }

    /// S3 replication of the vector bucket and AWS Backup of the cost table into the DR region.
    static func addDisasterRecovery(_ config: EnvironmentConfig, prices: PriceTable, assumptions a: CostAssumptions, add: Add) {
        let documents = Double(config.usage.documentsIngestedPerDay) * a.daysPerMonth
        let replicatedGB = documents * a.replicatedKBPerDocument / 1_048_576
        add(Service.s3Replication, [(prices.s3InterRegionTransfer, replicatedGB),
                                    (prices.s3ReplicationTimeControl, replicatedGB),
                                    (prices.s3ReplicaStorage, config.usage.storedGB),
                                    (prices.s3ReplicaPutRequests, documents * a.putsPerDocument)])
        // One recovery point a day, kept `backupRetentionDays` in each vault, copied as it is made.
        let keptGBMonths = a.costTableGB * Double(config.protection.backupRetentionDays)
        add(Service.backup, [(prices.backupDynamoStorage, keptGBMonths),
                             (prices.backupCopyTransfer, a.costTableGB * a.daysPerMonth),
                             (prices.backupReplicaStorage, keptGBMonths)])
    }
}
