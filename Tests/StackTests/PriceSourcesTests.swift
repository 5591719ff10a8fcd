import Testing
import TerraformCore
@testable import Stack

/// Every price names the AWS page it was checked against and what it rests on.
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
}
