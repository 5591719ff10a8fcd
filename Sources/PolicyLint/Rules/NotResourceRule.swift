/// `not-resource`: an Allow uses `NotResource`.
///
/// "Allow on everything except ..." reaches every resource not listed, including ones created later.
public struct NotResourceRule: LintRule {
    public static let id = "not-resource"
    public static let summary = "An Allow statement uses NotResource."
    public static let help = """
        An Allow statement with NotResource applies to every resource except the ones listed, \
        including resources created later. Use Resource with the resources needed.
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        policy.statements.filter { $0.isAllow && $0.raw["NotResource"] != nil }.map {
            Finding(Self.id, .error, "Allow with NotResource applies to every resource except the ones listed; use Resource with the resources needed",
                    statement: $0)
        }
    }
}
