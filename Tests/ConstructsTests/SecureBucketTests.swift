import AWSResources
import Constructs
import IAM
import TerraformCore
import Testing

/// A secure bucket: every guard declared, a TLS-only policy registered with the gate.
@Suite struct SecureBucketTests {
    func declared(_ bucket: SecureBucket) -> StackModule {
        var module = StackModule("m")
        bucket.declare(in: &module)
        return module
    }

    let key = TFString(Reference(resource: "aws_kms_key", name: "main", attribute: "arn"))

    @Test func everyGuardIsDeclared() throws {
        let module = declared(SecureBucket(localName: "docs", bucketName: "acme-docs", encryption: .kms(key), noncurrentVersionDays: 30, expirationDays: nil))
        #expect(addresses(module) == [
            "aws_s3_bucket.docs", "aws_s3_bucket_lifecycle_configuration.docs", "aws_s3_bucket_notification.docs",
            "aws_s3_bucket_ownership_controls.docs", "aws_s3_bucket_policy.docs", "aws_s3_bucket_public_access_block.docs",
            "aws_s3_bucket_server_side_encryption_configuration.docs", "aws_s3_bucket_versioning.docs",
        ])
        #expect(try resourceJSON(module, "aws_s3_bucket_public_access_block.docs")
            == #"{"block_public_acls":true,"block_public_policy":true,"bucket":"${aws_s3_bucket.docs.bucket}","ignore_public_acls":true,"restrict_public_buckets":true}"#)
        #expect(try resourceJSON(module, "aws_s3_bucket_server_side_encryption_configuration.docs")
            == #"{"bucket":"${aws_s3_bucket.docs.bucket}","rule":[{"apply_server_side_encryption_by_default":{"kms_master_key_id":"${aws_kms_key.main.arn}","sse_algorithm":"aws:kms"},"bucket_key_enabled":true}]}"#)
        #expect(try resourceJSON(module, "aws_s3_bucket_notification.docs") == #"{"bucket":"${aws_s3_bucket.docs.bucket}","eventbridge":true}"#)
    }

    @Test func thePolicyDeniesRequestsWithoutTLS() {
        let module = declared(SecureBucket(localName: "docs", bucketName: "acme-docs", encryption: .s3Managed, noncurrentVersionDays: 30, expirationDays: nil))
        let record = module.policies.first
        #expect(module.policies.count == 1)
        #expect(record?.address == "aws_s3_bucket_policy.docs")
        #expect(record?.kind == .s3Bucket)
        #expect(record.map { policyJSON($0.document) }
            == #"{"Statement":[{"Action":["s3:*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":"*","Resource":["${aws_s3_bucket.docs.arn}","${aws_s3_bucket.docs.arn}/*"],"Sid":"DenyInsecureTransport"}],"Version":"2012-10-17"}"#)
    }

    @Test func lifecycleRulesFollowTheOptions() throws {
        let kept = declared(SecureBucket(localName: "docs", bucketName: "b", encryption: .s3Managed, noncurrentVersionDays: 30, expirationDays: nil))
        #expect(try resourceJSON(kept, "aws_s3_bucket_lifecycle_configuration.docs")
            == #"{"bucket":"${aws_s3_bucket.docs.bucket}","depends_on":["aws_s3_bucket_versioning.docs"],"rule":[{"filter":[{}],"id":"expire-noncurrent-versions","noncurrent_version_expiration":[{"noncurrent_days":30}],"status":"Enabled"},{"abort_incomplete_multipart_upload":[{"days_after_initiation":7}],"filter":[{}],"id":"abort-incomplete-uploads","status":"Enabled"}]}"#)
        let expiring = declared(SecureBucket(localName: "docs", bucketName: "b", encryption: .s3Managed, noncurrentVersionDays: 30, expirationDays: 90))
        #expect(try resourceJSON(expiring, "aws_s3_bucket_lifecycle_configuration.docs")
            .hasSuffix(#"{"expiration":[{"days":90}],"filter":[{}],"id":"expire-objects","status":"Enabled"}]}"#))
        #expect(try resourceJSON(kept, "aws_s3_bucket_server_side_encryption_configuration.docs")
            == #"{"bucket":"${aws_s3_bucket.docs.bucket}","rule":[{"apply_server_side_encryption_by_default":{"sse_algorithm":"AES256"}}]}"#)
    }

    @Test func accessLogsGoToABucketThatAllowsDelivery() throws {
        var logs = SecureBucket(localName: "logs", bucketName: "acme-logs", encryption: .s3Managed, noncurrentVersionDays: 30, expirationDays: 90,
                                eventBridgeNotifications: false)
        logs.allowAccessLogDelivery(account: "111111111111")
        var module = StackModule("m")
        let logBucket = logs.declare(in: &module)
        SecureBucket(localName: "docs", bucketName: "acme-docs", encryption: .s3Managed, noncurrentVersionDays: 30, expirationDays: nil,
                     accessLogs: (logBucket, "docs/")).declare(in: &module)
        #expect(!addresses(module).contains("aws_s3_bucket_notification.logs"))
        #expect(try resourceJSON(module, "aws_s3_bucket_logging.docs")
            == #"{"bucket":"${aws_s3_bucket.docs.bucket}","depends_on":["aws_s3_bucket_policy.logs"],"target_bucket":"${aws_s3_bucket.logs.bucket}","target_prefix":"docs/"}"#)
        #expect(policyJSON(logs.policy).contains(
            #"{"Action":["s3:PutObject"],"Condition":{"StringEquals":{"aws:SourceAccount":"111111111111"}},"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Resource":["${aws_s3_bucket.logs.arn}/*"],"Sid":"AllowServerAccessLogDelivery"}"#))
    }
}
