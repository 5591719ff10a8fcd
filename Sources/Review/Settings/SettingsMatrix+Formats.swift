import TerraformCore

extension SettingsMatrix {
    /// Lines of `synth envs` aim at this width; value columns wrap to fit it, but never
    /// narrower than ``minimumValueWidth`` (five environments with long values are wider).
    static let targetWidth = 100
    static let minimumValueWidth = 16

    /// Aligned columns; a `*` in the first column marks rows whose values differ, and a legend
    /// after the table says so. Long values wrap within their column (at spaces), so the table
    /// fits a terminal: about 100 columns for two environments, 140 for five.
    var text: String {
        let rows = rows.map { row in [row.differs ? "*" : " ", row.setting] + row.values.map(\.display) }
        var table = TextTable(header: [" ", "setting"] + environments,
                              alignments: Array(repeating: .left, count: environments.count + 2), rows: rows)
        let settingWidth = (rows.map { $0[1].count } + ["setting".count]).max() ?? 0
        let fixed = 1 + 2 + settingWidth
        let perColumn = environments.isEmpty ? Self.targetWidth : (Self.targetWidth - fixed) / environments.count - 2
        table.wrapWidth = max(Self.minimumValueWidth, perColumn)
        table.wrapping = Set(2..<(environments.count + 2))
        return table.text + "\n" + legend(marker: "*") + "\n"
    }

    /// A GitHub table with setting names in code spans and every value of a differing row in bold.
    var markdown: String {
        let rows = rows.map { row in
            ["`\(row.setting)`"] + row.values.map { row.differs ? "**\($0.display)**" : $0.display }
        }
        let table = TextTable(header: ["setting"] + environments,
                              alignments: Array(repeating: .left, count: environments.count + 1), rows: rows)
        return table.markdown + "\n" + legend(marker: "Values in **bold**") + "\n"
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

    /// `* differs between environments (12 of 48 settings)`; with only differing rows shown,
    /// says how many equal ones were left out.
    private func legend(marker: String) -> String {
        let verb = marker == "*" ? "\(marker) differs" : "\(marker) differ"
        var text = "\(verb) between environments (\(differingCount) of \(settingCount) settings)"
        if rows.count < settingCount { text += "; \(settingCount - rows.count) equal settings not shown" }
        return text + (marker == "*" ? "" : ".")
    }
}
