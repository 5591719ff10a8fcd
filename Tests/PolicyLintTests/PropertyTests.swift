import IAM
import PolicyLint
import TerraformCore
import SynthTestSupport
import Testing

struct PropertyTests {
    static let seeds: [String] = [
        #"{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::rag-genai-prod-x","arn:aws:s3:::rag-genai-prod-x/*"]},{"Effect":"Deny","NotAction":"iam:*","NotResource":"*"}]}"#,
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":["*","arn:aws:iam::1:root"]},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"1"}}}}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:*:*:log-group:${aws_cloudwatch_log_group.x.name}:*"},{"Effect":"Allow","Action":"iam:PassRole","Resource":"${aws_iam_role.r.arn}"}]}"#,
    ]

    /// Mutates a valid policy many ways; the linter must return findings, never trap.
    @Test func mutatedDocumentsNeverCrash() {
        var random = SplitMix64(seed: 0x5EED_1234)
        let linter = PolicyLinter()
        let context = PolicyContext(environment: "dev", suppressions: [0: [Suppression(rule: "wildcard-action", reason: "x")]])
        var linted = 0
        for round in 0..<3000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            switch random.next() % 7 {
            case 0: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
            case 1:
                for _ in 0..<(1 + random.next() % 4) { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
            case 2: bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case 3: bytes.insert(contentsOf: [0xC0, 0xAF, 0xED, 0xA0, 0x80], at: Int(random.next() % UInt64(bytes.count)))
            case 4:
                let depth = Int(random.next() % 2000)
                bytes = Array(#"{"Version":"2012-10-17","Statement":"#.utf8) + Array(repeating: UInt8(ascii: "["), count: depth)
                    + Array(repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: "}")]
            case 5:
                let pieces = ["1", "null", "true", "[]", "{}", "\"*\"", "[\"*\"]", "{\"AWS\":1}", "\"${\"", "\"arn:*\""]
                let text = String(decoding: bytes, as: UTF8.self)
                let quotes = text.indices.filter { text[$0] == ":" }
                if let colon = quotes.randomElement(using: &random) {
                    let after = text.index(after: colon)
                    var mutated = text
                    mutated.insert(contentsOf: pieces.randomElement(using: &random)! + ",\"X\":", at: after)
                    bytes = Array(mutated.utf8)
                }
            default:
                if let value = try? JSONParser.parse(bytes) {
                    _ = linter.lint(scramble(value, &random), context: context)
                }
            }
            _ = linter.lint(bytes: bytes, context: context)
            linted += 1
        }
        #expect(linted == 3000)
    }

    /// Replaces random subtrees with values of other types.
    func scramble(_ value: JSONValue, _ random: inout SplitMix64) -> JSONValue {
        if random.next() % 5 == 0 {
            let replacements: [JSONValue] = [.null, .integer(7), .decimal(1.5), .bool(false), .string("*"), .array([]), .object([:]), .string("${")]
            return replacements[Int(random.next() % UInt64(replacements.count))]
        }
        switch value {
        case .object(let members): return .object(members.mapValues { scramble($0, &random) })
        case .array(let elements): return .array(elements.map { scramble($0, &random) })
        default: return value
        }
    }
}
