import TerraformCore

/// `cross-environment`: a policy of environment E names a resource of another environment.
///
/// Resources are named `rag-genai-<env>-...`; a dev role that can read `rag-genai-prod-vectors`
/// breaks the isolation between environments. Resource, NotResource, Principal and Condition
/// values of Allow statements are scanned (a Deny naming another environment only takes access
/// away). The rule runs only when the context names an environment.
public struct CrossEnvironmentRule: LintRule {
    public static let id = "cross-environment"
    public static let summary = "A policy names a resource of another environment."
    public static let help = """
        A policy of one environment allows access to a resource named for another (rag-genai-<env>-...), \
        which breaks the isolation between environments. Use the resource of the policy's own environment.
        """

    static let namePrefix = "rag-genai-"

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        Self.check(policy.statements, context: policy.context)
    }

    /// The findings for `statements` in `context`: the only rule that reads the environment, so
    /// the linter can reuse the other rules' findings for the same document in every environment.
    static func check(_ statements: [PolicyStatement], context: PolicyContext) -> [Finding] {
        guard let environment = context.environment?.lowercased() else { return [] }
        let others = context.knownEnvironments.map { $0.lowercased() }.filter { $0 != environment }
        var findings: [Finding] = []
        for statement in statements where statement.isAllow {
            var values = statement.resources ?? []
            if let principal = statement.principal { values += Self.allStrings(principal) }
            values += Self.allStrings(.object(statement.condition))
            for value in values {
                guard let other = Self.environment(namedIn: value, among: others) else { continue }
                findings.append(Finding(
                    Self.id, .error,
                    "\(quoted(value)) names a resource of environment \(quoted(other)), but this policy belongs to \(quoted(environment))",
                    statement: statement, resource: value))
            }
        }
        return findings
    }

    /// The first of `environments` that appears as `rag-genai-<env>` followed by a non-alphanumeric
    /// character or the end, compared without regard to ASCII case. A byte scan: this runs on
    /// every value of every policy of the stack.
    static func environment(namedIn text: String, among environments: [String]) -> String? {
        let bytes = Array(text.utf8)
        let prefix = Array(namePrefix.utf8)
        guard bytes.count > prefix.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var start = 0
        while start + prefix.count < bytes.count {
            guard let first = bytes[start...].firstIndex(where: { lower($0) == prefix[0] }) else { return nil }
            start = first
            if start + prefix.count > bytes.count { return nil }
            var matched = true
            for offset in 0..<prefix.count where lower(bytes[start + offset]) != prefix[offset] { matched = false; break }
            if matched {
                let rest = start + prefix.count
                for environment in environments {
                    let name = Array(environment.utf8)
                    guard rest + name.count <= bytes.count else { continue }
                    var same = true
                    for offset in 0..<name.count where lower(bytes[rest + offset]) != name[offset] { same = false; break }
                    guard same else { continue }
                    let after = rest + name.count
                    if after == bytes.count { return environment }
                    let next = bytes[after]
                    let isAlphanumeric = (next >= 48 && next <= 57) || (lower(next) >= 97 && lower(next) <= 122) || next >= 0x80
                    if !isAlphanumeric { return environment }
                }
            }
            start += 1
        }
        return nil
    }

    /// Every string inside `value`, depth first, keys of objects sorted.
    static func allStrings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .array(let elements): return elements.flatMap(allStrings)
        case .object(let members): return members.keys.sorted().flatMap { allStrings(members[$0]!) }
        default: return []
        }
    }
}
