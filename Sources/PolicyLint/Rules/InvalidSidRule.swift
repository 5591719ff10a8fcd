import IAM

/// `invalid-sid`: a `Sid` of an IAM policy has characters IAM does not allow.
///
/// In identity and trust policies IAM accepts only ASCII letters and digits in a `Sid`
/// (`AllowReadVectors`, `Statement1`); spaces, hyphens and underscores are rejected. Resource
/// policies are judged by their own services, several of which accept more (KMS key policies
/// often read `"Sid": "Enable IAM User Permissions"`), so they are not checked.
public struct InvalidSidRule: LintRule {
    public static let id = "invalid-sid"
    public static let summary = "A Sid has characters IAM does not allow."
    public static let help = """
        In IAM identity and trust policies a Sid may contain only ASCII letters (A-Z, a-z) and digits (0-9); \
        IAM rejects the policy otherwise. Remove spaces, hyphens, underscores and other characters, \
        for example "Allow-S3 read" becomes "AllowS3Read".
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        guard policy.kind.placement != .resource else { return [] }
        var findings: [Finding] = []
        for statement in policy.statements {
            guard let sid = statement.sid, !sid.isEmpty else { continue }
            // Almost every Sid is plain letters and digits: one byte scan decides.
            if sid.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }) { continue }
            var bad: [Character] = []
            for character in sid where !(character.isASCII && (character.isLetter || character.isNumber)) && !bad.contains(character) {
                bad.append(character)
            }
            guard !bad.isEmpty else { continue }
            let listed = bad.map { $0 == " " ? "space" : quoted(String($0)) }.joined(separator: ", ")
            findings.append(Finding(Self.id, .error,
                                    "Sid \(quoted(sid)) has characters IAM does not allow in a Sid (\(listed)); use only letters A-Z, a-z and digits 0-9",
                                    statement: statement))
        }
        return findings
    }
}
