import TerraformCore

/// `public-principal`: a resource or trust policy allows anyone (`"*"`, `{"AWS": "*"}`, or `*` in
/// a principal list) without a condition that restricts the caller, or allows with `NotPrincipal`.
///
/// A condition restricts the caller when it tests one of ``restrictingKeys`` with a positive
/// operator (`StringEquals`, `ArnLike`, `IpAddress`, `ForAnyValue:...`, in any case) and a value
/// other than `*`. Negated operators, `...IfExists`, `ForAllValues:` and `Null` do not restrict,
/// because they pass when the key is absent or differs. Deny statements are never reported.
public struct PublicPrincipalRule: LintRule {
    public static let id = "public-principal"
    public static let summary = "A resource or trust policy allows anyone."
    public static let help = """
        An Allow statement's Principal is "*" or {"AWS": "*"} (or lists "*") and no condition restricts the caller \
        with aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce, s3:DataAccessPointAccount or a similar key, so any AWS \
        account, or anyone at all, may use the resource. Allow with NotPrincipal is reported too. Name the \
        principals, or add a condition on the caller.
        """

    /// Condition keys (lowercase) that tie the caller to an account, organization, network or resource.
    static let restrictingKeys: Set<String> = [
        "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
        "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
        "aws:principalservicename", "aws:sourcevpce", "aws:sourcevpc", "aws:sourceip", "aws:vpcsourceip",
        "aws:userid", "aws:username", "aws:sourcevpcarn", "kms:calleraccount",
        // S3 access points: the bucket delegates to access points of this account, or these access points.
        "s3:dataaccesspointaccount", "s3:dataaccesspointarn",
    ]

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for statement in policy.statements where statement.isAllow {
            guard let principal = statement.principal else { continue }
            if statement.usesNotPrincipal {
                findings.append(Finding(Self.id, .error, "Allow with NotPrincipal allows everyone except the principals listed; name the principals in Principal",
                                        statement: statement))
            } else if Self.isPublic(principal), !Self.restrictsCaller(statement.condition) {
                findings.append(Finding(
                    Self.id, .error,
                    "Principal \(TerraformJSONWriter.compact(principal)) allows anyone; add a condition that restricts the caller, such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID",
                    statement: statement))
            }
        }
        return findings
    }

    /// `"*"`, or an object with `"*"` as a value or inside a value list.
    static func isPublic(_ principal: JSONValue) -> Bool {
        switch principal {
        case .string(let text): return text == "*"
        case .object(let members):
            return members.values.contains { value in
                PolicyStatement.strings(value).contains("*")
            }
        default: return false
        }
    }

    /// Whether some condition pins the caller down.
    static func restrictsCaller(_ condition: [String: JSONValue]) -> Bool {
        for (operatorName, tests) in condition {
            let name = operatorName.lowercased()
            if name.hasPrefix("forallvalues:") || name.hasSuffix("ifexists") || name.contains("not") || name == "null" {
                continue
            }
            for (key, value) in tests.objectValue ?? [:] where restrictingKeys.contains(key.lowercased()) {
                let values = PolicyStatement.strings(value)
                if !values.isEmpty, !values.contains("*") { return true }
            }
        }
        return false
    }
}
