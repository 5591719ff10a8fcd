/// What holds a policy document: it decides which elements the document has, how large IAM or
/// the service lets it be, and which lint rules apply.
///
/// One table (``all``) declares every kind once; the linter, the CLI's `--kind` values and the
/// stack's policy records all read it.
///
///     PolicyKind.roleInline.sizeQuota          // 10_240 (characters, whitespace excluded)
///     PolicyKind.ecrRepository.requiresResource // false: a repository policy names no Resource
///     PolicyKind(rawValue: "kms-key")          // .kmsKey
public struct PolicyKind: Sendable, Hashable, CustomStringConvertible {
    /// Where the document sits, which decides its elements.
    public enum Placement: String, Sendable, Hashable {
        /// Attached to a user, group or role: `Resource`, no `Principal`.
        case identity
        /// Attached to a resource (bucket, key, queue, ...): `Principal`, and `Resource` unless
        /// the service's policies have none.
        case resource
        /// A role's assume-role policy: `Principal`, no `Resource`.
        case trust
    }

    /// The `--kind` value, for example `role-inline`.
    public let rawValue: String
    public let placement: Placement
    /// How findings and summaries name the kind, plural: `inline role policies`.
    public let title: String
    /// The largest document IAM or the service accepts, in characters without whitespace
    /// (IAM does not count whitespace); `nil` when no quota is checked.
    public let sizeQuota: Int?
    /// Whether every statement needs `Resource` or `NotResource`.
    public let requiresResource: Bool
    /// For resource policies of one service: its prefix, so a policy whose actions all belong to
    /// that service is recognised as this kind.
    public let service: String?
    /// The Terraform resource types whose policy argument holds this kind.
    public let terraformTypes: [String]

    init(_ rawValue: String, _ placement: Placement, _ title: String, quota: Int?, requiresResource: Bool? = nil,
         service: String? = nil, terraformTypes: [String] = []) {
        self.rawValue = rawValue
        self.placement = placement
        self.title = title
        self.sizeQuota = quota
        self.requiresResource = requiresResource ?? (placement != .trust)
        self.service = service
        self.terraformTypes = terraformTypes
    }

    /// The kind whose ``rawValue`` is `rawValue`.
    public init?(rawValue: String) {
        guard let kind = Self.all.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = kind
    }

    public var description: String { rawValue }

    /// An identity policy whose attachment is not known: checked against the largest identity
    /// quota (an inline role policy's), since no attachment holds more.
    public static let identity = PolicyKind("identity", .identity, "identity policies", quota: 10_240)
    /// A customer managed policy (`aws_iam_policy`).
    public static let managed = PolicyKind("managed", .identity, "managed policies", quota: 6_144, terraformTypes: ["aws_iam_policy"])
    /// An inline policy of a role (`aws_iam_role_policy`).
    public static let roleInline = PolicyKind("role-inline", .identity, "inline role policies", quota: 10_240,
                                              terraformTypes: ["aws_iam_role_policy"])
    /// An inline policy of a user (`aws_iam_user_policy`).
    public static let userInline = PolicyKind("user-inline", .identity, "inline user policies", quota: 2_048,
                                              terraformTypes: ["aws_iam_user_policy"])
    /// An inline policy of a group (`aws_iam_group_policy`).
    public static let groupInline = PolicyKind("group-inline", .identity, "inline group policies", quota: 5_120,
                                               terraformTypes: ["aws_iam_group_policy"])
    /// A role's trust policy (`assume_role_policy`); 2,048 characters unless the account's quota was raised.
    public static let trust = PolicyKind("trust", .trust, "trust policies", quota: 2_048, terraformTypes: ["aws_iam_role"])
    /// A resource policy of a service without a more specific kind.
    public static let resource = PolicyKind("resource", .resource, "resource policies", quota: nil)
    /// An S3 bucket policy (20 KB).
    public static let s3Bucket = PolicyKind("s3-bucket", .resource, "S3 bucket policies", quota: 20_480, service: "s3",
                                            terraformTypes: ["aws_s3_bucket_policy"])
    /// A KMS key policy (32 KB).
    public static let kmsKey = PolicyKind("kms-key", .resource, "KMS key policies", quota: 32_768, service: "kms",
                                          terraformTypes: ["aws_kms_key", "aws_kms_key_policy", "aws_kms_replica_key"])
    /// An SNS topic policy (30 KB).
    public static let snsTopic = PolicyKind("sns-topic", .resource, "SNS topic policies", quota: 30_720, service: "sns",
                                            terraformTypes: ["aws_sns_topic_policy"])
    /// An SQS queue policy.
    public static let sqsQueue = PolicyKind("sqs-queue", .resource, "SQS queue policies", quota: nil, service: "sqs",
                                            terraformTypes: ["aws_sqs_queue_policy"])
    /// A Lambda function policy, made of permissions (20 KB).
    public static let lambdaFunction = PolicyKind("lambda-function", .resource, "Lambda function policies", quota: 20_480,
                                                  service: "lambda", terraformTypes: ["aws_lambda_permission"])
    /// A Secrets Manager secret policy (20,480 characters).
    public static let secret = PolicyKind("secret", .resource, "secret policies", quota: 20_480, service: "secretsmanager",
                                          terraformTypes: ["aws_secretsmanager_secret_policy"])
    /// An ECR repository policy: statements name no Resource (the repository is implied).
    public static let ecrRepository = PolicyKind("ecr-repository", .resource, "ECR repository policies", quota: 10_240,
                                                 requiresResource: false, service: "ecr", terraformTypes: ["aws_ecr_repository_policy"])
    /// An ECR Public repository policy: no Resource either.
    public static let ecrPublicRepository = PolicyKind("ecr-public-repository", .resource, "ECR Public repository policies", quota: 10_240,
                                                       requiresResource: false, service: "ecr-public",
                                                       terraformTypes: ["aws_ecrpublic_repository_policy"])
    /// A CloudWatch Observability Access Manager sink policy (`aws_oam_sink_policy`): which
    /// accounts may link to the monitoring account's sink, and with which resource types.
    public static let oamSink = PolicyKind("oam-sink", .resource, "OAM sink policies", quota: nil, service: "oam",
                                           terraformTypes: ["aws_oam_sink_policy"])
    /// A Serverless Application Repository application policy: no Resource.
    public static let serverlessApplication = PolicyKind("serverless-application", .resource, "Serverless Application Repository policies",
                                                         quota: nil, requiresResource: false, service: "serverlessrepo")

    /// Every kind, in `--kind` help order.
    public static let all: [PolicyKind] = [
        .identity, .managed, .roleInline, .userInline, .groupInline, .trust, .resource, .s3Bucket, .kmsKey, .snsTopic,
        .sqsQueue, .lambdaFunction, .secret, .ecrRepository, .ecrPublicRepository, .oamSink, .serverlessApplication,
    ]

    /// The kind of the policy in a resource of Terraform type `terraformType`, when one is declared.
    public static func holding(terraformType: String) -> PolicyKind? {
        all.first { $0.terraformTypes.contains(terraformType) }
    }

    /// The resource-policy kind of `service`'s policies, when it has one.
    public static func resourcePolicy(ofService service: String) -> PolicyKind? {
        all.first { $0.placement == .resource && $0.service == service }
    }

    /// This kind made precise by the Terraform resource at `address` (`aws_iam_role_policy.chat`):
    /// a generic identity or resource kind becomes the kind that resource type holds.
    public func refined(byAddress address: String) -> PolicyKind {
        guard self == .identity || self == .resource,
              let type = address.split(separator: ".").first.map(String.init),
              let specific = Self.holding(terraformType: type), specific.placement == placement
        else { return self }
        return specific
    }
}
