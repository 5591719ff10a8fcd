extension Environments {
    /// Environment names in promotion order, the column order of every report.
    public static let promotionOrder = ["dev", "qa", "demo", "staging", "prod"]

    /// `configs` sorted into promotion order; unknown names keep their order after the known ones.
    public static func inPromotionOrder(_ configs: [EnvironmentConfig] = all) -> [EnvironmentConfig] {
        sortedByPromotion(configs, name: \.name)
    }

    /// `items` sorted by the promotion order of `name`; unknown names keep their order after the known ones.
    public static func sortedByPromotion<Item>(_ items: [Item], name: (Item) -> String) -> [Item] {
        let ranked = items.enumerated().map { (rank: promotionOrder.firstIndex(of: name($0.element)) ?? promotionOrder.count,
                                               offset: $0.offset, item: $0.element) }
        return ranked.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map(\.item)
    }
}
