import IAM
import TerraformCore

/// `invalid-policy`: the document is not a well-formed IAM policy.
///
/// Reported: not JSON (from ``PolicyLinter/lint(bytes:context:)``), a top level that is not an
/// object, an unknown top-level or statement element, `Version` other than `2012-10-17` or
/// `2008-10-17`, `Statement` missing or not an object or array of objects, a missing or
/// misspelt `Effect`, neither or both of `Action`/`NotAction`, `Resource`/`NotResource` and
/// `Principal`/`NotPrincipal`, elements of the wrong type, an empty `Action`, no `Resource` in an
/// identity or resource policy, a `Principal` in an explicitly identity policy, a malformed
/// `Condition`, and a duplicate `Sid`. A missing `Version` is a warning: IAM then assumes
/// `2008-10-17`, where policy variables such as `${aws:username}` are plain text. Kinds whose
/// statements name no resource (trust policies, ECR repository policies) need no `Resource`.
/// An empty `Statement` and `{}` statements are `empty-statement`'s.
public struct InvalidPolicyRule: LintRule {
    public static let id = "invalid-policy"
    public static let summary = "The document is not a well-formed IAM policy."
    public static let help = """
        The policy is not valid JSON, or not a valid IAM policy: Version must be "2012-10-17" (or "2008-10-17"), \
        Statement an object or an array of objects, each with Effect "Allow" or "Deny", Action or NotAction, \
        Resource or NotResource (except in trust policies and the resource policies of services such as ECR, which have none), \
        no unknown elements and no duplicate Sid. \
        IAM rejects such a policy or reads it differently from what it says.
        """

    static let versions: Set<String> = ["2012-10-17", "2008-10-17"]
    static let topLevelElements: Set<String> = ["Version", "Id", "Statement"]
    static let statementElements: Set<String> = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ]

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard case .object(let top) = policy.document else {
            return [Finding(Self.id, .error, "a policy must be a JSON object", statement: nil)]
        }
        var findings: [Finding] = []
        func report(_ message: String, _ statement: PolicyStatement? = nil, severity: Severity = .error) {
            findings.append(Finding(Self.id, severity, message, statement: statement))
        }
        for key in top.keys.sorted() where !Self.topLevelElements.contains(key) {
            report("unknown top-level element \(quoted(key))")
        }
        switch top["Version"] {
        case nil:
            report("policy has no Version; IAM assumes \"2008-10-17\", where policy variables are not supported; add \"Version\": \"2012-10-17\"",
                   severity: .warning)
        case .string(let version) where Self.versions.contains(version): break
        case let version?:
            report("Version \(TerraformJSONWriter.compact(version)) is not \"2012-10-17\" or \"2008-10-17\"")
        }
        switch top["Statement"] {
        case nil: report("policy has no Statement")
        case .object: break
        case .array(let elements):
            for (index, element) in elements.enumerated() where element.objectValue == nil {
                report("statement \(index) is not an object")
            }
        default: report("Statement must be an object or an array of objects")
        }
        var sids: Set<String> = []
        for statement in policy.statements where !statement.isEmpty {
            checkStatement(statement, kind: policy.kind, explicitKind: policy.kindIsExplicit, report: { report($0, statement) })
            if let sid = statement.sid, !sid.isEmpty, !sids.insert(sid).inserted {
                report("duplicate Sid \(quoted(sid))", statement)
            }
        }
        return findings
    }

    private func checkStatement(_ statement: PolicyStatement, kind: PolicyKind, explicitKind: Bool, report: (String) -> Void) {
        let raw = statement.raw
        for key in raw.keys.sorted() where !Self.statementElements.contains(key) {
            report("unknown statement element \(quoted(key))")
        }
        if let sid = raw["Sid"], sid.stringValue == nil { report("Sid must be a string") }
        switch raw["Effect"] {
        case nil: report("statement has no Effect")
        case .string(let effect) where PolicyStatement.Effect(rawValue: effect) != nil: break
        case let effect?: report("Effect \(TerraformJSONWriter.compact(effect)) is not \"Allow\" or \"Deny\"")
        }
        checkPair("Action", "NotAction", in: raw, required: true, report: report)
        checkPair("Resource", "NotResource", in: raw, required: kind.requiresResource, report: report)
        if raw["Principal"] != nil, raw["NotPrincipal"] != nil { report("statement has both Principal and NotPrincipal") }
        if let principal = statement.principal {
            if kind.placement == .identity, explicitKind { report("an identity policy cannot have a Principal") }
            if !Self.isWellFormedPrincipal(principal) {
                report("\(statement.usesNotPrincipal ? "NotPrincipal" : "Principal") must be \"*\" or an object of strings or arrays of strings")
            }
        }
        if let condition = raw["Condition"] {
            let wellFormed = condition.objectValue?.values.allSatisfy { $0.objectValue != nil } ?? false
            if !wellFormed { report("Condition must be an object of operators, each an object of condition keys") }
        }
    }

    /// Exactly one of `name` / `notName` (when `required`), holding a string or a non-empty array of strings.
    private func checkPair(_ name: String, _ notName: String, in raw: [String: JSONValue], required: Bool, report: (String) -> Void) {
        switch (raw[name], raw[notName]) {
        case (nil, nil):
            if required { report("statement has neither \(name) nor \(notName)") }
        case (.some, .some):
            report("statement has both \(name) and \(notName)")
        case (let value?, nil), (nil, let value?):
            let element = raw[name] != nil ? name : notName
            switch value {
            case .string: break
            case .array(let elements) where elements.isEmpty: report("\(element) is empty")
            case .array(let elements) where elements.allSatisfy({ $0.stringValue != nil }): break
            default: report("\(element) must be a string or an array of strings")
            }
        }
    }

    private static func isWellFormedPrincipal(_ principal: JSONValue) -> Bool {
        switch principal {
        case .string(let text): return text == "*"
        case .object(let members):
            return !members.isEmpty && members.values.allSatisfy { value in
                switch value {
                case .string: true
                case .array(let elements): !elements.isEmpty && elements.allSatisfy { $0.stringValue != nil }
                default: false
                }
            }
        default: return false
        }
    }
}
