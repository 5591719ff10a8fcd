import Foundation
import Stack
import TerraformCore
import SynthTestSupport

/// A fixed-seed generator of standalone IAM policy files for the `lint-policy` benchmark:
/// least-privilege identity policies, bucket and trust policies, and every kind of mistake the
/// linter reports (wildcards, `NotAction`, resource mismatches, unknown actions, privilege
/// escalation, public principals, other environments' resources, broken JSON).
struct PolicyCorpus {
    var count: Int
    var seed: UInt64 = 0x5EED_2024

    struct Summary {
        var files: [String]
        var bytes: Int
        var invalidJSON: Int
    }

    /// Writes `count` files `p0000.json`... into `directory`.
    func write(into directory: String) throws -> Summary {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = SplitMix64(seed: seed)
        var summary = Summary(files: [], bytes: 0, invalidJSON: 0)
        for index in 0..<count {
            let (text, valid) = policy(&random)
            let digits = String(index)
            let path = directory + "/p" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".json"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            summary.files.append(path)
            summary.bytes += text.utf8.count
            if !valid { summary.invalidJSON += 1 }
        }
        return summary
    }

    static let environments = Environments.names
    static let goodGrants: [(actions: [String], resource: @Sendable (String) -> String)] = [
        (["s3:GetObject", "s3:PutObject"], { "arn:aws:s3:::rag-genai-\($0)-vectors/*" }),
        (["s3:ListBucket"], { "arn:aws:s3:::rag-genai-\($0)-vectors" }),
        (["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], { "arn:aws:dynamodb:eu-west-1:123456789012:table/rag-genai-\($0)-costs" }),
        (["kms:Decrypt", "kms:GenerateDataKey"], { _ in "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0" }),
        (["logs:CreateLogStream", "logs:PutLogEvents"], { "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/rag-genai-\($0)-chat:*" }),
        (["sqs:SendMessage"], { "arn:aws:sqs:eu-west-1:123456789012:rag-genai-\($0)-ingest-dlq" }),
        (["bedrock:InvokeModel"], { _ in "arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0" }),
        (["xray:PutTraceSegments", "xray:PutTelemetryRecords"], { _ in "*" }),
    ]

    /// One policy text and whether it is meant to be valid JSON.
    func policy(_ random: inout SplitMix64) -> (String, Bool) {
        let environment = Self.environments[random.below(Self.environments.count)]
        let shape = random.below(100)
        if shape < 6 {
            // Broken JSON: a valid policy cut short, or bytes that are not JSON at all.
            let whole = TerraformJSONWriter.pretty(document(statements(&random, environment: environment, count: 2)))
            let cut = whole.utf8.prefix(max(1, random.below(whole.utf8.count)))
            return (random.below(2) == 0 ? String(decoding: cut, as: UTF8.self) : "{\"Version\": \"2012-10-17\", Statement: [}", false)
        }
        if shape < 9 {
            // JSON, but not a policy.
            let texts = ["[]", "{}", "{\"Version\": \"2012-10-17\"}", "{\"Statement\": \"Allow\"}", "42"]
            return (texts[random.below(texts.count)], true)
        }
        var statementCount = 1 + random.below(6)
        if shape >= 97 { statementCount = 40 + random.below(40) }   // a few large policies
        var list = statements(&random, environment: environment, count: statementCount)
        if shape >= 85 && shape < 92 {
            // A bucket policy, sometimes public.
            let principal: JSONValue = random.below(3) == 0 ? .string("*") : .object(["AWS": .string("arn:aws:iam::123456789012:role/reader")])
            list = [.object(["Sid": "BucketRead", "Effect": "Allow", "Principal": principal, "Action": "s3:GetObject",
                             "Resource": .string("arn:aws:s3:::rag-genai-\(environment)-vectors/*")])]
        } else if shape >= 92 && shape < 97 {
            list = [.object(["Effect": "Allow", "Action": "sts:AssumeRole", "Principal": .object(["Service": "lambda.amazonaws.com"]),
                             "Condition": .object(["StringEquals": .object(["aws:SourceAccount": "123456789012"])])])]
        }
        return (TerraformJSONWriter.pretty(document(list)), true)
    }

    func document(_ statements: [JSONValue]) -> JSONValue {
        .object(["Version": "2012-10-17", "Statement": .array(statements)])
    }

    func statements(_ random: inout SplitMix64, environment: String, count: Int) -> [JSONValue] {
        (0..<count).map { index in statement(&random, environment: environment, index: index) }
    }

    func statement(_ random: inout SplitMix64, environment: String, index: Int) -> JSONValue {
        let grant = Self.goodGrants[random.below(Self.goodGrants.count)]
        var actions = grant.actions
        var resource = grant.resource(environment)
        var members: [String: JSONValue] = ["Sid": .string("S\(index)"), "Effect": "Allow"]
        switch random.below(20) {
        case 0: actions = [actions[0].split(separator: ":")[0] + ":*"]                    // wildcard-action
        case 1: resource = "*"                                                              // wildcard-resource
        case 2: actions = ["s3:GetObject"]; resource = "arn:aws:s3:::rag-genai-\(environment)-vectors"   // resource-mismatch
        case 3: actions = ["s3:GetObjekt"]                                                  // unknown-action
        case 4: actions = ["s4:GetObject"]                                                  // unknown-service
        case 5: actions = ["iam:PassRole", "iam:CreatePolicyVersion"]; resource = "*"       // privilege-escalation
        case 6:                                                                             // cross-environment
            let other = Self.environments[random.below(Self.environments.count)]
            resource = grant.resource(other)
        case 7:                                                                             // not-action
            members["NotAction"] = .array(actions.map(JSONValue.string))
            members["Resource"] = .string(resource)
            return .object(members)
        case 8:
            members["Condition"] = .object(["StringLike": .object(["s3:prefix": .array([.string("tenants/\(index)/*"), "shared/*"])])])
        case 9: members["Effect"] = "Deny"
        default: break
        }
        members["Action"] = actions.count == 1 && random.below(2) == 0 ? .string(actions[0]) : .array(actions.map(JSONValue.string))
        members["Resource"] = .string(resource)
        return .object(members)
    }
}
