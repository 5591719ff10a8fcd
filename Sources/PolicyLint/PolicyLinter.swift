import Foundation
import IAM
import TerraformCore

/// The least-privilege policy linter: runs every ``LintRule`` on one IAM policy document.
///
/// The stack calls ``lint(_:context:)`` with each rendered policy, Terraform references already
/// replaced by sample ARNs where known (`arn:aws:s3:::rag-genai-prod-vectors/*`) and left as
/// `${aws_x.y.attr}` where not; `lint-policy` calls ``lint(bytes:context:)`` with file contents.
///
///     let findings = PolicyLinter().lint(policy, context: PolicyContext(module: "storage",
///                                        address: "aws_iam_role_policy.reader", environment: "prod"))
///     findings.contains { $0.isBlocking }   // fail the run
///
/// Findings come back in statement order (whole-document findings first), each with the
/// context's file, module and address, the policy's kind, and where known the statement's
/// Swift source (stack) or line and column (files). Suppressions from the context mark matching
/// findings as suppressed and never remove them; see ``SuppressionResolver`` for how bad
/// suppressions are reported.
public struct PolicyLinter: Sendable {
    /// Every rule, in reporting order: the one list a rule is declared in.
    public static let rules: [any LintRule] = [
        InvalidPolicyRule(), EmptyStatementRule(), PolicySizeRule(), PolicyVariableVersionRule(), InvalidSidRule(),
        UnknownConditionOperatorRule(), NotActionRule(), NotResourceRule(), UnknownServiceRule(), UnknownActionRule(),
        WildcardActionRule(), WildcardResourceRule(), ResourceMismatchRule(), PrivilegeEscalationRule(),
        PublicPrincipalRule(), CrossEnvironmentRule(),
    ]

    /// The id and descriptions of every rule, in reporting order, derived from ``rules``.
    public static let ruleDescriptions: [RuleDescription] = rules.map { RuleDescription(type(of: $0)) }

    /// The rules whose findings depend only on the document and its kind (all but `cross-environment`).
    static let documentRules: [any LintRule] = rules.filter { !($0 is CrossEnvironmentRule) }

    let catalog: IAMCatalog
    /// The document rules' results by document and kind: the stack lints each shared module's
    /// policies once per environment, and their resolved documents are mostly the same.
    private let memo = Memo()

    public init() { self.catalog = .shared }

    init(catalog: IAMCatalog) { self.catalog = catalog }

    /// Lints a parsed policy document.
    public func lint(_ document: JSONValue, context: PolicyContext) -> [Finding] {
        let key = MemoKey(document: document, kind: context.kind)
        let result: DocumentResult
        if let cached = memo[key] {
            result = cached
        } else {
            let analysis = PolicyAnalysis(document: document, context: context, catalog: catalog)
            result = DocumentResult(statements: analysis.statements, kind: analysis.kind,
                                    findings: Self.documentRules.flatMap { $0.check(analysis) })
            memo[key] = result
        }
        let findings = result.findings + CrossEnvironmentRule.check(result.statements, context: context)
        return finish(findings, statements: result.statements, kind: result.kind, context: context, position: { _ in nil })
    }

    /// Lints the UTF-8 bytes of a policy; text that is not JSON is one `invalid-policy` finding.
    /// Findings carry the line and column of their statement (or of the document).
    public func lint(bytes: [UInt8], context: PolicyContext) -> [Finding] {
        do {
            let (document, offsets) = try JSONParser.parse(bytes, recordingOffsetsToDepth: 2)
            let analysis = PolicyAnalysis(document: document, context: context, catalog: catalog,
                                          size: PolicySize.characters(inJSON: bytes))
            let isArray = document["Statement"]?.arrayValue != nil
            return lint(analysis) { index in
                let offset = index.flatMap { offsets[isArray ? "/Statement/\($0)" : "/Statement"] } ?? offsets[""] ?? 0
                return JSONParser.lineAndColumn(of: offset, in: bytes)
            }
        } catch {
            var finding = Finding(rule: InvalidPolicyRule.id, severity: .error, message: "policy is not valid JSON: \(error)")
            finding.line = error.line
            finding.column = error.column
            stamp(&finding, context, kind: context.kind ?? .identity)
            return [finding]
        }
    }

    private func lint(_ analysis: PolicyAnalysis, position: (Int?) -> (line: Int, column: Int)?) -> [Finding] {
        finish(Self.rules.flatMap { $0.check(analysis) }, statements: analysis.statements, kind: analysis.kind,
               context: analysis.context, position: position)
    }

    /// Applies suppressions, orders the findings by statement and stamps them with the context.
    private func finish(_ findings: [Finding], statements: [PolicyStatement], kind: PolicyKind, context: PolicyContext,
                        position: (Int?) -> (line: Int, column: Int)?) -> [Finding] {
        var findings = findings
        findings += SuppressionResolver.apply(context.suppressions, to: &findings, statements: statements)
        // By statement, stable: indices are sorted, so each finding is copied once, when placed.
        let order = findings.indices.sorted { lhs, rhs in
            let left = findings[lhs].statementIndex ?? -1
            let right = findings[rhs].statementIndex ?? -1
            return left != right ? left < right : lhs < rhs
        }
        var placed: [Finding] = []
        placed.reserveCapacity(findings.count)
        for index in order {
            var finding = findings[index]
            stamp(&finding, context, kind: kind)
            if let (line, column) = position(finding.statementIndex) {
                finding.line = line
                finding.column = column
            }
            if finding.source == nil {
                let index = finding.statementIndex
                finding.source = index.flatMap { $0 < context.statementSources.count ? context.statementSources[$0] : nil } ?? context.source
            }
            placed.append(finding)
        }
        return placed
    }

    private func stamp(_ finding: inout Finding, _ context: PolicyContext, kind: PolicyKind) {
        if finding.file == nil { finding.file = context.file }
        if finding.module == nil { finding.module = context.module }
        if finding.address == nil { finding.address = context.address }
        if finding.policyKind == nil { finding.policyKind = kind }
    }
}

/// What the document rules found in one document.
struct DocumentResult: Sendable {
    let statements: [PolicyStatement]
    let kind: PolicyKind
    let findings: [Finding]
}

struct MemoKey: Hashable, Sendable {
    let document: JSONValue
    let kind: PolicyKind?
    /// A digest of `document` made once: a lookup, an insert and every rehash of the memo hashed
    /// the whole document with `Hasher` otherwise, a fresh one per object member.
    let digest: UInt64

    init(document: JSONValue, kind: PolicyKind?) {
        self.document = document
        self.kind = kind
        digest = Self.digest(of: document)
    }

    static func == (lhs: MemoKey, rhs: MemoKey) -> Bool {
        lhs.digest == rhs.digest && lhs.kind == rhs.kind && lhs.document == rhs.document
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    /// FNV-1a over strings, combined in order for arrays and in any order for objects (their
    /// members have none), each level mixed so that moving a value changes the digest.
    static func digest(of value: JSONValue) -> UInt64 {
        switch value {
        case .object(let members):
            var sum: UInt64 = 0
            for (key, member) in members { sum &+= mix(fnv(key) &+ 0x9E37_79B9_7F4A_7C15 &* digest(of: member)) }
            return mix(sum ^ 1)
        case .array(let elements):
            var combined: UInt64 = 2
            for element in elements { combined = mix(combined ^ digest(of: element)) }
            return combined
        case .string(let text): return fnv(text) ^ 3
        case .integer(let number): return mix(UInt64(bitPattern: Int64(number)) ^ 4)
        case .decimal(let number): return mix(number.bitPattern ^ 5)
        case .bool(let flag): return flag ? 6 : 7
        case .null: return 8
        }
    }

    private static func fnv(_ text: String) -> UInt64 {
        text.withUTF8Bytes(fnv)
    }

    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A lock-guarded cache of ``DocumentResult``s, shared by copies of one linter.
final class Memo: @unchecked Sendable {
    /// Documents kept at most. The memo pays off for documents linted again (a shared module's,
    /// once per environment: under a hundred here); a stack of thousands of distinct policies would only
    /// fill it, holding every document and its statements until the linter goes.
    static let capacity = 256

    private let lock = NSLock()
    private var results: [MemoKey: DocumentResult] = [:]

    subscript(key: MemoKey) -> DocumentResult? {
        get { lock.lock(); defer { lock.unlock() }; return results[key] }
        set {
            lock.lock()
            defer { lock.unlock() }
            if results.count < Self.capacity || results[key] != nil { results[key] = newValue }
        }
    }
}
