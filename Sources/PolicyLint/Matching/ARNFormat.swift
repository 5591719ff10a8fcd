import Foundation

/// A catalog ARN format such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`, ready to match.
///
/// Placeholders match one or more characters. `${Partition}`, `${Region}` and `${Account}` never
/// contain `:` or `/`. A named part may contain `:` and `/` (object keys, IAM paths, log group
/// names, partner event bus names), except where another format of the same service continues
/// this one with `/` (``singleSegmentPlaceholders(in:)``): `arn:aws:s3:::bucket/*` is an object
/// ARN and never a bucket ARN, `table/T/index/*` is not a table ARN.
public struct ARNFormat: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case literal(UInt8)
        case placeholder(allowsSlash: Bool, allowsColon: Bool)
    }

    /// The format as the catalog writes it.
    public let text: String
    let tokens: [Token]
    /// How many leading segments of the resource part (after the fifth `:`) are fixed words,
    /// such as `table` in `table/${TableName}`; the next segment is the resource's name.
    let keywordSegments: Int

    public var description: String { text }

    init(_ text: String, placeholdersWithoutSlash: Set<String> = []) {
        self.text = text
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
    }

    static let fieldPlaceholders: Set<String> = ["Partition", "Region", "Account"]

    /// The placeholders that name one path segment: a format of the service ends with the
    /// placeholder and another format of the same service continues that very format with `/`.
    /// `arn:${Partition}:s3:::${BucketName}` continues as `.../${BucketName}/${ObjectName}`, so a
    /// bucket name has no `/`; `table/${TableName}` continues as `table/${TableName}/index/...`.
    /// A placeholder that only reappears under another word keeps its `/`: partner event buses
    /// are `event-bus/aws.partner/...`, even though rules are `rule/${EventBusName}/${RuleName}`.
    static func singleSegmentPlaceholders(in formats: [String]) -> Set<String> {
        var names: Set<String> = []
        for format in formats where format.hasSuffix("}") {
            guard let open = format.range(of: "${", options: .backwards) else { continue }
            let continued = format + "/"
            guard formats.contains(where: { $0.count > continued.count && $0.hasPrefix(continued) }) else { continue }
            names.insert(String(format[open.upperBound..<format.index(before: format.endIndex)]))
        }
        return names
    }

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
