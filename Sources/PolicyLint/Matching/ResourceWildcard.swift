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
        if arn.isStar { return .everyResource }
        guard arn.hasWildcard else { return nil }
        guard let fields = arn.fields() else {
            // Not `arn:...`: broad only if a wildcard comes before any unknown part.
            for token in arn.tokens {
                if token == .unknown { return nil }
                if token == .wildcard || token == .anyCharacter { return .everyResource }
            }
            return nil
        }
        let named: [ResourceWildcard] = [.partition, .service, .region, .account]
        for (offset, kind) in named.enumerated() where offset + 1 < fields.count {
            let field = fields[offset + 1]
            for token in field {
                if token == .wildcard || token == .anyCharacter { return kind }
                if token == .unknown { return nil }
            }
        }
        guard fields.count == 6 else { return nil }
        let segments = split(fields[5])
        guard let wild = segments.firstIndex(where: { $0.contains { $0 == .wildcard || $0 == .anyCharacter } }) else {
            return nil
        }
        if segments[..<wild].contains(where: { $0.contains(.unknown) }) { return nil }
        let pure = segments[wild].allSatisfy { $0 == .wildcard || $0 == .anyCharacter }
        // Only the formats the ARN can be: another type's fixed words (`accesspoint/`) say nothing
        // about this ARN. None matching is a resource mismatch, judged without them.
        let candidates = formats.filter { matches(arn, $0) }
        if candidates.isEmpty { return wild == 0 && pure ? .resourceName : nil }
        for format in candidates {
            let keywords = format.keywordSegments
            if wild < keywords || (wild == keywords && pure) { return .resourceName }
        }
        return nil
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
