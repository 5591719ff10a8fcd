import TerraformCore

extension SettingsMatrix {
    /// Aligned columns; a `*` in the first column marks rows whose values differ, and a legend
    /// after the table says so.
    var text: String {
        let rows = rows.map { row in [row.differs ? "*" : " ", row.setting] + row.values.map(\.display) }
        let table = TextTable(header: [" ", "setting"] + environments,
                              alignments: Array(repeating: .left, count: environments.count + 2), rows: rows)
        return table.text + "\n* differs between environments (\(differing))\n"
    }

    /// A GitHub table with setting names in code spans and every value of a differing row in bold.
    var markdown: String {
        let rows = rows.map { row in
            ["`\(row.setting)`"] + row.values.map { row.differs ? "**\($0.display)**" : $0.display }
        }
        let table = TextTable(header: ["setting"] + environments,
                              alignments: Array(repeating: .left, count: environments.count + 1), rows: rows)
        return table.markdown + "\nValues in **bold** differ between environments (\(differing)).\n"
    }

    /// `{"environments": [...], "settings": [{"setting", "values": {env: value}, "differs"}]}`.
    var json: String {
        let settings: [JSONValue] = rows.map { row in
            .object([
                "setting": .string(row.setting),
                "values": .object(Dictionary(zip(environments, row.values.map(\.json)), uniquingKeysWith: { first, _ in first })),
                "differs": .bool(row.differs),
            ])
        }
        return TerraformJSONWriter.pretty(.object(["environments": .array(environments.map(JSONValue.string)),
                                                   "settings": .array(settings)]))
    }

    /// `12 of 48 settings`.
    private var differing: String { "\(rows.filter(\.differs).count) of \(rows.count) settings" }
}
