/// `not-action`: an Allow uses `NotAction`.
///
/// "Allow everything except ..." grants every action not listed, including future ones.
public struct NotActionRule: LintRule {
    public static let id = "not-action"
    public static let summary = "An Allow statement uses NotAction."
    public static let help = """
        An Allow statement with NotAction grants every action of every service except the ones listed, \
        including actions AWS adds later. Use Action with the actions needed.
        """

    public init() {}

    public func check(_ policy: PolicyAnalysis) -> [Finding] {
        policy.statements.filter { $0.isAllow && $0.raw["NotAction"] != nil }.map {
            Finding(Self.id, .error, "Allow with NotAction grants every action except the ones listed; use Action with the actions needed",
                    statement: $0)
        }
    }
}
