@testable import PolicyLint
import Testing

struct ARNMatcherTests {
    func matches(_ policy: String, _ format: String, noSlash: Set<String> = []) -> Bool {
        ARNMatcher.matches(PolicyARN(policy), ARNFormat(format, placeholdersWithoutSlash: noSlash))
    }

    let bucket = "arn:${Partition}:s3:::${BucketName}"
    let object = "arn:${Partition}:s3:::${BucketName}/${ObjectName}"
    let stream = "arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}"

    @Test func bucketsAndObjects() {
        #expect(matches("arn:aws:s3:::b", bucket, noSlash: ["BucketName"]))
        #expect(!matches("arn:aws:s3:::b/*", bucket, noSlash: ["BucketName"]))
        #expect(matches("arn:aws:s3:::b/*", object, noSlash: ["BucketName"]))
        #expect(!matches("arn:aws:s3:::b", object, noSlash: ["BucketName"]))
        #expect(matches("arn:aws:s3:::b/a/b/c.txt", object, noSlash: ["BucketName"]))
        #expect(matches("*", bucket))
        #expect(matches("arn:aws:s3:::*", object, noSlash: ["BucketName"]))
        #expect(matches("arn:aws:s3:::b?", bucket))
    }

    @Test func logStreams() {
        #expect(matches("arn:aws:logs:us-east-1:1:log-group:/aws/lambda/x:*", stream))
        #expect(matches("arn:aws:logs:us-east-1:1:log-group:/aws/lambda/x:log-stream:2024/01/01", stream))
        #expect(!matches("arn:aws:logs:us-east-1:1:log-group:/aws/lambda/x", stream))
    }

    @Test func unknownPartsAndVariables() {
        #expect(matches("${aws_s3_bucket.x.arn}", bucket))
        #expect(matches("${var.bucket_arn}/*", object, noSlash: ["BucketName"]))
        #expect(matches("arn:aws:s3:::b/${aws:username}", object, noSlash: ["BucketName"]))
        #expect(!matches("arn:aws:s3:::b/${*}", bucket, noSlash: ["BucketName"]))
        #expect(!matches("arn:aws:dynamodb:us-east-1:1:table/t", bucket))
    }

    @Test func pathologicalPatternsStayFast() {
        let policy = String(repeating: "*a", count: 200) + "b"
        #expect(!matches(policy, "arn:${Partition}:s3:::" + String(repeating: "a", count: 300)))
    }
}
