/// Every setting of one environment, in one value. The five environments are in
/// `Environments/`; nothing else in the stack decides per-environment behaviour.
///
/// Values are checked by ``validate()`` before anything is modelled, so a bad value stops
/// synthesis with one line naming the environment, the setting, the value and the limit.
public struct EnvironmentConfig: Sendable, Hashable {
    /// `dev`, `staging`, `prod`, `qa` or `demo`; part of every resource name.
    public var name: String
    /// The primary region, for example `eu-west-1`.
    public var region: String
    /// The 12-digit AWS account the environment deploys to (the provider refuses any other).
    public var account: String
    public var lambda: LambdaSettings
    public var api: APISettings
    public var models: ModelSettings
    /// CloudWatch log retention for every log group, in days.
    public var logRetentionDays: Int
    public var database: DatabaseSettings
    public var protection: ProtectionSettings
    public var alarms: AlarmThresholds
    public var tracing: TracingSettings
    public var tags: TagSettings
    public var usage: UsageAssumptions
    /// Monthly budget in US dollars; an AWS Budgets alert fires at 80 % of it.
    public var monthlyBudgetUSD: Int
    public var options: EnterpriseOptions

    /// The prefix of every resource name: `rag-genai-<env>`.
    public var prefix: String { "rag-genai-\(name)" }
}

/// Lambda sizing for the chat and ingest functions.
public struct LambdaSettings: Sendable, Hashable {
    public var chatMemoryMB: Int
    public var ingestMemoryMB: Int
    /// Chat answers behind the HTTP API, whose integration timeout is 30 s at most.
    public var chatTimeoutSeconds: Int
    public var ingestTimeoutSeconds: Int
    /// Reserved concurrency per function: a hard cap against runaway cost.
    public var reservedConcurrency: Int
    /// Provisioned concurrency on the chat alias; 0 turns it (and its auto scaling) off.
    public var provisionedConcurrency: Int
    /// Upper bound for provisioned-concurrency auto scaling.
    public var provisionedConcurrencyMax: Int
}

/// The HTTP API's throttling and CORS.
public struct APISettings: Sendable, Hashable {
    public var throttlingBurstLimit: Int
    public var throttlingRateLimit: Int
    /// Origins allowed by CORS; never `*` in prod.
    public var corsOrigins: [String]
}

/// Bedrock models: smaller ones in dev.
public struct ModelSettings: Sendable, Hashable {
    /// The embedding model id, for example `amazon.titan-embed-text-v2:0`.
    public var embeddingModelID: String
    /// The chat model id, for example `anthropic.claude-3-5-sonnet-20240620-v1:0`.
    public var chatModelID: String
    /// A cross-region inference profile for the chat model, for example `eu.anthropic...`;
    /// when set, the profile and the model in every destination region are granted.
    public var chatInferenceProfile: InferenceProfile?
    /// The id the functions invoke: the inference profile where there is one, else the model.
    public var invokedChatModelID: String { chatInferenceProfile?.id ?? chatModelID }
    /// Per-request token cap passed to the handler.
    public var maxTokens: Int
    /// Prompt length cap passed to the handler.
    public var maxInputChars: Int
}

/// A Bedrock system-defined cross-region inference profile and the regions it routes to.
public struct InferenceProfile: Sendable, Hashable {
    public var id: String
    public var destinationRegions: [String]
}

/// The cost table's capacity and recovery.
public struct DatabaseSettings: Sendable, Hashable {
    public enum Capacity: Sendable, Hashable {
        case onDemand
        /// Provisioned with App Auto Scaling between the minimum and maximum units.
        case provisioned(readMin: Int, readMax: Int, writeMin: Int, writeMax: Int)
    }
    public var capacity: Capacity
    public var pointInTimeRecovery: Bool
    public var deletionProtection: Bool
}

/// Production hardening switches.
public struct ProtectionSettings: Sendable, Hashable {
    /// CloudFront + WAFv2 in front of the API (prod).
    public var waf: Bool
    /// Requests per 5 minutes per IP before WAF blocks.
    public var wafRateLimitPer5Min: Int
    /// Disaster recovery: AWS Backup of the table and S3 cross-region replication.
    public var disasterRecovery: Bool
    /// The replica region for S3 replication.
    public var drRegion: String
    /// Backup retention in days.
    public var backupRetentionDays: Int
    /// Days a replaced or deleted S3 object version is kept before it expires.
    public var noncurrentVersionDays: Int
    /// Recovery time and point objectives, documented per environment.
    public var rto: String
    public var rpo: String
}

/// CloudWatch alarm thresholds.
public struct AlarmThresholds: Sendable, Hashable {
    public var lambdaErrors: Int
    public var lambdaThrottles: Int
    public var api5xx: Int
    public var dlqDepth: Int
    /// Alarm e-mail; empty means the SNS topic has no subscription.
    public var email: String
}

/// X-Ray: how much of the environment's traffic is traced, and the latency alarm on the traces.
public struct TracingSettings: Sendable, Hashable {
    /// Fraction of requests traced beyond the reservoir of one per second (the environment's
    /// X-Ray sampling rule): higher where traffic is low and debugging common (dev), lower where
    /// every trace is paid for many times over (prod).
    public var samplingRate: Double
    /// The p95 of the chat function's traced duration, in milliseconds, above which an alarm
    /// fires; `nil` for no alarm.
    public var chatP95AlarmMs: Int?
}

/// Cost-allocation tags on every taggable resource (provider `default_tags`).
public struct TagSettings: Sendable, Hashable {
    public var costCenter: String
    public var owner: String
}

/// Usage assumptions behind the cost estimate (`synth cost`).
public struct UsageAssumptions: Sendable, Hashable {
    public var requestsPerDay: Int
    public var inputTokensPerRequest: Int
    public var outputTokensPerRequest: Int
    public var documentsIngestedPerDay: Int
    public var storedGB: Double
    public var logGBPerMonth: Double
}
