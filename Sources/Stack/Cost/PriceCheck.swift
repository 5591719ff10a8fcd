/// What a list price rests on: the figure read in a stored copy of the AWS page it names, or why
/// that copy could not confirm it.
///
/// AWS's pricing pages fill most of their rate tables in by script, so a copy of a page often has
/// the prose and the free tier but not the regional figure. Such a price stays in the table with
/// the best value available and a ``notFound(_:)`` reason; the cost report's footer lists every
/// unverified price behind the figures it shows.
///
///     .verified(copy: "undated copy", quote: "Each AWS KMS key that you create in KMS costs $1/month.")
///     .notFound("the stored copy of the page has no Europe (Ireland) figure: ...")
public enum PriceCheck: Sendable, Hashable {
    /// The figure is in a copy of the page. `copy` is the copy's date (ISO 8601: `2026-06` or
    /// `2026-06-13`), or `undated copy` when neither the store nor the page gives one; `quote` is
    /// the page's text that states the figure.
    case verified(copy: String, quote: String)
    /// The page, or its figure for the region, could not be found: what was missing, and what the
    /// value rests on instead.
    case notFound(String)

    /// The phrase a verified copy carries when neither the store nor the page dates it.
    public static let undatedCopy = "undated copy"

    public var isVerified: Bool {
        if case .verified = self { return true }
        return false
    }
}
