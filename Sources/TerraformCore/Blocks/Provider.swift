/// A provider configuration, such as the default `aws` provider or `aws.us_east_1`.
public struct Provider: Sendable, Hashable {
    public var name: String
    public var alias: String?
    public var body: Body

    public init(_ name: String, alias: String? = nil, body: Body = Body()) {
        self.name = name
        self.alias = alias
        self.body = body
    }

    /// An `aws` provider in `region` with `default_tags` on every taggable resource.
    public static func aws(region: TFString, alias: String? = nil, defaultTags: [String: String] = [:],
                           allowedAccountIDs: [String] = []) -> Provider {
        var body = Body()
        body.arguments["region"] = region.expression
        if !allowedAccountIDs.isEmpty { body.arguments["allowed_account_ids"] = .list(allowedAccountIDs.map(Expression.string)) }
        if !defaultTags.isEmpty {
            var tags = Body()
            tags.arguments["tags"] = .object(defaultTags.mapValues(Expression.string))
            body.blocks["default_tags"] = .single(tags)
        }
        return Provider("aws", alias: alias, body: body)
    }

    /// `aws` or `aws.ALIAS`, as `provider` meta-arguments name it.
    public var address: String { alias.map { "\(name).\($0)" } ?? name }

    public var json: JSONValue { members.json }

    /// The body and, for a second configuration of the same provider, its `alias`.
    var members: ObjectMembers {
        var members = body.members
        if let alias { members.add("alias", .string(alias)) }
        return members
    }
}
