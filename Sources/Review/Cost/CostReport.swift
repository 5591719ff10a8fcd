import Stack
import TerraformCore

/// Renders cost estimates for `synth cost`.
///
/// One estimate gives a table with one line per service, its usage, the total and the budget
/// comparison; several (`--all`) give one row per service and one column per environment.
/// JSON is the same for both: amounts rounded to cents, for the diff and budget tooling.
/// Environments appear in promotion order (dev, qa, demo, staging, prod). The footer ends with the
/// prices behind the figures that no stored copy of their AWS page confirmed (``PriceCheck``), so
/// a reader knows which numbers to re-check; JSON lists them per environment.
///
///     CostReport.render([CostEstimate.estimate(Environments.dev)], format: .text)
///     // dev: estimated monthly cost in USD (eu-west-1 list prices as of 2026-12, 30-day month)
///     // ...
///     // budget 100.00, estimate 15.39 (15%)
///     // ...
///     // unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): Lambda requests, ...
public enum CostReport {
    public static func render(_ estimates: [CostEstimate], format: ReportFormat,
                              assumptions: CostAssumptions = .standard) -> String {
        let estimates = Environments.sortedByPromotion(estimates, name: \.environment)
        switch format {
        case .json: return json(estimates)
        case .text, .markdown:
            let body = estimates.count == 1 ? single(estimates[0], format: format, assumptions: assumptions)
                : sideBySide(estimates, format: format, assumptions: assumptions)
            return body + footer(estimates, assumptions: assumptions, format: format)
        }
    }

    static func title(_ estimates: [CostEstimate], assumptions: CostAssumptions) -> String {
        let prices = distinct(estimates.map { "\($0.pricesRegion) list prices as of \($0.pricesAsOf)" })
        let days = NumberText.quantity(assumptions.daysPerMonth)
        let who = estimates.count == 1 ? "\(estimates[0].environment): " : ""
        return "\(who)estimated monthly cost in USD (\(prices), \(days)-day month)"
    }

    /// The values in first-seen order, without repeats, joined by "; ".
    private static func distinct(_ values: [String]) -> String {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen.joined(separator: "; ")
    }

    static func budgetLine(_ estimate: CostEstimate) -> String {
        let line = "budget \(NumberText.amount(cents: estimate.budgetUSD * 100)), "
            + "estimate \(NumberText.amount(cents: estimate.totalCents)) (\(estimate.budgetPercent)%)"
        return estimate.totalCents > estimate.budgetUSD * 100 ? line + " over budget" : line
    }

    private static func single(_ estimate: CostEstimate, format: ReportFormat, assumptions: CostAssumptions) -> String {
        var rows = estimate.lines.map { line in
            [line.service, NumberText.amount(cents: line.cents),
             line.usage.map(NumberText.usage).joined(separator: ", ")]
        }
        let total = NumberText.amount(cents: estimate.totalCents)
        let table: String
        if format == .markdown {
            rows.append(["**total**", "**\(total)**", ""])
            table = TextTable(header: ["service", "USD", "usage"], alignments: [.left, .right, .left], rows: rows).markdown
        } else {
            rows.append(["total", total, ""])
            table = TextTable(header: ["service", "USD", "usage"], alignments: [.left, .right, .left], rows: rows).text
        }
        return title([estimate], assumptions: assumptions) + "\n\n" + table + "\n" + budgetLine(estimate) + "\n"
    }

    private static func sideBySide(_ estimates: [CostEstimate], format: ReportFormat, assumptions: CostAssumptions) -> String {
        let services = merged(estimates.map { $0.lines.map(\.service) })
        var rows = services.map { service in
            [service] + estimates.map { estimate in estimate.line(service).map { NumberText.amount(cents: $0.cents) } ?? "-" }
        }
        let bold = format == .markdown ? { (text: String) in "**\(text)**" } : { (text: String) in text }
        rows.append([bold("total")] + estimates.map { bold(NumberText.amount(cents: $0.totalCents)) })
        rows.append(["budget"] + estimates.map { NumberText.amount(cents: $0.budgetUSD * 100) })
        rows.append(["% of budget"] + estimates.map { "\($0.budgetPercent)%" })
        let table = TextTable(header: ["service"] + estimates.map(\.environment),
                              alignments: [.left] + estimates.map { _ in .right }, rows: rows)
        let over = estimates.filter { $0.totalCents > $0.budgetUSD * 100 }.map(\.environment)
        let warning = over.isEmpty ? "" : "\nover budget: \(over.joined(separator: ", "))\n"
        return title(estimates, assumptions: assumptions) + "\n\n" + (format == .markdown ? table.markdown : table.text) + warning
    }

    private static func footer(_ estimates: [CostEstimate], assumptions a: CostAssumptions, format: ReportFormat) -> String {
        var lines: [String] = []
        for estimate in estimates {
            for note in estimate.notes { lines.append(estimates.count == 1 ? "note: \(note)" : "note: \(estimate.environment): \(note)") }
        }
        lines.append("assumes \(NumberText.quantity(a.chatDurationSeconds)) s per chat and "
            + "\(NumberText.quantity(a.ingestDurationSeconds)) s per ingest invocation, "
            + "\(NumberText.quantity(a.tokensPerDocument)) tokens per document; no free tiers")
        let options = optionAssumptions(estimates, a)
        if !options.isEmpty { lines.append("assumes " + options.joined(separator: "; ")) }
        if let unverified = unverifiedLine(estimates) { lines.append(unverified) }
        let prefix = format == .markdown ? "- " : ""
        return "\n" + lines.map { prefix + $0 + "\n" }.joined()
    }

    /// Several orders merged into one, each name once: a name new to the result goes before the
    /// next of its list's names already in it, so each list's order is kept.
    private static func merged(_ orders: [[String]]) -> [String] {
        var result: [String] = []
        for names in orders {
            for (index, name) in names.enumerated() where !result.contains(name) {
                let next = names[(index + 1)...].lazy.compactMap { result.firstIndex(of: $0) }.first
                result.insert(name, at: next ?? result.endIndex)
            }
        }
        return result
    }

    /// The unverified prices of all the estimates, each once, merged as the service rows are (each
    /// estimate lists them in the price table's order); nil when every price behind the figures
    /// was confirmed.
    static func unverifiedLine(_ estimates: [CostEstimate]) -> String? {
        let items = merged(estimates.map(\.unverifiedPrices))
        guard !items.isEmpty else { return nil }
        return "unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): "
            + items.joined(separator: ", ")
    }

    /// What the option and disaster-recovery lines assume, for the services the estimates have.
    static func optionAssumptions(_ estimates: [CostEstimate], _ a: CostAssumptions) -> [String] {
        typealias Service = CostEstimate.Service
        let q = NumberText.quantity
        let phrases: [(String, String)] = [
            (Service.openSearch, "OpenSearch Serverless at its minimum OCUs"),
            (Service.aurora, "Aurora at \(q(a.auroraUtilization * 100))% of the way from \(q(CostEstimate.ModuleDefaults.auroraMinACU)) ACU "
                + "to its maximum, \(q(a.auroraIOsPerRequest)) I/Os per chat and \(q(a.auroraIOsPerDocument)) per document"),
            (Service.elastiCache, "the cache holding \(q(a.cacheStorageShare * 100))% of its storage cap, \(q(a.cacheECPUsPerRequest)) ECPUs per chat"),
            (Service.vpcEndpoints, "interface endpoints in \(CostEstimate.ModuleDefaults.availabilityZones) AZs, \(q(a.endpointKBPerRequest)) KB through them "
                + "per chat and \(q(a.endpointKBPerDocument)) KB per document"),
            (Service.s3Replication, "\(q(a.replicatedKBPerDocument)) KB replicated per document"),
            (Service.backup, "a \(q(a.costTableGB)) GB cost table, backed up daily as full copies"),
        ]
        return phrases.filter { service, _ in estimates.contains { $0.line(service) != nil } }.map(\.1)
    }

    private static func json(_ estimates: [CostEstimate]) -> String {
        var environments: [String: JSONValue] = [:]
        for estimate in estimates {
            var services: [String: JSONValue] = [:]
            for line in estimate.lines { services[line.service] = .decimal(line.usd) }
            environments[estimate.environment] = .object([
                "services": .object(services),
                "total": .decimal(estimate.total),
                "budget": .integer(estimate.budgetUSD),
                "budgetPercent": .integer(estimate.budgetPercent),
                "notes": .array(estimate.notes.map(JSONValue.string)),
                "unverifiedPrices": .array(estimate.unverifiedPrices.map(JSONValue.string)),
            ])
        }
        return TerraformJSONWriter.pretty(.object([
            "currency": "USD",
            "pricesRegion": .string(distinct(estimates.map(\.pricesRegion))),
            "pricesAsOf": .string(distinct(estimates.map(\.pricesAsOf))),
            "environments": .object(environments),
        ]))
    }
}
