/// How far a policy `Resource` reaches with its wildcards, when too far.
///
/// A wildcard is too broad when it is the whole resource (`*`), sits in the partition, service,
/// region or account field, or covers the whole resource name: `foundation-model/*`,
/// `arn:aws:s3:::*/*`, `key/*`, `table/*/index/*`. A trailing wildcard under a named parent is
/// fine: `bucket/*`, `log-group:NAME:*`, `table/NAME/index/*`, `parameter/app/*`, `secret:app-*`.
/// Which leading words of the resource part are fixed (`table`, `log-group`, `foundation-model`)
/// comes from the catalog formats of the action. Unknown parts (Terraform interpolations, policy
/// variables) never count as wildcards, and a wildcard after an unknown parent is fine.
enum ResourceWildcard: Sendable, Hashable {
    case everyResource
    case partition
    case service
    case region
    case account
    case resourceName

    /// Completes "… which …" in a finding's message.
    var phrase: String {
        switch self {
        case .everyResource: "is every resource"
        case .partition: "wildcards the partition"
        case .service: "wildcards the service"
        case .region: "wildcards the region"
        case .account: "wildcards the account"
        case .resourceName: "wildcards the whole resource name"
        }
    }

    /// Classifies `arn` against the ARN formats of the actions it is granted for.
    ///
    /// - Parameter formats: the formats of the statement's actions; empty when unknown, in which
    ///   case only `*`, the four fields and a resource part that is nothing but wildcards count.
    /// `matches` decides whether the ARN can be of a format (``ARNMatcher/matches(_:_:)``, or a
    /// policy's ``ARNMatchCache``).
    static func classify(_ arn: PolicyARN, formats: [ARNFormat],
                         matches: (PolicyARN, ARNFormat) -> Bool = ARNMatcher.matches) -> ResourceWildcard? {
        switch arn.wildcardShape {
        case .notBroad: return nil
        case .broad(let reach): return reach
        case .inResourcePart(let segment, let pure):
            // Only the formats the ARN can be: another type's fixed words (`accesspoint/`) say
            // nothing about this ARN. None matching is a resource mismatch, judged without them.
            var anyCandidate = false
            for format in formats where matches(arn, format) {
                anyCandidate = true
                let keywords = format.keywordSegments
                if segment < keywords || (segment == keywords && pure) { return .resourceName }
            }
            if anyCandidate { return nil }
            return segment == 0 && pure ? .resourceName : nil
        }
    }

    /// What an ARN's wildcards reach before any format is consulted: the part of ``classify``
    /// that depends on the ARN alone, worked out once per ARN (``PolicyARN/wildcardShape``)
    /// instead of once per action granted on it.
    enum Shape: Sendable, Hashable {
        /// No wildcard, or none that can widen it (after an unknown part, or a malformed ARN).
        case notBroad
        /// Too broad whatever the formats: `*`, or a wildcard in a named field.
        case broad(ResourceWildcard)
        /// The first wildcard is in resource segment `segment` (after the fifth `:`, split at
        /// literal `/` and `:`); `pure` when that segment is nothing but wildcards.
        case inResourcePart(segment: Int, pure: Bool)
    }

    /// The shape of an ARN given as its tokens.
    static func shape(of tokens: [PolicyARN.Token]) -> Shape {
        if tokens == [.wildcard] { return .broad(.everyResource) }
        guard tokens.contains(where: \.isWildcard) else { return .notBroad }
        guard let fields = PolicyARN.fields(of: tokens) else {
            // Not `arn:...`: broad only if a wildcard comes before any unknown part.
            for token in tokens {
                if token == .unknown { return .notBroad }
                if token.isWildcard { return .broad(.everyResource) }
            }
            return .notBroad
        }
        let named: [ResourceWildcard] = [.partition, .service, .region, .account]
        for (offset, kind) in named.enumerated() where offset + 1 < fields.count {
            let field = fields[offset + 1]
            for token in field {
                if token.isWildcard { return .broad(kind) }
                if token == .unknown { return .notBroad }
            }
        }
        guard fields.count == 6 else { return .notBroad }
        let segments = split(fields[5])
        guard let wild = segments.firstIndex(where: { $0.contains(where: \.isWildcard) }) else {
            return .notBroad
        }
        if segments[..<wild].contains(where: { $0.contains(.unknown) }) { return .notBroad }
        return .inResourcePart(segment: wild, pure: segments[wild].allSatisfy(\.isWildcard))
    }

    /// Splits the resource part at literal `/` and `:`.
    private static func split(_ tokens: [PolicyARN.Token]) -> [[PolicyARN.Token]] {
        var segments: [[PolicyARN.Token]] = [[]]
        for token in tokens {
            if token == .literal(UInt8(ascii: "/")) || token == .literal(UInt8(ascii: ":")) {
                segments.append([])
            } else {
                segments[segments.count - 1].append(token)
            }
        }
        return segments
    }
}
