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

    /// Orders as `description` does, byte by byte (`rds-data:X` before `rds:X`): statements
    /// sort their actions every time a policy renders or is linted.
    public static func < (lhs: Action, rhs: Action) -> Bool {
        lhs.description.utf8.lexicographicallyPrecedes(rhs.description.utf8)
    }
}
