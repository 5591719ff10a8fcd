import Foundation

/// Decides whether a policy `Resource` and a catalog ARN format can name the same ARN.
///
/// Both sides are patterns: the policy has `*`, `?` and unknown parts, the format has
/// placeholders. They match when some concrete ARN satisfies both, which a search over pairs
/// of positions decides in at most `policy.count * format.count` steps (no backtracking blow-up).
///
///     ARNMatcher.matches(PolicyARN("arn:aws:logs:us-east-1:1:log-group:/aws/x:*"),
///                        ARNFormat("arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}"))
///     // true
enum ARNMatcher {
    /// One position of either pattern, as the search compares them (computed once per ARN and
    /// per catalog format, not per pair).
    enum Side: Sendable, Hashable {
        case char(UInt8)
        case one(allowsSlash: Bool, allowsColon: Bool)
        case star(allowsSlash: Bool, allowsColon: Bool)

        var isStar: Bool { if case .star = self { true } else { false } }
    }

    static func sides(of tokens: [PolicyARN.Token]) -> [Side] {
        tokens.map {
            switch $0 {
            case .literal(let byte): .char(byte)
            case .anyCharacter: .one(allowsSlash: true, allowsColon: true)
            case .wildcard, .unknown: .star(allowsSlash: true, allowsColon: true)
            }
        }
    }

    static func sides(of tokens: [ARNFormat.Token]) -> [Side] {
        var sides: [Side] = []
        sides.reserveCapacity(tokens.count + 8)
        for token in tokens {
            switch token {
            case .literal(let byte): sides.append(.char(byte))
            case .placeholder(let slash, let colon):
                sides.append(.one(allowsSlash: slash, allowsColon: colon))
                sides.append(.star(allowsSlash: slash, allowsColon: colon))
            }
        }
        return sides
    }

    static func matches(_ policy: PolicyARN, _ format: ARNFormat) -> Bool {
        !servicesDiffer(policy, format) && intersects(policy.sides, format.sides)
    }

    /// Whether both name a literal service and the two differ: most pairs, decided without a search.
    static func servicesDiffer(_ policy: PolicyARN, _ format: ARNFormat) -> Bool {
        guard let service = policy.lowercasedService, format.hasLiteralService else { return false }
        return service != format.service
    }

    private static func intersects(_ left: [Side], _ right: [Side]) -> Bool {
        let width = right.count + 1
        var seen = [Bool](repeating: false, count: (left.count + 1) * width)
        var stack: [(Int, Int)] = [(0, 0)]
        func push(_ i: Int, _ j: Int) {
            let key = i * width + j
            if !seen[key] { seen[key] = true; stack.append((i, j)) }
        }
        seen[0] = true
        while let (i, j) = stack.popLast() {
            if i == left.count && j == right.count { return true }
            let l = i < left.count ? left[i] : nil
            let r = j < right.count ? right[j] : nil
            if let l, l.isStar { push(i + 1, j) }
            if let r, r.isStar { push(i, j + 1) }
            guard let l, let r else { continue }
            switch (l, r) {
            case (.star, .star): continue
            case (.star, _):
                // The policy's `*` swallows one character the format demands.
                push(i, j + 1)
            case (_, .star(let slash, let colon)):
                if compatible(l, slash: slash, colon: colon) { push(i + 1, j) }
            case (.char(let a), .char(let b)):
                if a == b { push(i + 1, j + 1) }
            case (.char, .one(let slash, let colon)):
                if compatible(l, slash: slash, colon: colon) { push(i + 1, j + 1) }
            case (.one, _):
                push(i + 1, j + 1)
            }
        }
        return false
    }

    /// Whether `side` (a policy character) can be one character of a placeholder.
    private static func compatible(_ side: Side, slash: Bool, colon: Bool) -> Bool {
        guard case .char(let byte) = side else { return true }
        if byte == UInt8(ascii: "/") { return slash }
        if byte == UInt8(ascii: ":") { return colon }
        return true
    }
}

/// The answers of ``ARNMatcher/matches(_:_:)`` for one policy: its statements ask about the same
/// resource and format for every action that shares the format (ten `dynamodb:` actions on one
/// table ARN), so each pair is searched once.
final class ARNMatchCache: @unchecked Sendable {
    /// Hashed by the texts' hashes taken when the ARN and the format were read: hashing both
    /// texts on every lookup cost more than most searches.
    private struct Pair: Hashable {
        let arn: String
        let format: String
        let hash: Int

        static func == (lhs: Pair, rhs: Pair) -> Bool { lhs.hash == rhs.hash && lhs.arn == rhs.arn && lhs.format == rhs.format }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private let lock = NSLock()
    private var answers: [Pair: Bool] = [:]

    func matches(_ arn: PolicyARN, _ format: ARNFormat) -> Bool {
        // Different literal services need no search, and no entry either.
        if ARNMatcher.servicesDiffer(arn, format) { return false }
        let pair = Pair(arn: arn.text, format: format.text, hash: arn.textHash &* 31 &+ format.textHash)
        lock.lock()
        if let known = answers[pair] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let answer = ARNMatcher.matches(arn, format)
        lock.lock()
        answers[pair] = answer
        lock.unlock()
        return answer
    }
}
