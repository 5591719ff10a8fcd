import TerraformCore

/// One statement of a policy, read leniently: whatever has the wrong shape is left out here and
/// reported by `InvalidPolicyRule`, so the other rules still see the rest.
public struct PolicyStatement: Sendable, Hashable {
    public enum Effect: String, Sendable, Hashable {
        case allow = "Allow"
        case deny = "Deny"
    }

    /// Zero-based position in `Statement`.
    public var index: Int
    public var sid: String?
    /// `nil` when missing or not exactly `Allow` / `Deny`.
    public var effect: Effect?
    /// The strings of `Action`, or of `NotAction` when ``usesNotAction``.
    public var actions: [String]
    public var usesNotAction: Bool
    /// The strings of `Resource`, or of `NotResource` when ``usesNotResource``; `nil` when neither is present.
    public var resources: [String]?
    public var usesNotResource: Bool
    /// `Principal`, or `NotPrincipal` when ``usesNotPrincipal``.
    public var principal: JSONValue?
    public var usesNotPrincipal: Bool
    /// The Resource (or NotResource) values read as ARN patterns, once for every rule.
    public var resourceARNs: [PolicyARN]
    /// `Condition`: operator to (key to values).
    public var condition: [String: JSONValue]
    /// The statement as written.
    public var raw: [String: JSONValue]

    /// The `Sid`, or the index as a string: how findings name the statement.
    public var label: String {
        if let sid, !sid.isEmpty { return sid }
        return String(index)
    }

    public var isAllow: Bool { effect == .allow }

    /// Whether the statement is `{}`.
    public var isEmpty: Bool { raw.isEmpty }

    init(index: Int, raw: [String: JSONValue]) {
        self.index = index
        self.raw = raw
        sid = raw["Sid"]?.stringValue
        effect = raw["Effect"]?.stringValue.flatMap(Effect.init(rawValue:))
        usesNotAction = raw["Action"] == nil && raw["NotAction"] != nil
        actions = Self.strings(raw[usesNotAction ? "NotAction" : "Action"])
        usesNotResource = raw["Resource"] == nil && raw["NotResource"] != nil
        let resourceValue = raw[usesNotResource ? "NotResource" : "Resource"]
        resources = resourceValue == nil ? nil : Self.strings(resourceValue)
        resourceARNs = (resources ?? []).map(PolicyARN.init)
        usesNotPrincipal = raw["Principal"] == nil && raw["NotPrincipal"] != nil
        principal = raw[usesNotPrincipal ? "NotPrincipal" : "Principal"]
        condition = raw["Condition"]?.objectValue ?? [:]
    }

    /// A string, or the strings of an array; other shapes give nothing.
    static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text): [text]
        case .array(let elements): elements.compactMap(\.stringValue)
        default: []
        }
    }
}
