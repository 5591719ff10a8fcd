/// A `Resource` value of a policy, split into what it pins down and what it leaves open.
///
/// - `*` and `?` are IAM wildcards.
/// - `${aws:username}` and other IAM policy variables (a `${...}` with a `:` inside) are not
///   wildcards, but stand for text only known at request time, so they match any text.
/// - `${aws_s3_bucket.x.arn}`, `${var.bucket_arn}` and other Terraform interpolations (a `${...}`
///   without `:`) stand for text synth does not know: they match any text and never make a
///   wildcard finding.
/// - `${*}`, `${?}` and `${$}` are IAM's escapes for a literal `*`, `?` and `$`.
public struct PolicyARN: Sendable, Hashable {
    enum Token: Sendable, Hashable {
        case literal(UInt8)
        /// `?`
        case anyCharacter
        /// `*`
        case wildcard
        /// A policy variable or an unresolved interpolation.
        case unknown

        /// `*` or `?`: an IAM wildcard.
        var isWildcard: Bool { self == .wildcard || self == .anyCharacter }
    }

    /// The text as written in the policy.
    public let text: String
    let tokens: [Token]
    /// The service field (`s3` in `arn:aws:s3:::b`) when it is literal text, computed once.
    public let service: String?
    /// `service` lowercased, and the tokens as ``ARNMatcher`` compares them: computed once.
    let lowercasedService: String?
    let sides: [ARNMatcher.Side]
    /// How far the wildcards reach before formats are consulted (see ``ResourceWildcard/classify``).
    let wildcardShape: ResourceWildcard.Shape
    /// `text`'s hash, taken once: ``ARNMatchCache`` looks an ARN up once per action and format.
    let textHash: Int

    public init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}"))
            {
                let inner = Array(bytes[(index + 2)..<close])
                if inner.count == 1, [UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "$")].contains(inner[0]) {
                    tokens.append(.literal(inner[0]))
                } else {
                    tokens.append(.unknown)
                }
                index = close + 1
                continue
            }
            switch byte {
            case UInt8(ascii: "*"): if tokens.last != .wildcard { tokens.append(.wildcard) }
            case UInt8(ascii: "?"): tokens.append(.anyCharacter)
            default: tokens.append(.literal(byte))
            }
            index += 1
        }
        self.tokens = tokens
        self.service = Self.literalService(tokens)
        self.lowercasedService = service?.lowercased()
        self.sides = ARNMatcher.sides(of: tokens)
        self.textHash = text.hashValue
        self.wildcardShape = ResourceWildcard.shape(of: tokens)
    }

    /// Every other property is derived from `text`, so it alone decides equality.
    public static func == (lhs: PolicyARN, rhs: PolicyARN) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(textHash) }

    /// `"*"`: every resource.
    public var isStar: Bool { tokens == [.wildcard] }

    /// Whether some part is a Terraform interpolation or policy variable.
    public var hasUnknownPart: Bool { tokens.contains(.unknown) }

    /// Whether the text has an IAM wildcard (`*` or `?`) outside any `${...}`.
    public var hasWildcard: Bool { tokens.contains(where: \.isWildcard) }

    /// Whether the whole value is unknown text, such as `${aws_s3_bucket.x.arn}`.
    public var isEntirelyUnknown: Bool { !tokens.isEmpty && tokens.allSatisfy { $0 == .unknown } }

    private static func literalService(_ tokens: [Token]) -> String? {
        // `arn:` then the partition up to the next colon, then the service up to the next.
        guard tokens.count > 4, tokens[0] == .literal(UInt8(ascii: "a")), tokens[1] == .literal(UInt8(ascii: "r")),
              tokens[2] == .literal(UInt8(ascii: "n")), tokens[3] == .literal(UInt8(ascii: ":")),
              let partitionEnd = tokens[4...].firstIndex(of: .literal(UInt8(ascii: ":")))
        else { return nil }
        var bytes: [UInt8] = []
        for token in tokens[(partitionEnd + 1)...] {
            guard case .literal(let byte) = token else { return nil }
            if byte == UInt8(ascii: ":") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }

    /// Whether this is an ARN of `service` (or of a wildcard service) whose resource part is only
    /// wildcards, such as `arn:aws:s3:::*` or `arn:aws:iam::*:*`: every resource of the service.
    public func isServiceWide(_ service: String) -> Bool {
        guard let fields = fields(), fields.count == 6, !fields[5].isEmpty,
              fields[5].allSatisfy({ $0 == .wildcard }) else { return false }
        let serviceField = fields[2]
        if serviceField.contains(.wildcard) || serviceField.contains(.unknown) { return true }
        return self.service?.lowercased() == service
    }

    /// The token runs between the first five literal colons, plus the resource part as a sixth;
    /// `nil` when the text does not start with a literal `arn:`.
    func fields() -> [[Token]]? { Self.fields(of: tokens) }

    static func fields(of tokens: [Token]) -> [[Token]]? {
        let prefix: [Token] = [.literal(UInt8(ascii: "a")), .literal(UInt8(ascii: "r")), .literal(UInt8(ascii: "n")), .literal(UInt8(ascii: ":"))]
        guard tokens.starts(with: prefix) else { return nil }
        var fields: [[Token]] = [[.literal(UInt8(ascii: "a")), .literal(UInt8(ascii: "r")), .literal(UInt8(ascii: "n"))]]
        var current: [Token] = []
        for token in tokens.dropFirst(4) {
            if token == .literal(UInt8(ascii: ":")), fields.count < 5 {
                fields.append(current)
                current = []
            } else {
                current.append(token)
            }
        }
        fields.append(current)
        return fields
    }
}
