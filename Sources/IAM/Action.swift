/// An IAM action such as `s3:GetObject`.
///
/// Stack code uses the typed constants generated from the IAM catalog (`.s3.getObject`), so a
/// misspelt action does not compile. `Action("svc:Name")` is the escape hatch for actions the
/// generated constants do not cover; the linter still checks it against the catalog.
public struct Action: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The service prefix, for example `s3`.
    public let service: String
    /// The action name as AWS spells it, for example `GetObject`.
    public let name: String

    /// `service:name` as policies spell it, made once (every render and lint reads it).
    public let description: String

    public init(service: String, name: String) {
        self.service = service
        self.name = name
        self.description = service.isEmpty ? name : "\(service):\(name)"
    }

    /// Parses `service:Name`; text without a colon becomes an action of service "" so the
    /// linter reports it rather than the DSL crashing.
    public init(_ text: String) {
        if let colon = text.firstIndex(of: ":") {
            self.init(service: String(text[..<colon]), name: String(text[text.index(after: colon)...]))
        } else {
            self.init(service: "", name: text)
        }
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// `service:Name`, as it appears in a policy.

    /// Orders as `description` does (`rds-data:X` before `rds:X`), without building the strings:
    /// statements sort their actions every time a policy renders.
    public static func < (lhs: Action, rhs: Action) -> Bool {
        if lhs.service == rhs.service { return lhs.name < rhs.name }
        if lhs.service.isEmpty || rhs.service.isEmpty { return lhs.description < rhs.description }
        let left = lhs.service.utf8, right = rhs.service.utf8
        for (a, b) in zip(left, right) where a != b { return a < b }
        // One service is a prefix of the other: the shorter continues with ":".
        if left.count < right.count { return UInt8(ascii: ":") < right[right.index(right.startIndex, offsetBy: left.count)] }
        return left[left.index(left.startIndex, offsetBy: right.count)] < UInt8(ascii: ":")
    }
}
