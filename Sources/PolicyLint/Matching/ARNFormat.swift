/// A catalog ARN format such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`, ready to match.
///
/// Placeholders match one or more characters. `${Partition}`, `${Region}` and `${Account}` never
/// contain `:` or `/`. A named part may contain `:` and `/` (object keys, IAM paths, log group
/// names, partner event bus names), except where another format of the same service continues
/// this one with `/` (the catalog lists those per service; see `CatalogDataRenderer` in
/// SchemaCodegen): `arn:aws:s3:::bucket/*` is an object ARN and never a bucket ARN,
/// `table/T/index/*` is not a table ARN.
public struct ARNFormat: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case literal(UInt8)
        case placeholder(allowsSlash: Bool, allowsColon: Bool)
    }

    /// The format as the catalog writes it.
    public let text: String
    /// The service field, `s3` in `arn:${Partition}:s3:::${BucketName}`.
    let service: Substring
    let tokens: [Token]
    /// How many leading segments of the resource part (after the fifth `:`) are fixed words,
    /// such as `table` in `table/${TableName}`; the next segment is the resource's name.
    let keywordSegments: Int
    /// Whether `service` is a literal (not a `${...}` placeholder), and the tokens as
    /// ``ARNMatcher`` compares them: computed once per format.
    let hasLiteralService: Bool
    let sides: [ARNMatcher.Side]
    /// `text`'s hash, taken once (see ``PolicyARN/textHash``).
    let textHash: Int

    public var description: String { text }

    init(_ text: String, placeholdersWithoutSlash: Set<String> = []) {
        self.text = text
        self.service = Self.thirdField(of: text)
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}"))
            {
                let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                if Self.fieldPlaceholders.contains(name) {
                    tokens.append(.placeholder(allowsSlash: false, allowsColon: false))
                } else {
                    tokens.append(.placeholder(allowsSlash: !placeholdersWithoutSlash.contains(name), allowsColon: true))
                }
                index = close + 1
            } else {
                tokens.append(.literal(bytes[index]))
                index += 1
            }
        }
        self.tokens = tokens
        self.keywordSegments = Self.countKeywordSegments(tokens)
        self.hasLiteralService = !service.isEmpty && !service.contains("$")
        self.sides = ARNMatcher.sides(of: tokens)
        self.textHash = text.hashValue
    }

    /// The service field of `arn:partition:service:...` (empty when there is none), found byte by
    /// byte: `split` cost more than the rest of reading a format.
    static func thirdField(of text: String) -> Substring {
        let utf8 = text.utf8
        var colons = 0
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: ":") {
                colons += 1
                if colons == 2 { start = utf8.index(after: index) }
                if colons == 3 { return text[start..<index] }
            }
            index = utf8.index(after: index)
        }
        return colons == 2 ? text[start...] : ""
    }

    static let fieldPlaceholders: Set<String> = ["Partition", "Region", "Account"]

    private static func countKeywordSegments(_ tokens: [Token]) -> Int {
        var colons = 0
        var index = 0
        while index < tokens.count, colons < 5 {
            if tokens[index] == .literal(UInt8(ascii: ":")) { colons += 1 }
            index += 1
        }
        var keywords = 0
        var segmentIsLiteral = true
        while index < tokens.count {
            switch tokens[index] {
            case .literal(let byte) where byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":"):
                guard segmentIsLiteral else { return keywords }
                keywords += 1
            case .literal: break
            case .placeholder: segmentIsLiteral = false
            }
            index += 1
        }
        return keywords
    }
}
