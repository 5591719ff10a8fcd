extension EnvironmentConfig {
    /// Log retention values CloudWatch accepts.
    public static let allowedRetentionDays: Set<Int> = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]

    /// Checks the name, then every setting of ``settings`` in order, against AWS's limits and the
    /// platform's rules; throws the first problem.
    public func validate() throws(ConfigurationError) {
        func fail(_ setting: String, _ value: Any, _ limit: String) -> ConfigurationError {
            .invalidSetting(environment: name, setting: setting, value: "\(value)", limit: limit)
        }
        guard Self.isName(name), name.count <= 12 else {
            throw fail("name", "\"\(name)\"", "must be 1-12 lowercase letters, digits or hyphens")
        }
        // The longest bucket name is rag-genai-<env>-vectors-replica; S3 allows 63 characters.
        guard "\(prefix)-vectors-replica".count <= 63 else { throw fail("name", name, "makes bucket names longer than 63 characters") }
        // Every setting's rule is in its row of the settings table.
        for setting in Self.settings {
            if let error = setting.error(for: self) { throw error }
        }
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase || first.isASCIIDigit else { return false }
        return text.allSatisfy { ($0.isASCII && $0.isLowercase) || $0.isASCIIDigit || $0 == "-" } && !text.hasSuffix("-")
    }

    /// Twelve ASCII digits.
    static func isAccountID(_ text: String) -> Bool {
        text.count == 12 && text.allSatisfy(\.isASCIIDigit)
    }

    /// A region code in ``AWSRegions``: the shape alone (`eu-west-9`) is not enough.
    static func isRegion(_ text: String) -> Bool { AWSRegions.contains(text) }

    /// The limit an unknown region code breaks.
    static let notARegion = "it is not an AWS region; use a region code such as eu-west-1 (the list is in Sources/Stack/Configuration/AWSRegions.swift)"

    static func isModelID(_ text: String) -> Bool {
        !text.isEmpty && text.contains(".") && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.:_".contains($0)) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
