extension Environments {
    /// Environment names in promotion order, the column order of every report.
    public static let promotionOrder = promoted.map(\.name)

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

extension EnvironmentConfig {
    /// Whether this is the production environment of the registry (``Environments/production``).
    public var isProduction: Bool { name == Environments.production.name }
}
