import IAM
import Testing

/// The one table of policy kinds: names, quotas, shapes, and the kind a Terraform resource holds.
struct PolicyKindTests {
    @Test func oneTableOfKinds() {
        #expect(PolicyKind.all.map(\.rawValue) == [
            "identity", "managed", "role-inline", "user-inline", "group-inline", "trust", "resource", "s3-bucket", "kms-key",
            "sns-topic", "sqs-queue", "lambda-function", "secret", "ecr-repository", "ecr-public-repository", "oam-sink", "serverless-application",
        ])
        #expect(Set(PolicyKind.all.map(\.rawValue)).count == PolicyKind.all.count)
        #expect(PolicyKind(rawValue: "kms-key") == .kmsKey)
        #expect(PolicyKind(rawValue: "nope") == nil)
    }

    @Test func quotasAndShapes() {
        #expect([PolicyKind.managed, .roleInline, .groupInline, .userInline, .trust].map(\.sizeQuota) == [6_144, 10_240, 5_120, 2_048, 2_048])
        #expect(!PolicyKind.trust.requiresResource)
        #expect(!PolicyKind.ecrRepository.requiresResource)
        #expect(PolicyKind.s3Bucket.requiresResource)
        #expect(PolicyKind.resourcePolicy(ofService: "ecr") == .ecrRepository)
        #expect(PolicyKind.resourcePolicy(ofService: "dynamodb") == nil)
    }

    @Test func refinedByTheHoldingResource() {
        #expect(PolicyKind.identity.refined(byAddress: "aws_iam_role_policy.chat") == .roleInline)
        #expect(PolicyKind.identity.refined(byAddress: "aws_iam_policy.deploy") == .managed)
        #expect(PolicyKind.resource.refined(byAddress: "aws_kms_key.main") == .kmsKey)
        #expect(PolicyKind.resource.refined(byAddress: "aws_iam_role_policy.chat") == .resource)
        #expect(PolicyKind.trust.refined(byAddress: "aws_iam_role.chat") == .trust)
        #expect(PolicyKind.kmsKey.refined(byAddress: "aws_s3_bucket_policy.x") == .kmsKey)
    }
}
