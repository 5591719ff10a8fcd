import Foundation

/// The actions, resource types and condition keys of one service prefix.
///
/// Made from one section of the embedded catalog the first time a policy names the service:
/// its resource types are read then, each action when it is first looked up (by binary search
/// over the section's action lines, which are sorted by lowercased name).
public final class ServiceCatalog: @unchecked Sendable {
    /// The lowercase service prefix, for example `s3`.
    public let prefix: String
    /// Resource type name to its ARN format (every type parsed; rules ask ``format(ofType:)``).
    public var resourceTypes: [String: ARNFormat] {
        Dictionary(uniqueKeysWithValues: rawTypes.keys.map { ($0, format(ofType: $0)!) })
    }
    /// Resource type name to the condition keys AWS lists for it.
    public var resourceConditionKeys: [String: [String]] {
        lock.lock()
        defer { lock.unlock() }
        let keys = keyTable()
        return rawTypes.mapValues { raw in
            (raw.keys.isEmpty ? [] : text.fields(raw.keys, separator: UInt8(ascii: ","))).compactMap { index in
                let position = text.integer(index)
                return position < keys.count ? keys[position] : nil
            }
        }
    }

    private let text: CatalogText
    private let conditionTable: Range<Int>
    /// The action lines, sorted by lowercased name.
    private let actionLines: [Range<Int>]
    private let lock = NSLock()
    private var parsedActions: [Int: CatalogAction] = [:]
    private var parsedKeys: [String]?
    /// Resource type name to its format text and condition key indices, read when first asked.
    private let rawTypes: [String: (format: Range<Int>, keys: Range<Int>)]
    private let singleSegment: Set<String>
    private var parsedFormats: [String: ARNFormat] = [:]

    init(prefix: String, text: CatalogText, section: Range<Int>) {
        self.prefix = prefix
        self.text = text
        var conditionTable = section.lowerBound..<section.lowerBound
        var rawTypes: [String: (format: Range<Int>, keys: Range<Int>)] = [:]
        var actionLines: [Range<Int>] = []
        var noSlash: Set<String> = []
        for line in text.lines(in: section) {
            switch text[line.lowerBound] {
            case UInt8(ascii: "@"): continue
            case UInt8(ascii: "%"): conditionTable = line.dropFirst()
            case UInt8(ascii: "/"): noSlash = Set(text.fields(line.dropFirst(), separator: UInt8(ascii: "|")).map(text.string))
            case UInt8(ascii: "#"):
                let fields = text.fields(line.dropFirst(), separator: UInt8(ascii: "|"))
                guard fields.count == 3 else { continue }
                rawTypes[text.string(fields[0])] = (fields[1], fields[2])
            default: actionLines.append(line)
            }
        }
        self.conditionTable = conditionTable
        self.actionLines = actionLines
        self.rawTypes = rawTypes
        self.singleSegment = noSlash
    }

    /// The ARN format of resource type `type`, parsed the first time it is asked for.
    public func format(ofType type: String) -> ARNFormat? {
        lock.lock()
        defer { lock.unlock() }
        return formatLocked(type)
    }

    private func formatLocked(_ type: String) -> ARNFormat? {
        if let parsed = parsedFormats[type] { return parsed }
        guard let raw = rawTypes[type] else { return nil }
        let format = ARNFormat(text.string(raw.format), placeholdersWithoutSlash: singleSegment)
        parsedFormats[type] = format
        return format
    }

    /// Every condition key the service defines or its actions list, sorted.
    public var conditionKeys: [String] {
        lock.lock()
        defer { lock.unlock() }
        return keyTable()
    }

    /// The action names as AWS spells them, sorted by lowercased name.
    public var actionNames: [String] { actionLines.map { text.string(nameRange($0)) } }

    /// The action called `name`, compared without regard to case as IAM does.
    public func action(named name: String) -> CatalogAction? {
        let query = Array(name.utf8).map(Self.lowercase)
        var low = 0
        var high = actionLines.count
        while low < high {
            let middle = (low + high) / 2
            switch compare(nameRange(actionLines[middle]), query) {
            case .orderedSame: return action(at: middle)
            case .orderedAscending: low = middle + 1
            case .orderedDescending: high = middle
            }
        }
        return nil
    }

    /// Whether some action's name starts with `prefix` (as AWS spells it, case-sensitive), read in
    /// place without making every name a `String`.
    public func hasAction(withPrefix prefix: String) -> Bool {
        let wanted = Array(prefix.utf8)
        // Names with the prefix in any case are one run of the sorted lines.
        return candidateLines(matching: prefix.lowercased() + "*").contains { position in
            let line = actionLines[position]
            let name = nameRange(line)
            guard name.count >= wanted.count else { return false }
            return wanted.indices.allSatisfy { text[name.lowerBound + $0] == wanted[$0] }
        }
    }

    /// The actions whose names match `pattern` (`*` and `?` wildcards, case-insensitive).
    public func actions(matching pattern: String) -> [CatalogAction] {
        linesMatching(pattern).compactMap(action(at:))
    }

    /// How many actions match `pattern`, and the ARN formats of their resource types, each once, in
    /// the order of the matched actions: all a wildcard action needs. It reads only the name and
    /// resource fields of each line instead of building every matched action (`iam:*` names
    /// hundreds, `ec2:*` some 700).
    func formats(ofActionsMatching pattern: String) -> (count: Int, formats: [ARNFormat]) {
        let matched = linesMatching(pattern)
        var formats: [ARNFormat] = []
        var seenTypes: Set<String> = []
        var seenFormats: Set<String> = []
        lock.lock()
        defer { lock.unlock() }
        for position in matched {
            for type in resourceTypes(ofLine: position) {
                guard seenTypes.insert(type).inserted, let format = formatLocked(type),
                      seenFormats.insert(format.text).inserted else { continue }
                formats.append(format)
            }
        }
        return (matched.count, formats)
    }

    /// How many actions match `pattern`, and whether any of them has a resource type with a
    /// format (whether ``formats(ofActionsMatching:)`` is non-empty), without reading formats.
    func count(ofActionsMatching pattern: String) -> (count: Int, anyScoped: Bool) {
        let matched = linesMatching(pattern)
        return (matched.count, matched.contains { resourceTypes(ofLine: $0).contains { rawTypes[$0] != nil } })
    }

    /// The positions of the action lines whose names match `pattern` (`*` and `?`, without regard
    /// to case). Reads only the immutable catalog text: no lock.
    private func linesMatching(_ pattern: String) -> [Int] {
        let lowered = pattern.lowercased()
        let glob = Glob(lowered)
        return candidateLines(matching: lowered).filter { position in
            let name = nameRange(actionLines[position])
            return glob.matches(UnsafeBufferPointer(start: text.start + name.lowerBound, count: name.count), lowercasing: true)
        }
    }

    /// The resource type names of an action line (`Name|A|type!~k,type|keys`: the third field).
    private func resourceTypes(ofLine position: Int) -> [String] {
        let line = actionLines[position]
        let name = nameRange(line)
        guard name.upperBound < line.upperBound,
              let accessEnd = text.firstIndex(of: UInt8(ascii: "|"), in: name.upperBound + 1..<line.upperBound),
              let refsEnd = text.firstIndex(of: UInt8(ascii: "|"), in: accessEnd + 1..<line.upperBound),
              refsEnd > accessEnd + 1
        else { return [] }
        return text.fields(accessEnd + 1..<refsEnd, separator: UInt8(ascii: ",")).map { ref in
            var end = text.firstIndex(of: UInt8(ascii: "~"), in: ref) ?? ref.upperBound
            if end > ref.lowerBound, text[end - 1] == UInt8(ascii: "!") { end -= 1 }
            return text.string(ref.lowerBound..<end)
        }
    }

    /// The action lines a lowercased pattern can match. Lines are sorted by lowercased name (as
    /// ``action(named:)`` relies on), so a prefix pattern (`Describe*`, the common case) is the
    /// run of lines from its binary-searched start; any other pattern is checked on every line.
    private func candidateLines(matching pattern: String) -> Range<Int> {
        let bytes = Array(pattern.utf8)
        guard let star = bytes.firstIndex(of: UInt8(ascii: "*")), star == bytes.count - 1,
              !bytes.contains(UInt8(ascii: "?")) else { return actionLines.indices }
        let prefix = Array(bytes[..<star])
        var low = 0, high = actionLines.count
        while low < high {
            let middle = (low + high) / 2
            if compare(nameRange(actionLines[middle]), prefix) == .orderedAscending { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < actionLines.count {
            let name = nameRange(actionLines[end])
            guard name.count >= prefix.count,
                  prefix.indices.allSatisfy({ Self.lowercase(text[name.lowerBound + $0]) == prefix[$0] }) else { break }
            end += 1
        }
        return low..<end
    }

    /// Every action of the service.
    public var allActions: [CatalogAction] { actionLines.indices.compactMap(action(at:)) }

    private func nameRange(_ line: Range<Int>) -> Range<Int> {
        line.lowerBound..<(text.firstIndex(of: UInt8(ascii: "|"), in: line) ?? line.upperBound)
    }

    private func compare(_ range: Range<Int>, _ query: [UInt8]) -> ComparisonResult {
        var index = 0
        while index < range.count, index < query.count {
            let left = Self.lowercase(text[range.lowerBound + index])
            if left != query[index] { return left < query[index] ? .orderedAscending : .orderedDescending }
            index += 1
        }
        if range.count == query.count { return .orderedSame }
        return range.count < query.count ? .orderedAscending : .orderedDescending
    }

    static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private func action(at position: Int) -> CatalogAction? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = parsedActions[position] { return cached }
        let fields = text.fields(actionLines[position], separator: UInt8(ascii: "|"))
        guard fields.count == 4 else { return nil }
        let keys = keyTable()
        func key(_ range: Range<Int>) -> String? {
            let index = text.integer(range)
            return index < keys.count ? keys[index] : nil
        }
        let refs = fields[2].isEmpty ? [] : text.fields(fields[2], separator: UInt8(ascii: ",")).map { ref -> CatalogResourceType in
            let parts = text.fields(ref, separator: UInt8(ascii: "~"))
            var name = parts[0]
            let required = !name.isEmpty && text[name.upperBound - 1] == UInt8(ascii: "!")
            if required { name = name.dropLast() }
            let type = text.string(name)
            return CatalogResourceType(type: type, required: required, format: formatLocked(type),
                                       conditionKeys: parts.dropFirst().compactMap(key))
        }
        let conditions = fields[3].isEmpty ? [] : text.fields(fields[3], separator: UInt8(ascii: ",")).compactMap(key)
        let action = CatalogAction(service: prefix, name: text.string(fields[0]), access: AccessLevel(initial: text[fields[1].lowerBound]),
                                   resourceTypes: refs, conditionKeys: conditions)
        parsedActions[position] = action
        return action
    }

    /// The `%` line, split once; call with the lock held.
    private func keyTable() -> [String] {
        if let parsedKeys { return parsedKeys }
        let keys = conditionTable.isEmpty ? [] : text.fields(conditionTable, separator: UInt8(ascii: "|")).map(text.string)
        parsedKeys = keys
        return keys
    }
}

/// One catalogued IAM action.
public struct CatalogAction: Sendable, Hashable {
    /// The service prefix, lowercase.
    public let service: String
    /// The name as AWS spells it, for example `GetObject`.
    public let name: String
    /// The access level the catalog gives.
    public let access: AccessLevel
    /// The resource types a statement's `Resource` may name for this action; empty when the action
    /// supports no resource-level permissions and `"*"` is the only correct resource.
    public let resourceTypes: [CatalogResourceType]
    /// The condition keys AWS lists for the action as a whole.
    public let conditionKeys: [String]

    /// `service:Name`.
    public var qualifiedName: String { "\(service):\(name)" }

    /// Whether a statement can scope this action to particular resources.
    public var supportsResourceLevelPermissions: Bool { !resourceTypes.isEmpty }

    /// The ARN format of every resource type of this action.
    public var formats: [ARNFormat] { resourceTypes.compactMap(\.format) }
}

/// A resource type an action supports, with its ARN format.
public struct CatalogResourceType: Sendable, Hashable {
    public let type: String
    /// Whether AWS marks it with `*` (required).
    public let required: Bool
    /// `nil` only if the catalog is inconsistent (codegen checks it is not).
    public let format: ARNFormat?
    /// Condition keys AWS lists for the action on this resource type.
    public let conditionKeys: [String]
}

/// The access level the catalog gives an action.
public enum AccessLevel: String, Sendable, Hashable {
    case list = "List"
    case read = "Read"
    case write = "Write"
    case permissionsManagement = "Permissions management"
    case tagging = "Tagging"
    case unknown = "Unknown"

    init(initial: UInt8) {
        switch initial {
        case UInt8(ascii: "L"): self = .list
        case UInt8(ascii: "R"): self = .read
        case UInt8(ascii: "W"): self = .write
        case UInt8(ascii: "P"): self = .permissionsManagement
        case UInt8(ascii: "T"): self = .tagging
        default: self = .unknown
        }
    }
}
