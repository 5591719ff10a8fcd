import Review

// The Review target's formats are the `--format` words; they need no second list here.
extension ReportFormat: OptionChoice {
    public static let defaultValue = ReportFormat.text
}

extension GraphFormat: OptionChoice {
    public static let defaultValue = GraphFormat.dot
}
