import Stack
import TerraformCore

/// One environment's estimated monthly cost before and after a change, by service.
///
/// The "after" side is ``CostEstimate`` of the code being reviewed. The files on disk do not
/// say what they cost (usage assumptions live only in the Swift configuration), so the
/// "before" side comes from a baseline: the output of `synth cost --all --format json` run on
/// the base revision (`synth diff --base-cost FILE`). Without one, only the new estimate shows.
public struct CostChange: Sendable, Hashable {
    public struct Service: Sendable, Hashable {
        public var name: String
        public var beforeCents: Int?
        public var afterCents: Int?
        public var deltaCents: Int { (afterCents ?? 0) - (beforeCents ?? 0) }
    }

    public var environment: String
    /// `nil` without a baseline, or when the baseline does not have the environment.
    public var beforeCents: Int?
    public var afterCents: Int
    /// Services whose cost changed, largest change first; empty without a baseline.
    public var services: [Service]

    public var deltaCents: Int? { beforeCents.map { afterCents - $0 } }

    /// The changes from `baseline` (if any) to `estimates`, in promotion order.
    public static func compare(baseline: CostBaseline?, estimates: [CostEstimate]) -> [CostChange] {
        Environments.sortedByPromotion(estimates, name: \.environment).map { estimate in
            let before = baseline?.environments[estimate.environment]
            var services: [Service] = []
            if let before {
                let names = estimate.lines.map(\.service) + before.services.keys.sorted().filter { estimate.line($0) == nil }
                for name in names {
                    let service = Service(name: name, beforeCents: before.services[name], afterCents: estimate.line(name)?.cents)
                    if service.deltaCents != 0 || (service.beforeCents == nil) != (service.afterCents == nil) { services.append(service) }
                }
                services.sort { (abs($0.deltaCents), $1.name) > (abs($1.deltaCents), $0.name) }
            }
            return CostChange(environment: estimate.environment, beforeCents: before?.totalCents, afterCents: estimate.totalCents,
                              services: services)
        }
    }

    /// `15.39 → 20.12 (+4.73, +31%)`, `15.39 (no change)`, or `15.39` without a baseline.
    public var summary: String {
        let after = NumberText.amount(cents: afterCents)
        guard let beforeCents, let delta = deltaCents else { return after }
        if delta == 0 { return "\(after) (no change)" }
        let sign = delta > 0 ? "+" : "-"
        let percent = beforeCents == 0 ? "" : ", \(sign)\(NumberText.quantity(Double(abs(delta)) * 100 / Double(beforeCents)))%"
        return "\(NumberText.amount(cents: beforeCents)) → \(after) (\(sign)\(NumberText.amount(cents: abs(delta)))\(percent))"
    }

    /// `Lambda +103.53, CloudWatch Logs -1.20` for the services that changed.
    public var servicesSummary: String {
        services.map { service in
            let delta = service.deltaCents
            let label = service.beforeCents == nil ? " (new)" : service.afterCents == nil ? " (gone)" : ""
            return "\(service.name) \(delta >= 0 ? "+" : "-")\(NumberText.amount(cents: abs(delta)))\(label)"
        }.joined(separator: ", ")
    }
}

/// Estimated monthly costs read back from `synth cost --format json` (``CostReport``).
public struct CostBaseline: Sendable, Hashable {
    public struct Environment: Sendable, Hashable {
        public var totalCents: Int
        public var services: [String: Int]
    }

    public var environments: [String: Environment]

    /// Why a baseline could not be read; the CLI names the file.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// Reads the JSON `synth cost --all --format json` prints.
    public static func parse(_ text: String) throws(ParseError) -> CostBaseline {
        let document: JSONValue
        do { document = try JSONParser.parse(text) } catch { throw ParseError(description: "not valid JSON (\(error.description))") }
        guard let environments = document["environments"]?.objectValue else {
            throw ParseError(description: "no \"environments\" object; expected the output of 'synth cost --all --format json'")
        }
        var baseline = CostBaseline(environments: [:])
        for (name, value) in environments {
            guard let total = value["total"].flatMap(number), let services = value["services"]?.objectValue else {
                throw ParseError(description: "environment \"\(name)\" has no \"total\" and \"services\"; expected the output of 'synth cost --all --format json'")
            }
            baseline.environments[name] = Environment(totalCents: cents(total),
                                                      services: services.compactMapValues { number($0).map(cents) })
        }
        return baseline
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .decimal(let number): return number
        default: return nil
        }
    }

    private static func cents(_ usd: Double) -> Int { Int((usd * 100).rounded()) }
}
