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

    public init(service: String, name: String) {
        self.service = service
        self.name = name
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
    public var description: String { service.isEmpty ? name : "\(service):\(name)" }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.description < rhs.description }
}
