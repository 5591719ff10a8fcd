import IAM

/// `policy-size`: the document is longer than IAM (or the service) accepts for its kind.
///
/// Quotas come from ``PolicyKind/sizeQuota``: managed 6,144 characters, inline role 10,240,
/// inline group 5,120, inline user 2,048, trust 2,048, and the resource policies of S3 (20 KB),
/// KMS (32 KB), SNS (30 KB), Lambda and Secrets Manager (20 KB). Whitespace between JSON tokens
/// is not counted, as IAM does not count it. A policy file of unknown attachment is held to the
/// largest identity quota. Stack policies are measured with sample ARNs in place of
/// references, so a policy near its quota is close, not exact.
public struct PolicySizeRule: LintRule {
    public static let id = "policy-size"
    public static let summary = "The policy is longer than its kind's size quota."
    public static let help = """
        IAM and the services cap the size of a policy document (characters, whitespace excluded): managed policies \
        6,144, inline role policies 10,240, inline group policies 5,120, inline user policies 2,048, role trust \
        policies 2,048, S3 bucket policies 20 KB, KMS key policies 32 KB. A longer policy is rejected when it is \
        created. Remove duplicate or unneeded statements, or split the grant across several policies.
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard let quota = policy.kind.sizeQuota, policy.size > quota else { return [] }
        return [Finding(Self.id, .error,
                        "policy has \(Self.grouped(policy.size)) characters (whitespace excluded), more than the \(Self.grouped(quota)) that \(policy.kind.title) allow; remove statements or split it into several policies",
                        statement: nil)]
    }

    /// `10240` -> `10,240`, the same on every machine (no locale).
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
