import TerraformCore

/// One changed argument of a block, by path: `memory_size: 512 → 1024`,
/// `default_route_settings.throttling_rate_limit: 100 → 200`.
///
/// Paths join object keys with `.` and array elements with `[index]`; a one-element array (how
/// Terraform JSON writes a nested block) adds no index. A side that lacks the path is `nil`.
struct AttributeChange: Hashable, Sendable {
    var path: String
    var old: JSONValue?
    var new: JSONValue?

    /// The changes that turn `old` into `new`, sorted by path.
    static func changes(from old: JSONValue?, to new: JSONValue?, path: String = "") -> [AttributeChange] {
        if old == new { return [] }
        switch (old, new) {
        case (.object(let left)?, .object(let right)?):
            let keys = Set(left.keys).union(right.keys).sorted(by: TerraformJSONWriter.codePointOrder)
            return keys.flatMap { changes(from: left[$0], to: right[$0], path: join(path, $0)) }
        case (.array(let left)?, .array(let right)?) where left.count == right.count:
            if left.count == 1 { return changes(from: left[0], to: right[0], path: path) }
            return left.indices.flatMap { changes(from: left[$0], to: right[$0], path: "\(path)[\($0)]") }
        default:
            return [AttributeChange(path: path, old: old, new: new)]
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// A value for a one-line report: compact JSON, cut to `limit` characters; `nil` reads `(none)`.
    static func render(_ value: JSONValue?, limit: Int = 120) -> String {
        guard let value else { return "(none)" }
        let text = TerraformJSONWriter.compact(value)
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// `memory_size: 512 → 1024`.
    var description: String {
        "\(path.isEmpty ? "(value)" : path): \(Self.render(old)) → \(Self.render(new))"
    }
}
