import AWSResources
import IAM
import TerraformCore

/// An S3 bucket with every guard on: encryption, versioning, all four public-access blocks,
/// `BucketOwnerEnforced` (no ACLs), a TLS-only bucket policy, lifecycle rules for old versions
/// and incomplete uploads, optional access logging, and S3 event notifications to EventBridge
/// (free on the default bus) unless the caller declares the bucket's notification itself.
public struct SecureBucket: Sendable {
    public enum Encryption: Sendable {
        /// SSE-KMS with the given key and an S3 bucket key (fewer KMS calls, lower cost).
        case kms(TFString)
        /// SSE-S3; required for server access-log targets, which cannot use SSE-KMS.
        case s3Managed
    }

    public let localName: String
    public var bucketName: TFString
    public var encryption: Encryption
    public var noncurrentVersionDays: TFNumber
    /// Days after which current objects expire; `nil` keeps them.
    public var expirationDays: Int?
    /// Where server access logs go: the log bucket (declared with `allowAccessLogDelivery`) and a prefix.
    public var accessLogs: (bucket: S3Bucket, prefix: String)?
    /// Statements added to the bucket policy after the TLS-only deny.
    public var policyStatements: [Statement] = []
    /// Declares an `aws_s3_bucket_notification` sending every event to EventBridge. S3 allows one
    /// notification configuration per bucket: a caller that declares its own (for example to
    /// invoke a function) passes `false` and sets `eventbridge = true` on its own.
    public var eventBridgeNotifications: Bool
    /// Where the bucket was declared: the TLS-only statement's source.
    public var source: SourceLocation

    public init(localName: String, bucketName: TFString, encryption: Encryption, noncurrentVersionDays: TFNumber,
                expirationDays: Int?, accessLogs: (bucket: S3Bucket, prefix: String)? = nil, eventBridgeNotifications: Bool = true,
                file: String = #fileID, line: Int = #line) {
        self.source = SourceLocation(fileID: file, line: line)
        self.localName = localName
        self.bucketName = bucketName
        self.encryption = encryption
        self.noncurrentVersionDays = noncurrentVersionDays
        self.expirationDays = expirationDays
        self.accessLogs = accessLogs
        self.eventBridgeNotifications = eventBridgeNotifications
    }

    /// The bucket's ARN, known before the bucket is declared.
    public var arn: TFString { TFString(Reference(resource: S3Bucket.terraformType, name: localName, attribute: "arn")) }
    public var ref: BucketRef { BucketRef(arn: arn) }

    /// The bucket's name read from its versioning configuration: whoever uses it waits until
    /// versioning is on (S3 replication needs it on both sides), and it is known at plan time.
    public var versionedName: TFString {
        TFString(Reference(resource: S3BucketVersioning.terraformType, name: localName, attribute: "bucket"))
    }
    /// The address of the bucket's versioning configuration.
    public var versioningAddress: String { "\(S3BucketVersioning.terraformType).\(localName)" }

    /// `bucket`'s name attribute (`aws_s3_bucket.x.bucket`).
    public static func name(of bucket: S3Bucket) -> TFString { bucket.attribute("bucket") }

    /// Lets the S3 logging service write server access logs into this bucket, only for buckets
    /// of `account`.
    public mutating func allowAccessLogDelivery(account: TFString, file: String = #fileID, line: Int = #line) {
        policyStatements.append(Statement(
            sid: "AllowServerAccessLogDelivery", effect: .allow, actions: [.s3.putObject], resources: ["\(arn)/*"],
            principals: [.service("logging.s3.amazonaws.com")],
            conditions: [Condition("StringEquals", "aws:SourceAccount", [account])], file: file, line: line))
    }

    /// The bucket policy: deny any request without TLS, then the added statements.
    public var policy: PolicyDocument {
        let denyInsecure = Statement(sid: "DenyInsecureTransport", effect: .deny, actions: [Action("s3:*")], resources: [arn, "\(arn)/*"],
                                     principals: [.anyone], conditions: [.insecureTransport], file: source.fileID, line: source.line)
        return PolicyDocument([denyInsecure] + policyStatements)
    }

    @discardableResult
    public func declare(in module: inout StackModule, file: String = #fileID, line: Int = #line) -> S3Bucket {
        let bucket = module.add(S3Bucket(localName).with {
            $0.bucket = bucketName
            $0.forceDestroy = false
        })
        // The name, not the id: it is known at plan time, so more of the plan is known too.
        let name = Self.name(of: bucket)
        module.add(S3BucketPublicAccessBlock(localName, bucket: name).with {
            $0.blockPublicAcls = true
            $0.blockPublicPolicy = true
            $0.ignorePublicAcls = true
            $0.restrictPublicBuckets = true
        })
        module.add(S3BucketOwnershipControls(localName, bucket: name, rule: .init(objectOwnership: "BucketOwnerEnforced")))
        module.add(S3BucketVersioning(localName, bucket: name, versioningConfiguration: .init(status: "Enabled")))
        var rule = S3BucketServerSideEncryptionConfiguration.Rule()
        switch encryption {
        case .kms(let key):
            rule.applyServerSideEncryptionByDefault = .init(sseAlgorithm: "aws:kms").with { $0.kmsMasterKeyId = key }
            rule.bucketKeyEnabled = true
        case .s3Managed:
            rule.applyServerSideEncryptionByDefault = .init(sseAlgorithm: "AES256")
        }
        module.add(S3BucketServerSideEncryptionConfiguration(localName, bucket: name, rule: [rule]))
        module.add(S3BucketPolicy(localName, bucket: name, policy: self.policy.rendered), policy: self.policy, kind: .s3Bucket, file: file, line: line)

        var rules = [
            S3BucketLifecycleConfiguration.Rule(id: "expire-noncurrent-versions", status: "Enabled").with {
                $0.filter = [.init()]
                $0.noncurrentVersionExpiration = [.init(noncurrentDays: noncurrentVersionDays)]
            },
            S3BucketLifecycleConfiguration.Rule(id: "abort-incomplete-uploads", status: "Enabled").with {
                $0.filter = [.init()]
                $0.abortIncompleteMultipartUpload = [.init().with { $0.daysAfterInitiation = 7 }]
            },
        ]
        if let expirationDays {
            rules.append(S3BucketLifecycleConfiguration.Rule(id: "expire-objects", status: "Enabled").with {
                $0.filter = [.init()]
                $0.expiration = [.init().with { $0.days = TFNumber(expirationDays) }]
            })
        }
        module.add(S3BucketLifecycleConfiguration(localName, bucket: name).with {
            $0.rule = rules
            // Versioning must be on before noncurrent-version rules apply.
            $0.meta.dependsOn = ["aws_s3_bucket_versioning.\(localName)"]
        })
        if let accessLogs {
            module.add(S3BucketLogging(localName, bucket: name, targetBucket: Self.name(of: accessLogs.bucket),
                                       targetPrefix: TFString(accessLogs.prefix)).with {
                // S3 checks that the target bucket's policy lets the logging service write before it accepts the configuration.
                $0.meta.dependsOn = ["\(S3BucketPolicy.terraformType).\(accessLogs.bucket.name)"]
            })
        }
        if eventBridgeNotifications {
            module.add(S3BucketNotification(localName, bucket: name).with { $0.eventbridge = true })
        }
        return bucket
    }
}
