import TerraformCore

/// One changed argument of a block, by path, found by a structural diff: object keys join with
/// `.`, list elements are matched before they are compared, and JSON held in a string is
/// compared as JSON.
///
///     memory_size: 512 → 1024
///     environments[name=demo].chat_memory_mb: 512 → 768      (list elements matched by "name")
///     environments[name=sandbox]: (none) → {"account": "666666666666", ...}
///     subnet_ids[2]: (none) → "subnet-c"                    (matched by position and value)
///     dashboard_body(json).widgets[0].properties.title: "Errors" → "Lambda errors"
///
/// A one-element list (how Terraform JSON writes a nested block) adds no index. A side that
/// lacks the path is `nil`.
struct AttributeChange: Hashable, Sendable {
    var path: String
    var old: JSONValue?
    var new: JSONValue?

    /// Keys that identify the elements of a list of objects, in order of preference.
    static let identityKeys = ["name", "id", "key", "Sid", "sid", "environment"]

    /// The changes that turn `old` into `new`.
    static func changes(from old: JSONValue?, to new: JSONValue?, path: String = "") -> [AttributeChange] {
        if old == new { return [] }
        switch (old, new) {
        case (.object(let left)?, .object(let right)?):
            let keys = Set(left.keys).union(right.keys).sorted(by: TerraformJSONWriter.codePointOrder)
            return keys.flatMap { changes(from: left[$0], to: right[$0], path: join(path, $0)) }
        case (.array(let left)?, .array(let right)?):
            if left.count == 1 && right.count == 1 { return changes(from: left[0], to: right[0], path: path) }
            return listChanges(left, right, path: path)
        case (.string(let left)?, .string(let right)?):
            if let leftJSON = embeddedJSON(left), let rightJSON = embeddedJSON(right) {
                return changes(from: leftJSON, to: rightJSON, path: path + "(json)")
            }
            return [AttributeChange(path: path, old: old, new: new)]
        default:
            return [AttributeChange(path: path, old: old, new: new)]
        }
    }

    /// Lists of objects with an identity key are matched by it (`[name=demo]`); other lists are
    /// aligned on their longest common run of equal elements, and what lies between is
    /// compared pairwise, the rest added or removed (`[index]` on the side that has it).
    static func listChanges(_ left: [JSONValue], _ right: [JSONValue], path: String) -> [AttributeChange] {
        if let key = identityKey(left, right) {
            func label(_ value: JSONValue) -> String { "\(path)[\(key)=\(scalarText(value[key]!))]" }
            let oldByKey = Dictionary(left.map { (scalarText($0[key]!), $0) }, uniquingKeysWith: { first, _ in first })
            let newKeys = Set(right.map { scalarText($0[key]!) })
            var out: [AttributeChange] = []
            for element in right {
                out += changes(from: oldByKey[scalarText(element[key]!)], to: element, path: label(element))
            }
            for element in left where !newKeys.contains(scalarText(element[key]!)) {
                out.append(AttributeChange(path: label(element), old: element, new: nil))
            }
            return out
        }
        var out: [AttributeChange] = []
        var (i, j) = (0, 0)
        for (anchorOld, anchorNew) in commonSubsequence(left, right) + [(left.count, right.count)] {
            // Between anchors: pair elements up, then what is left over was removed or added.
            let paired = min(anchorOld - i, anchorNew - j)
            for offset in 0..<paired {
                out += changes(from: left[i + offset], to: right[j + offset], path: "\(path)[\(j + offset)]")
            }
            for index in (i + paired)..<anchorOld { out.append(AttributeChange(path: "\(path)[\(index)]", old: left[index], new: nil)) }
            for index in (j + paired)..<anchorNew { out.append(AttributeChange(path: "\(path)[\(index)]", old: nil, new: right[index])) }
            (i, j) = (anchorOld + 1, anchorNew + 1)
        }
        return out
    }

    /// The first of ``identityKeys`` that every element of both lists has, with a string or
    /// number value unique within each list.
    static func identityKey(_ left: [JSONValue], _ right: [JSONValue]) -> String? {
        let all = left + right
        guard !all.isEmpty, all.allSatisfy({ $0.objectValue != nil }) else { return nil }
        return identityKeys.first { key in
            func unique(_ list: [JSONValue]) -> Bool {
                let values = list.compactMap { element -> String? in
                    switch element[key] {
                    case .string(let text)?: return "s" + text
                    case .integer(let number)?: return "i\(number)"
                    default: return nil
                    }
                }
                return values.count == list.count && Set(values).count == list.count
            }
            return unique(left) && unique(right)
        }
    }

    /// Index pairs of a longest common subsequence of equal elements (lists here are short).
    static func commonSubsequence(_ left: [JSONValue], _ right: [JSONValue]) -> [(Int, Int)] {
        let n = left.count, m = right.count
        guard n > 0, m > 0 else { return [] }
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for a in stride(from: n - 1, through: 0, by: -1) {
            for b in stride(from: m - 1, through: 0, by: -1) {
                lengths[a][b] = left[a] == right[b] ? lengths[a + 1][b + 1] + 1 : max(lengths[a + 1][b], lengths[a][b + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var (a, b) = (0, 0)
        while a < n && b < m {
            if left[a] == right[b] { pairs.append((a, b)); a += 1; b += 1 } else if lengths[a + 1][b] >= lengths[a][b + 1] { a += 1 } else { b += 1 }
        }
        return pairs
    }

    /// The JSON object or array a string holds (`dashboard_body`, `container_definitions`), if any.
    static func embeddedJSON(_ text: String) -> JSONValue? {
        guard let first = text.first, first == "{" || first == "[", text.count > 2,
              let value = try? JSONParser.parse(text), value.objectValue != nil || value.arrayValue != nil else { return nil }
        return value
    }

    static func scalarText(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return TerraformJSONWriter.compact(value)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// A value for a one-line report: compact JSON; past `limit` characters it is cut and says
    /// how much was left out; `nil` reads `(none)`.
    static func render(_ value: JSONValue?, limit: Int = 160) -> String {
        guard let value else { return "(none)" }
        let text = TerraformJSONWriter.compact(value)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.count - limit) more characters)"
    }

    /// Two long strings shown around where they differ, with the same context on both sides:
    /// `"…prefix OLD suffix…"`, so a reviewer sees the change, not two equal beginnings.
    static func renderPair(_ old: JSONValue?, _ new: JSONValue?, limit: Int = 160) -> (String, String) {
        guard case .string(let left)? = old, case .string(let right)? = new, left.count > limit || right.count > limit else {
            return (render(old, limit: limit), render(new, limit: limit))
        }
        let a = Array(left), b = Array(right)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let context = 30
        func window(_ chars: [Character]) -> String {
            let start = max(0, prefix - context)
            let end = min(chars.count, chars.count - suffix + context)
            var middle = String(chars[start..<end])
            let changedLength = chars.count - suffix - prefix
            if changedLength > limit {
                // A long change: its start and end, and how much lies between.
                let changed = Array(middle)
                let head = String(changed.prefix(context + limit / 2))
                let tail = String(changed.suffix(context + limit / 4))
                middle = head + "… (\(changed.count - head.count - tail.count) more characters) …" + tail
            }
            let text = (start > 0 ? "…" : "") + middle + (end < chars.count ? "…" : "")
            return TerraformJSONWriter.compact(.string(text))
        }
        return (window(a), window(b))
    }

    /// `memory_size: 512 → 1024`.
    var description: String {
        let (left, right) = Self.renderPair(old, new)
        return "\(path.isEmpty ? "(value)" : path): \(left) → \(right)"
    }
}
