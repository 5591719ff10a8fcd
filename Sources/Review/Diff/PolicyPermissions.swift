import TerraformCore

/// One thing a policy statement allows or denies: an action on a resource (and, in resource and
/// trust policies, for a principal), under a condition.
///
///     Permission(effect: "Allow", action: "s3:PutObject", resource: "${var.bucket_arn}/*").description
///     // s3:PutObject on ${var.bucket_arn}/*
struct Permission: Hashable, Sendable, Comparable, CustomStringConvertible {
    var effect: String = "Allow"
    /// The action; `NotAction` entries read `not s3:GetObject`.
    var action: String
    /// The resource; empty when the statement names none (trust policies).
    var resource: String = ""
    /// `Service:lambda.amazonaws.com`, `AWS:arn:...`, `*`; empty when the statement names none.
    var principal: String = ""
    /// The statement's `Condition` as compact JSON; empty when it has none.
    var condition: String = ""
    /// The statement's Sid, or `#index` when it has none. Not part of equality: moving a
    /// permission between statements changes no access.
    var sid: String = ""

    var isAllow: Bool { effect != "Deny" }

    var description: String {
        var text = (isAllow ? "" : "deny ") + action
        if !resource.isEmpty { text += " on \(resource)" }
        if !principal.isEmpty { text += " for \(principal)" }
        if !condition.isEmpty { text += " when \(condition)" }
        return text
    }

    static func == (lhs: Permission, rhs: Permission) -> Bool {
        (lhs.effect, lhs.action, lhs.resource, lhs.principal, lhs.condition) == (rhs.effect, rhs.action, rhs.resource, rhs.principal, rhs.condition)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(effect); hasher.combine(action); hasher.combine(resource); hasher.combine(principal); hasher.combine(condition)
    }

    static func < (lhs: Permission, rhs: Permission) -> Bool {
        let left = [lhs.sid, lhs.action, lhs.resource, lhs.principal, lhs.condition, lhs.effect]
        let right = [rhs.sid, rhs.action, rhs.resource, rhs.principal, rhs.condition, rhs.effect]
        return left.lexicographicallyPrecedes(right, by: TerraformJSONWriter.codePointOrder)
    }
}

/// Reads IAM policy documents that Terraform arguments carry as JSON strings.
///
/// Synth writes a policy as a string inside `policy`/`assume_role_policy`; interpolations in it
/// are either inside JSON strings (`"${var.bucket_arn}/*"`, valid JSON) or stand for a whole
/// value (`"Resource":${jsonencode(var.arns)}`, not JSON). The second kind is quoted before
/// parsing, so it reads as the resource `${jsonencode(var.arns)}`.
enum PolicyPermissions {
    /// The permissions of `text` when it is a policy document (an object with `Statement`), else `nil`.
    static func parse(_ text: String) -> [Permission]? {
        guard text.first(where: { !$0.isWhitespace }) == "{", text.contains("\"Statement\"") else { return nil }
        guard let document = try? JSONParser.parse(quotingBareInterpolations(text)),
              let statement = document["Statement"] else { return nil }
        let statements = statement.arrayValue ?? [statement]
        var permissions: Set<Permission> = []
        for (index, statement) in statements.enumerated() {
            guard statement.objectValue != nil else { continue }
            let sid = statement["Sid"]?.stringValue ?? "#\(index)"
            let effect = statement["Effect"]?.stringValue ?? "Allow"
            let actions = strings(statement["Action"]) + strings(statement["NotAction"]).map { "not " + $0 }
            let resources = strings(statement["Resource"]) + strings(statement["NotResource"]).map { "not " + $0 }
            let principals = self.principals(statement["Principal"]) + self.principals(statement["NotPrincipal"]).map { "not " + $0 }
            let condition = statement["Condition"].map(TerraformJSONWriter.compact) ?? ""
            for action in actions.isEmpty ? ["(no action)"] : actions {
                for resource in resources.isEmpty ? [""] : resources {
                    for principal in principals.isEmpty ? [""] : principals {
                        permissions.insert(Permission(effect: effect, action: action, resource: resource, principal: principal,
                                                      condition: condition, sid: sid))
                    }
                }
            }
        }
        return permissions.sorted()
    }

    /// Every policy document in a block body, by attribute path (`policy`, `inline_policy.policy`).
    static func documents(in body: JSONValue, path: String = "") -> [String: [Permission]] {
        switch body {
        case .string(let text):
            return parse(text).map { [path: $0] } ?? [:]
        case .object(let members):
            var found: [String: [Permission]] = [:]
            for (key, value) in members { found.merge(documents(in: value, path: AttributeChange.join(path, key))) { $1 } }
            return found
        case .array(let elements):
            var found: [String: [Permission]] = [:]
            for (index, value) in elements.enumerated() {
                found.merge(documents(in: value, path: elements.count == 1 ? path : "\(path)[\(index)]")) { $1 }
            }
            return found
        default:
            return [:]
        }
    }

    static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text)?: return [text]
        case .array(let elements)?: return elements.map { $0.stringValue ?? TerraformJSONWriter.compact($0) }
        case let other?: return [TerraformJSONWriter.compact(other)]
        case nil: return []
        }
    }

    static func principals(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        if let members = value.objectValue {
            return members.keys.sorted().flatMap { key in strings(members[key]).map { "\(key):\($0)" } }
        }
        return strings(value)
    }

    /// Wraps `${...}` that appear outside JSON strings in quotes, so the text parses as JSON.
    static func quotingBareInterpolations(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        var inString = false
        while index < characters.count {
            let character = characters[index]
            if inString {
                out.append(character)
                if character == "\\", index + 1 < characters.count {
                    out.append(characters[index + 1])
                    index += 2
                    continue
                }
                if character == "\"" { inString = false }
                index += 1
            } else if character == "\"" {
                inString = true
                out.append(character)
                index += 1
            } else if character == "$", index + 1 < characters.count, characters[index + 1] == "{" {
                let end = Interpolation.end(of: characters, openingAt: index + 1)
                var literal = ""
                TerraformJSONWriter.appendQuoted(String(characters[index..<end]), into: &literal)
                out += literal
                index = end
            } else {
                out.append(character)
                index += 1
            }
        }
        return out
    }
}

/// Terraform template interpolations, `${...}`, inside strings.
enum Interpolation {
    /// The index just past the `}` that closes the `{` at `open`, skipping nested braces and
    /// quoted strings; the end of the text when it never closes.
    static func end(of characters: [Character], openingAt open: Int) -> Int {
        var depth = 0
        var index = open
        var quote = false
        while index < characters.count {
            let character = characters[index]
            if quote {
                if character == "\\" { index += 2; continue }
                if character == "\"" { quote = false }
            } else if character == "\"" {
                quote = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return characters.count
    }

    /// The expressions inside every `${...}` of `text` (`$${` is a literal and is skipped).
    static func expressions(in text: String) -> [String] {
        guard text.contains("${") else { return [] }
        let characters = Array(text)
        var found: [String] = []
        var index = 0
        while index + 1 < characters.count {
            if characters[index] == "$", characters[index + 1] == "$" { index += 2; continue }
            if characters[index] == "$", characters[index + 1] == "{" {
                let end = Interpolation.end(of: characters, openingAt: index + 1)
                found.append(String(characters[(index + 2)..<max(index + 2, end - 1)]))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }
}
