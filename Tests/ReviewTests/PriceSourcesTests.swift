import Testing
import TerraformCore
@testable import Stack
@testable import Review

/// Every price names the AWS page it was checked against and what it rests on, and the cost
/// report's footer lists exactly the unverified prices behind the figures it shows.
@Suite struct PriceSourcesTests {
    static let table = PriceTable.euWest1

    // MARK: The table

    @Test func everyPriceNamesItsPageAndADateOrAReason() {
        for price in Self.table.items {
            #expect(price.page.hasPrefix("https://aws.amazon.com/") || price.page.hasPrefix("https://docs.aws.amazon.com/"),
                    "\(price.item): \(price.page)")
            switch price.check {
            case .verified(let copy, let quote):
                #expect(copy == PriceCheck.undatedCopy || copy.wholeMatch(of: /\d{4}-\d{2}(-\d{2})?/) != nil, "\(price.item): \(copy)")
                #expect(!quote.isEmpty, "\(price.item)")
            case .notFound(let reason):
                #expect(reason.count > 40, "\(price.item): \(reason)")
                #expect(reason.contains("the value is"), "\(price.item) says what its value rests on")
            }
        }
    }

    /// Reflection reads every stored price, per-model ones included, and each has its own name
    /// (the footer and `CostEstimate.unverifiedPrices` identify prices by it).
    @Test func everyStoredPriceIsAnItemWithItsOwnName() {
        let items = Self.table.items
        #expect(items.count == 51)   // 44 fixed prices, 3 Bedrock models (5 prices), 2 rerank models
        #expect(Set(items.map(\.item)).count == items.count)
        #expect(items.first?.item == "Lambda requests")
        #expect(items.last?.item == "Cross-account observability, first trace copy")
        #expect(items.contains { $0.item == "Bedrock Claude 3.5 Sonnet output tokens" })
        #expect(items.contains { $0.item == "Bedrock Cohere Rerank 3.5 queries" })
    }

    /// The prices a stored copy of their page showed; everything else is marked not found. A price
    /// moves into this list only with the quote that confirms it.
    @Test func verifiedPricesAreTheOnesAStoredCopyShowed() {
        #expect(Self.table.items.filter(\.isVerified).map(\.item) == [
            "KMS keys",
            "CloudFront data transfer out (Europe)",
            "X-Ray traces recorded",
            "X-Ray traces retrieved or scanned",
            "Cross-account observability, first trace copy",
        ])
        #expect(Self.table.unverified.count == 46)
        #expect(Self.table.kmsKeys.check == .verified(copy: "undated copy",
                                                      quote: "Each AWS KMS key that you create in KMS costs $1/month."))
    }

    @Test func priceTableIsDatedAndNamesItsPages() {
        #expect(Self.table.asOf == "2026-12")
        #expect(Self.table.sources.count == 17)
        #expect(Self.table.sources.contains("https://aws.amazon.com/de/xray/pricing/"))
    }

    /// Observability prices the lead wires into the estimate later; cross-account sharing is free.
    @Test func observabilityPrices() {
        #expect(Self.table.xrayTracesRecorded.cost(2_000_000) == 10)
        #expect(Self.table.xrayTracesRetrieved.cost(2_000_000) == 1)
        #expect(Self.table.dashboards.cost(1) == 3)
        #expect(Self.table.standardAlarms.cost(5) == 0.5)
        #expect(Self.table.crossAccountMetricsAndLogs.cost(1_000) == 0)
        #expect(Self.table.crossAccountFirstTraceCopy.cost(1_000_000) == 0)
    }

    // MARK: The estimate and the footer

    /// Dev charges fifteen prices no stored copy confirmed, listed in the table's order.
    @Test func devListsTheUnverifiedPricesItCharges() {
        let estimate = CostEstimate.estimate(Environments.dev)
        #expect(estimate.unverifiedPrices == [
            "Lambda requests", "Lambda duration (arm64)", "API Gateway HTTP API requests",
            "DynamoDB write request units", "DynamoDB read request units",
            "S3 Standard storage", "S3 PUT requests", "S3 GET requests",
            "Bedrock Titan Text Embeddings V2 input tokens", "Bedrock Claude 3 Haiku input tokens",
            "Bedrock Claude 3 Haiku output tokens", "CloudWatch Logs ingestion", "CloudWatch Logs storage",
            "KMS requests", "SQS standard queue requests",
        ])
        let text = CostReport.render([estimate], format: .text)
        #expect(text.hasSuffix("\nunverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): "
            + estimate.unverifiedPrices.joined(separator: ", ") + "\n"))
        let markdown = CostReport.render([estimate], format: .markdown)
        #expect(markdown.hasSuffix("\n- unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): "
            + estimate.unverifiedPrices.joined(separator: ", ") + "\n"))
        let json = CostReport.render([estimate], format: .json)
        #expect((try? JSONParser.parse(json))?["environments"]?["dev"]?["unverifiedPrices"]
            == .array(estimate.unverifiedPrices.map(JSONValue.string)))
    }

    /// The list follows each price's check, not a list of its own: confirming a price drops it,
    /// losing a confirmation adds it in the table's place.
    @Test func theFooterFollowsEachPricesCheck() {
        var table = PriceTable.euWest1
        table.lambdaRequests.check = .verified(copy: "2026-12-01", quote: "$0.20 per 1M requests")
        table.kmsKeys.check = .notFound("no copy; the value is a test's")
        let unverified = CostEstimate.estimate(Environments.dev, prices: table).unverifiedPrices
        #expect(!unverified.contains("Lambda requests"))
        #expect(unverified.firstIndex(of: "KMS keys") == unverified.firstIndex(of: "CloudWatch Logs storage").map { $0 + 1 })
    }

    /// Across the environments, Aurora and re-ranking, the estimate charges every unverified price
    /// except the observability ones it does not price yet, so the footer can miss none.
    @Test func everyUnverifiedPriceTheEstimateUsesReachesTheFooter() throws {
        let configs = Environments.all + [
            CostReportTests.config { $0.options.vectorStore = .auroraPgvector },
            CostReportTests.config { $0.options.rerankModelID = "amazon.rerank-v1:0" },
            CostReportTests.config { $0.options.rerankModelID = "cohere.rerank-v3-5:0" },
        ]
        let estimates = configs.map { CostEstimate.estimate($0) }
        let charged = Set(estimates.flatMap(\.unverifiedPrices))
        #expect(Self.table.unverified.map(\.item).filter { !charged.contains($0) } == [
            "CloudWatch dashboards", "CloudWatch standard-resolution alarms", "Cross-account observability, shared metrics and logs",
        ])
        // The footer names each charged unverified price once and keeps every estimate's order.
        let prefix = "unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): "
        let footer = try #require(CostReport.unverifiedLine(estimates))
        #expect(footer.hasPrefix(prefix))
        let listed = footer.dropFirst(prefix.count).components(separatedBy: ", ")
        #expect(listed.count == charged.count)
        #expect(Set(listed) == charged)
        for estimate in estimates {
            #expect(listed.filter(estimate.unverifiedPrices.contains) == estimate.unverifiedPrices, "\(estimate.environment)")
        }
    }

    /// Several environments share one list, each price once, each environment's order kept.
    @Test func sideBySideFooterMergesTheLists() {
        var dev = CostReportTests.hand
        dev.unverifiedPrices = ["Lambda requests", "S3 GET requests"]
        var prod = CostReportTests.handProd
        prod.unverifiedPrices = ["Lambda requests", "WAF rules", "S3 GET requests"]
        #expect(CostReport.unverifiedLine([dev, prod])
            == "unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): "
            + "Lambda requests, WAF rules, S3 GET requests")
        #expect(CostReport.unverifiedLine([CostReportTests.hand]) == nil)
    }

    @Test func singleEnvironmentTextWithUnverifiedPrices() {
        var estimate = CostReportTests.hand
        estimate.unverifiedPrices = ["Lambda requests", "KMS requests"]
        #expect(CostReport.render([estimate], format: .text).hasSuffix("""

            budget 100.00, estimate 37.12 (37%)

            assumes 2.5 s per chat and 5 s per ingest invocation, 5,000 tokens per document; no free tiers
            unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): Lambda requests, KMS requests

            """))
    }

    @Test func sideBySideMarkdownWithUnverifiedPrices() {
        var prod = CostReportTests.handProd
        prod.unverifiedPrices = ["WAF rules"]
        #expect(CostReport.render([prod, CostReportTests.hand], format: .markdown).hasSuffix("""

            - note: prod: disaster recovery is not in the estimate
            - assumes 2.5 s per chat and 5 s per ingest invocation, 5,000 tokens per document; no free tiers
            - unverified prices (no figure in the stored AWS page copies; reasons in Prices.swift): WAF rules

            """))
    }
}
