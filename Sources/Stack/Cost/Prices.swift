// The dated price table behind `synth cost`. Edit the numbers here, and only here, when AWS
// changes a price; update `asOf` and re-run `swift test --filter CostTests`.

extension PriceTable {
    /// On-demand list prices for eu-west-1 (Europe (Ireland)), first pricing tier, free tiers
    /// left out. CloudFront is priced in its Europe price class, WAF at CloudFront scope; the
    /// disaster-recovery replica's storage and PUTs in eu-central-1 (`replicaRegion`).
    public static let euWest1 = PriceTable(
        region: "eu-west-1",
        asOf: "2025-01",
        note: "Transcribed by hand from the AWS public price pages named on each entry (region Europe (Ireland), "
            + "on-demand, first tier, no free tier, no savings plans). AWS changes prices: re-check an entry against "
            + "its page before relying on it, and update asOf when you change one. The entries from OpenSearch Serverless "
            + "down (enterprise options and disaster recovery) were typed later, without network access, from the list prices "
            + "of the same date; none has been checked against the live pages since.",

        // AWS Lambda pricing, https://aws.amazon.com/lambda/pricing/ (Arm price, as the functions are arm64).
        lambdaRequests: Price(0.20, per: 1_000_000, "requests", page: Page.lambda),
        lambdaGBSeconds: Price(0.0000133334, "GB-seconds", page: Page.lambda),
        lambdaProvisionedGBSeconds: Price(0.0000033334, "provisioned GB-seconds", page: Page.lambda),

        // Amazon API Gateway pricing, HTTP APIs, first 300 million requests a month.
        httpAPIRequests: Price(1.11, per: 1_000_000, "requests", page: Page.apiGateway),

        // Amazon DynamoDB pricing, Standard table class.
        dynamoWriteRequestUnits: Price(0.7068, per: 1_000_000, "write request units", page: Page.dynamoOnDemand),
        dynamoReadRequestUnits: Price(0.1415, per: 1_000_000, "read request units", page: Page.dynamoOnDemand),
        dynamoWriteCapacityUnitHours: Price(0.000735, "WCU-hours", page: Page.dynamoProvisioned),
        dynamoReadCapacityUnitHours: Price(0.000147, "RCU-hours", page: Page.dynamoProvisioned),

        // Amazon S3 pricing, S3 Standard, first 50 TB a month.
        s3Storage: Price(0.023, "GB-months", page: Page.s3),
        s3PutRequests: Price(0.005, per: 1_000, "PUT requests", page: Page.s3),
        s3GetRequests: Price(0.0004, per: 1_000, "GET requests", page: Page.s3),

        // Amazon Bedrock pricing, on-demand. Cross-region inference profiles cost the same as the
        // model in the source region.
        bedrock: [
            "anthropic.claude-3-haiku-20240307-v1:0": ModelPrice(
                input: Price(0.00025, per: 1_000, "input tokens", page: Page.bedrock),
                output: Price(0.00125, per: 1_000, "output tokens", page: Page.bedrock)),
            "anthropic.claude-3-5-sonnet-20240620-v1:0": ModelPrice(
                input: Price(0.003, per: 1_000, "input tokens", page: Page.bedrock),
                output: Price(0.015, per: 1_000, "output tokens", page: Page.bedrock)),
            "amazon.titan-embed-text-v2:0": ModelPrice(
                input: Price(0.00002, per: 1_000, "input tokens", page: Page.bedrock)),
        ],

        // Amazon CloudWatch pricing, Logs, Standard log class.
        logsIngestion: Price(0.57, "GB ingested", page: Page.cloudWatch),
        logsStorage: Price(0.03, "stored GB-months", page: Page.cloudWatch),

        // AWS Key Management Service pricing, customer managed keys, symmetric requests.
        kmsKeys: Price(1.00, "key-months", page: Page.kms),
        kmsRequests: Price(0.03, per: 10_000, "requests", page: Page.kms),

        // AWS WAF pricing.
        wafWebACLs: Price(5.00, "web ACL-months", page: Page.waf),
        wafRules: Price(1.00, "rule-months", page: Page.waf),
        wafRequests: Price(0.60, per: 1_000_000, "requests", page: Page.waf),

        // Amazon CloudFront pricing, on-demand, Europe, HTTPS requests and the first 10 TB out.
        cloudFrontRequests: Price(0.012, per: 10_000, "HTTPS requests", page: Page.cloudFront),
        cloudFrontDataOut: Price(0.085, "GB out", page: Page.cloudFront),

        // Amazon SQS pricing, standard queues.
        sqsRequests: Price(0.40, per: 1_000_000, "requests", page: Page.sqs),

        // Amazon OpenSearch Service pricing, OpenSearch Serverless: indexing and search OCUs,
        // managed storage.
        openSearchIndexingOCUHours: Price(0.24, "indexing OCU-hours", page: Page.openSearch),
        openSearchSearchOCUHours: Price(0.24, "search OCU-hours", page: Page.openSearch),
        openSearchStorage: Price(0.024, "managed storage GB-months", page: Page.openSearch),

        // Amazon Aurora pricing, PostgreSQL-Compatible, Serverless v2, Aurora Standard.
        auroraACUHours: Price(0.13, "ACU-hours", page: Page.aurora),
        auroraStorage: Price(0.11, "storage GB-months", page: Page.aurora),
        auroraIORequests: Price(0.22, per: 1_000_000, "I/O requests", page: Page.aurora),

        // Amazon ElastiCache pricing, ElastiCache Serverless for Valkey (a third below Redis OSS).
        valkeyStorageGBHours: Price(0.0917, "GB-hours stored", page: Page.elastiCache),
        valkeyECPUs: Price(0.0025, per: 1_000_000, "ECPUs", page: Page.elastiCache),

        // AWS PrivateLink pricing, interface endpoints: per endpoint per AZ, and data processed
        // (first petabyte).
        interfaceEndpointHours: Price(0.011, "endpoint-AZ-hours", page: Page.privateLink),
        interfaceEndpointData: Price(0.01, "GB processed", page: Page.privateLink),

        // Amazon Bedrock pricing, rerank models, per query (a query ranks up to 100 documents).
        // Amazon Rerank 1.0 is not offered in eu-west-1; its price is the one of the regions that
        // offer it (for example eu-central-1).
        rerank: [
            "amazon.rerank-v1:0": Price(1.00, per: 1_000, "rerank queries", page: Page.bedrock),
            "cohere.rerank-v3-5:0": Price(2.00, per: 1_000, "rerank queries", page: Page.bedrock),
        ],

        replicaRegion: "eu-central-1",

        // Amazon S3 pricing: data transfer to another AWS region, Replication Time Control, and
        // S3 Standard storage and PUTs in Europe (Frankfurt).
        s3InterRegionTransfer: Price(0.02, "GB replicated", page: Page.s3),
        s3ReplicationTimeControl: Price(0.015, "GB under RTC", page: Page.s3),
        s3ReplicaStorage: Price(0.0245, "replica GB-months", page: Page.s3),
        s3ReplicaPutRequests: Price(0.0054, per: 1_000, "replica PUT requests", page: Page.s3),

        // AWS Backup pricing, Amazon DynamoDB warm storage (Ireland; Frankfurt for the copy), and
        // cross-region data transfer of copies.
        backupDynamoStorage: Price(0.11, "backup GB-months", page: Page.backup),
        backupCopyTransfer: Price(0.02, "GB copied", page: Page.backup),
        backupReplicaStorage: Price(0.12, "copy GB-months", page: Page.backup))

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
    }
}
