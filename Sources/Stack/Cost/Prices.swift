// The dated price table behind `synth cost`. Edit the numbers here, and only here, when AWS
// changes a price or a page confirms one: update the entry's check and `asOf`, and re-run
// `swift test --filter 'CostTests|PriceSourcesTests'`.

extension PriceTable {
    /// On-demand list prices for eu-west-1 (Europe (Ireland)), first pricing tier, free tiers
    /// left out. CloudFront is priced in its Europe price class, WAF at CloudFront scope; the
    /// disaster-recovery replica's storage and PUTs in eu-central-1 (`replicaRegion`).
    ///
    /// Each entry names the page it was checked against and what it rests on: a quote from a stored
    /// copy of that page, or why no copy confirmed it (most AWS pricing pages fill their regional
    /// tables in by script, so a copy has the prose but not the figure).
    public static let euWest1 = PriceTable(
        region: "eu-west-1",
        asOf: "2026-12",
        note: "Transcribed by hand in 2025-01 from the AWS public price pages named on each entry (region Europe (Ireland), "
            + "on-demand, first tier, no free tier, no savings plans) and checked entry by entry on 2026-12-01 against the "
            + "stored copies of those pages available without network access. Most copies are undated and most render their "
            + "regional tables by script: an entry whose figure no copy showed is marked notFound with the reason and keeps "
            + "its value, and `synth cost` lists it under the table. Re-check those against the live pages before relying on "
            + "them, and update asOf and the entry's check when you do.",

        // AWS Lambda pricing (Arm price, as the functions are arm64).
        lambdaRequests: Price(0.20, per: 1_000_000, "requests", item: "Lambda requests", page: Page.lambda,
                              check: Missing.scripted("request price for Europe (Ireland)")),
        lambdaGBSeconds: Price(0.0000133334, "GB-seconds", item: "Lambda duration (arm64)", page: Page.lambda,
                               check: Missing.scripted("Arm duration price for Europe (Ireland)",
                                                       seen: "third-party guides give the same Arm rate for US East "
                                                           + "(cloudchipr.com, 2024: $0.0000133334 per GB-second)")),
        lambdaProvisionedGBSeconds: Price(0.0000033334, "provisioned GB-seconds", item: "Lambda provisioned concurrency (arm64)",
                                          page: Page.lambda,
                                          check: Missing.scripted("Provisioned Concurrency price for Europe (Ireland)",
                                                                  seen: "the AWS News Blog's Graviton2 post (updated "
                                                                      + "2023-06-19) says only that the 20 percent Arm "
                                                                      + "reduction applies to Provisioned Concurrency too")),

        // Amazon API Gateway pricing, HTTP APIs, first 300 million requests a month.
        httpAPIRequests: Price(1.11, per: 1_000_000, "requests", item: "API Gateway HTTP API requests", page: Page.apiGateway,
                               check: Missing.scripted("HTTP API request price for Europe (Ireland)",
                                                       seen: "the copy has the free tier only (one million HTTP API calls a "
                                                           + "month for 12 months)")),

        // Amazon DynamoDB pricing, Standard table class (on-demand after the November 2024 price cut).
        dynamoWriteRequestUnits: Price(0.7068, per: 1_000_000, "write request units", item: "DynamoDB write request units",
                                       page: Page.dynamoOnDemand,
                                       check: Missing.noCopy(seen: "third-party guides give the US East rate after the "
                                           + "November 2024 cut, $0.625 per million (airbyte.com, 2025-07-21)")),
        dynamoReadRequestUnits: Price(0.1415, per: 1_000_000, "read request units", item: "DynamoDB read request units",
                                      page: Page.dynamoOnDemand,
                                      check: Missing.noCopy(seen: "third-party guides give the US East rate after the "
                                          + "November 2024 cut, $0.125 per million (airbyte.com, 2025-07-21)")),
        dynamoWriteCapacityUnitHours: Price(0.000735, "WCU-hours", item: "DynamoDB write capacity unit-hours",
                                            page: Page.dynamoProvisioned, check: Missing.noCopy()),
        dynamoReadCapacityUnitHours: Price(0.000147, "RCU-hours", item: "DynamoDB read capacity unit-hours",
                                           page: Page.dynamoProvisioned, check: Missing.noCopy()),

        // Amazon S3 pricing, S3 Standard, first 50 TB a month.
        s3Storage: Price(0.023, "GB-months", item: "S3 Standard storage", page: Page.s3,
                         check: Missing.scripted("storage price for Europe (Ireland)")),
        s3PutRequests: Price(0.005, per: 1_000, "PUT requests", item: "S3 PUT requests", page: Page.s3,
                             check: Missing.scripted("request price for Europe (Ireland)")),
        s3GetRequests: Price(0.0004, per: 1_000, "GET requests", item: "S3 GET requests", page: Page.s3,
                             check: Missing.scripted("request price for Europe (Ireland)")),

        // Amazon Bedrock pricing, on-demand. The page says cross-region inference costs the price of
        // the source region (undated copy: "There's no additional charge for using cross-region
        // inference and the price is calculated basis the region you made the request in").
        bedrock: [
            "anthropic.claude-3-haiku-20240307-v1:0": ModelPrice(
                input: Price(0.00025, per: 1_000, "input tokens", item: "Bedrock Claude 3 Haiku input tokens", page: Page.bedrock,
                             check: Missing.bedrockTable),
                output: Price(0.00125, per: 1_000, "output tokens", item: "Bedrock Claude 3 Haiku output tokens", page: Page.bedrock,
                              check: Missing.bedrockTable)),
            "anthropic.claude-3-5-sonnet-20240620-v1:0": ModelPrice(
                input: Price(0.003, per: 1_000, "input tokens", item: "Bedrock Claude 3.5 Sonnet input tokens", page: Page.bedrock,
                             check: Missing.claude35Sonnet),
                output: Price(0.015, per: 1_000, "output tokens", item: "Bedrock Claude 3.5 Sonnet output tokens", page: Page.bedrock,
                              check: Missing.claude35Sonnet)),
            "amazon.titan-embed-text-v2:0": ModelPrice(
                input: Price(0.00002, per: 1_000, "input tokens", item: "Bedrock Titan Text Embeddings V2 input tokens",
                             page: Page.bedrock, check: Missing.bedrockTable)),
        ],

        // Amazon CloudWatch pricing, Logs, Standard log class.
        logsIngestion: Price(0.57, "GB ingested", item: "CloudWatch Logs ingestion", page: Page.cloudWatch,
                             check: Missing.scripted("Logs price for Europe (Ireland)",
                                                     seen: "the copy's free tier has 5 GB of log data and it says "
                                                         + "\"Pricing varies by Region\"")),
        logsStorage: Price(0.03, "stored GB-months", item: "CloudWatch Logs storage", page: Page.cloudWatch,
                           check: Missing.scripted("Logs price for Europe (Ireland)")),

        // AWS Key Management Service pricing, customer managed keys, symmetric requests.
        kmsKeys: Price(1.00, "key-months", item: "KMS keys", page: Page.kms,
                       check: Found.quote("Each AWS KMS key that you create in KMS costs $1/month.")),
        kmsRequests: Price(0.03, per: 10_000, "requests", item: "KMS requests", page: Page.kms,
                           check: Missing.scripted("Key Usage table",
                                                   seen: "third-party guides give $0.03 per 10,000 requests (cloudburn.io, "
                                                       + "2026-03-14)")),

        // AWS WAF pricing. The AWS Networking & Content Delivery Blog says "The pricing for AWS WAF
        // is consistent across all AWS Regions" (Page.wafCostBlog, undated copy).
        wafWebACLs: Price(5.00, "web ACL-months", item: "WAF web ACLs", page: Page.waf, check: Missing.waf("$5 per web ACL a month")),
        wafRules: Price(1.00, "rule-months", item: "WAF rules", page: Page.waf, check: Missing.waf("$1 per rule a month")),
        wafRequests: Price(0.60, per: 1_000_000, "requests", item: "WAF requests", page: Page.waf,
                           check: Missing.waf("$0.60 per million requests")),

        // Amazon CloudFront pricing, on-demand, Europe, HTTPS requests and the first 10 TB out.
        cloudFrontRequests: Price(0.012, per: 10_000, "HTTPS requests", item: "CloudFront HTTPS requests (Europe)",
                                  page: Page.cloudFront,
                                  check: .notFound("the stored copy of the page (undated) has the data transfer table but "
                                      + "not the request table; the value is the 2025-01 transcription, unchanged")),
        cloudFrontDataOut: Price(0.085, "GB out", item: "CloudFront data transfer out (Europe)", page: Page.cloudFront,
                                 check: Found.quote("Regional Data Transfer Out to Internet (per GB): Europe, Israel, and "
                                     + "Türkiye, First 10TB $0.085")),

        // Amazon SQS pricing, standard queues.
        sqsRequests: Price(0.40, per: 1_000_000, "requests", item: "SQS standard queue requests", page: Page.sqs,
                           check: Missing.noCopy(seen: "third-party guides give $0.40 per million for US East "
                               + "(cloudburn.io, 2026-03-14)")),

        // Amazon OpenSearch Service pricing, OpenSearch Serverless: indexing and search OCUs,
        // managed storage.
        openSearchIndexingOCUHours: Price(0.24, "indexing OCU-hours", item: "OpenSearch Serverless indexing OCUs",
                                          page: Page.openSearch, check: Missing.noCopy(seen: Missing.openSearchSeen)),
        openSearchSearchOCUHours: Price(0.24, "search OCU-hours", item: "OpenSearch Serverless search OCUs",
                                        page: Page.openSearch, check: Missing.noCopy(seen: Missing.openSearchSeen)),
        openSearchStorage: Price(0.024, "managed storage GB-months", item: "OpenSearch Serverless managed storage",
                                 page: Page.openSearch, check: Missing.noCopy()),

        // Amazon Aurora pricing, PostgreSQL-Compatible, Serverless v2, Aurora Standard.
        auroraACUHours: Price(0.13, "ACU-hours", item: "Aurora Serverless v2 ACUs", page: Page.aurora,
                              check: Missing.noCopy(seen: "third-party guides give about $0.12 per ACU-hour for US "
                                  + "East (awsnegotiations.com, 2026-05)")),
        auroraStorage: Price(0.11, "storage GB-months", item: "Aurora Standard storage", page: Page.aurora,
                             check: Missing.noCopy()),
        auroraIORequests: Price(0.22, per: 1_000_000, "I/O requests", item: "Aurora Standard I/O requests", page: Page.aurora,
                                check: Missing.noCopy()),

        // Amazon ElastiCache pricing, ElastiCache Serverless for Valkey (a third below Redis OSS).
        valkeyStorageGBHours: Price(0.0917, "GB-hours stored", item: "ElastiCache Serverless Valkey storage",
                                    page: Page.elastiCache,
                                    check: Missing.noCopy(seen: "a third-party post gives $0.14 per GB-hour for Redis OSS "
                                        + "in eu-west-1 (sodkiewiczm.medium.com, 2023-12-06) and Valkey is priced a third "
                                        + "lower (usage.ai, 2026)")),
        valkeyECPUs: Price(0.0025, per: 1_000_000, "ECPUs", item: "ElastiCache Serverless Valkey ECPUs", page: Page.elastiCache,
                           check: Missing.noCopy(seen: "a third-party post gives $0.0038 per million ECPUs for Redis OSS "
                               + "in eu-west-1 (sodkiewiczm.medium.com, 2023-12-06) and Valkey is priced a third lower "
                               + "(usage.ai, 2026)")),

        // AWS PrivateLink pricing, interface endpoints: per endpoint per AZ, and data processed
        // (first petabyte).
        interfaceEndpointHours: Price(0.011, "endpoint-AZ-hours", item: "VPC interface endpoint hours", page: Page.privateLink,
                                      check: Missing.scripted("hourly price for Europe (Ireland)")),
        interfaceEndpointData: Price(0.01, "GB processed", item: "VPC interface endpoint data processed", page: Page.privateLink,
                                     check: Missing.scripted("data processing table",
                                                             seen: "a mirror of the page (968880.n0h2l.group) shows \"First "
                                                                 + "1 PB $0.01\" per GB without naming the region")),

        // Amazon Bedrock pricing, rerank models, per query (a query ranks up to 100 documents).
        // Amazon Rerank 1.0 is not offered in eu-west-1; its price is the one of the regions that
        // offer it (for example eu-central-1).
        rerank: [
            "amazon.rerank-v1:0": Price(1.00, per: 1_000, "rerank queries", item: "Bedrock Amazon Rerank 1.0 queries",
                                        page: Page.bedrock, check: Missing.rerankTable),
            "cohere.rerank-v3-5:0": Price(2.00, per: 1_000, "rerank queries", item: "Bedrock Cohere Rerank 3.5 queries",
                                          page: Page.bedrock, check: Missing.rerankTable),
        ],

        replicaRegion: "eu-central-1",

        // Amazon S3 pricing: data transfer to another AWS region, Replication Time Control, and
        // S3 Standard storage and PUTs in Europe (Frankfurt).
        s3InterRegionTransfer: Price(0.02, "GB replicated", item: "S3 inter-region data transfer", page: Page.s3,
                                     check: Missing.scripted("data transfer price for Europe (Ireland)")),
        s3ReplicationTimeControl: Price(0.015, "GB under RTC", item: "S3 Replication Time Control", page: Page.s3,
                                        check: Missing.scripted("Replication Time Control price")),
        s3ReplicaStorage: Price(0.0245, "replica GB-months", item: "S3 Standard storage (eu-central-1)", page: Page.s3,
                                check: Missing.scripted("storage price for Europe (Frankfurt)")),
        s3ReplicaPutRequests: Price(0.0054, per: 1_000, "replica PUT requests", item: "S3 PUT requests (eu-central-1)",
                                    page: Page.s3, check: Missing.scripted("request price for Europe (Frankfurt)")),

        // AWS Backup pricing, Amazon DynamoDB warm storage (Ireland; Frankfurt for the copy), and
        // cross-region data transfer of copies.
        backupDynamoStorage: Price(0.11, "backup GB-months", item: "AWS Backup DynamoDB warm storage", page: Page.backup,
                                   check: Missing.scripted("DynamoDB backup storage table", seen: Missing.backupSeen)),
        backupCopyTransfer: Price(0.02, "GB copied", item: "AWS Backup cross-region copy transfer", page: Page.backup,
                                  check: Missing.scripted("cross-region data transfer table", seen: Missing.backupSeen)),
        backupReplicaStorage: Price(0.12, "copy GB-months", item: "AWS Backup DynamoDB warm storage (eu-central-1)",
                                    page: Page.backup,
                                    check: Missing.scripted("DynamoDB backup storage table", seen: Missing.backupSeen)),

        // AWS X-Ray pricing. The stored copy read is the German edition of the page, which states
        // one price (no regional table): traces recorded, and traces retrieved or scanned.
        xrayTracesRecorded: Price(5.00, per: 1_000_000, "traces recorded", item: "X-Ray traces recorded", page: Page.xray,
                                  check: Found.quote("Über das kostenlose Nutzungskontingent hinausgehende aufgezeichnete "
                                      + "Ablaufverfolgungen werden mit 5 USD pro Million in Rechnung gestellt (0,000005 USD "
                                      + "pro Ablaufverfolgung).")),
        xrayTracesRetrieved: Price(0.50, per: 1_000_000, "traces retrieved or scanned", item: "X-Ray traces retrieved or scanned",
                                   page: Page.xray,
                                   check: Found.quote("Über das kostenlose Nutzungskontingent hinausgehende abgerufene oder "
                                       + "gescannte Ablaufverfolgungen werden mit 0,50 USD pro Million in Rechnung gestellt "
                                       + "(0,0000005 USD pro Ablaufverfolgung).")),

        // Amazon CloudWatch pricing: custom dashboards, standard-resolution metric alarms, and
        // cross-account observability (what the monitoring account's sink and the links share).
        dashboards: Price(3.00, "dashboard-months", item: "CloudWatch dashboards", page: Page.cloudWatch,
                          check: Missing.scripted("dashboard price", seen: "the copy's free tier has \"3 Custom Dashboards "
                              + "referencing up to 50 metrics each per month\"; third-party guides give $3.00 per dashboard "
                              + "a month for US East (aws/agent-toolkit-for-aws pricing cache, 2026-09-03)",
                              kept: "the value is that US East figure")),
        standardAlarms: Price(0.10, "alarm-months", item: "CloudWatch standard-resolution alarms", page: Page.cloudWatch,
                              check: Missing.scripted("alarm price", seen: "the copy's free tier has \"10 Alarm metrics "
                                  + "(only applicable to Standard resolution alarms ...)\"; third-party guides give $0.10 per "
                                  + "standard alarm a month for US East (aws/agent-toolkit-for-aws pricing cache, 2026-09-03)",
                                  kept: "the value is that US East figure")),
        crossAccountMetricsAndLogs: Price(0, "shared GB", item: "Cross-account observability, shared metrics and logs",
                                          page: Page.cloudWatch,
                                          check: .notFound("the stored copy of the page (undated) lists no charge for "
                                              + "Observability Access Manager sinks and links or for metrics and logs shared "
                                              + "with a monitoring account, but no sentence stating that they are free was "
                                              + "found; the AWS China documentation (docs.amazonaws.cn, Transaction Search) "
                                              + "says cross-account spans are provided at no extra cost; the value is 0")),
        crossAccountFirstTraceCopy: Price(0, per: 1_000_000, "traces copied", item: "Cross-account observability, first trace copy",
                                          page: Page.cloudWatch,
                                          check: Found.quote("Free tier: Cross-account observability | First trace copy sent "
                                              + "from source account to monitoring account")))

    private enum Page {
        static let lambda = "https://aws.amazon.com/lambda/pricing/"
        static let apiGateway = "https://aws.amazon.com/api-gateway/pricing/"
        static let dynamoOnDemand = "https://aws.amazon.com/dynamodb/pricing/on-demand/"
        static let dynamoProvisioned = "https://aws.amazon.com/dynamodb/pricing/provisioned/"
        static let s3 = "https://aws.amazon.com/s3/pricing/"
        static let bedrock = "https://aws.amazon.com/bedrock/pricing/"
        static let cloudWatch = "https://aws.amazon.com/cloudwatch/pricing/"
        static let kms = "https://aws.amazon.com/kms/pricing/"
        static let waf = "https://aws.amazon.com/waf/pricing/"
        static let cloudFront = "https://aws.amazon.com/cloudfront/pricing/"
        static let sqs = "https://aws.amazon.com/sqs/pricing/"
        static let openSearch = "https://aws.amazon.com/opensearch-service/pricing/"
        static let aurora = "https://aws.amazon.com/rds/aurora/pricing/"
        static let elastiCache = "https://aws.amazon.com/elasticache/pricing/"
        static let privateLink = "https://aws.amazon.com/privatelink/pricing/"
        static let backup = "https://aws.amazon.com/backup/pricing/"
        static let xray = "https://aws.amazon.com/de/xray/pricing/"
        static let wafCostBlog = "https://aws.amazon.com/blogs/networking-and-content-delivery/"
            + "cost-effective-ways-for-securing-your-web-applications-using-aws-waf/"
    }

    /// Checks confirmed by a stored copy of the entry's page.
    private enum Found {
        static func quote(_ text: String, copy: String = PriceCheck.undatedCopy) -> PriceCheck {
            .verified(copy: copy, quote: text)
        }
    }

    /// Checks no stored copy confirmed, by what was missing. Each reason ends with what the value
    /// rests on; unless said otherwise, that is the 2025-01 transcription, unchanged.
    private enum Missing {
        static let transcription = "the value is the 2025-01 transcription, unchanged"

        /// A copy of the page was found, but it lacks `figure`: the page fills it in by script.
        static func scripted(_ figure: String, seen: String? = nil, kept: String = transcription) -> PriceCheck {
            .notFound("the stored copy of the page (undated) has no \(figure); its rate tables are filled in by script"
                + (seen.map { "; \($0)" } ?? "") + "; \(kept)")
        }

        /// No stored copy of the page turned up at all.
        static func noCopy(seen: String? = nil, kept: String = transcription) -> PriceCheck {
            .notFound("no stored copy of the page turned up in the search" + (seen.map { "; \($0)" } ?? "") + "; \(kept)")
        }

        static func waf(_ figure: String) -> PriceCheck {
            noCopy(seen: "the AWS blog post \(Page.wafCostBlog) (undated copy) says the pricing is the same in all "
                + "Regions but gives no figures; third-party guides give \(figure) (awsnegotiations.com, 2026)")
        }

        static let bedrockTable = scripted("per-model price table",
                                           seen: "the copies have the pricing models' prose (on-demand, batch, "
                                               + "cross-region inference at the source region's price)")

        static let claude35Sonnet = scripted("per-model price table",
                                             seen: "a third-party guide (clauder-navi.com, 2026) says the older Claude 3.5 "
                                                 + "Sonnet now costs $6 / $30 per million tokens on Bedrock, and the Bedrock "
                                                 + "Model lifecycle page says a legacy model in public extended access can be "
                                                 + "priced higher; not confirmed, so not changed")

        static let rerankTable = scripted("rerank price table",
                                          seen: "the Bedrock user guide's rerank page only links to the pricing page")

        static let openSearchSeen = "the AWS Big Data Blog post on half OCUs (undated copy) gives the 0.5 OCU minimum "
            + "but no price; third-party guides give about $0.24 per OCU-hour (awsnegotiations.com, 2026-02)"

        static let backupSeen = "an older copy says \"Amazon DynamoDB does not support cross-region backup\"; a newer "
            + "one says cold storage backup for DynamoDB is available only with advanced features for DynamoDB"
    }
}
