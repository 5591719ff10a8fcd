/// The resource and data source types the project uses, read from `Schema/types.txt`:
/// one type per line, `data.` before data sources, `#` starts a comment.
///
///     aws_s3_bucket
///     data.aws_caller_identity   # account id for ARNs
public struct TypeList: Sendable, Hashable {
    public var resources: [String]
    public var dataSources: [String]

    public init(resources: [String] = [], dataSources: [String] = []) {
        self.resources = resources
        self.dataSources = dataSources
    }

    /// Parses the text of `types.txt`; names are kept sorted and unique.
    public static func parse(_ text: String) throws(CodegenError) -> TypeList {
        var resources = Set<String>()
        var dataSources = Set<String>()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let entry = line.trimmingWhitespace()
            guard !entry.isEmpty else { continue }
            let isData = entry.hasPrefix("data.")
            let name = isData ? String(entry.dropFirst(5)) : entry
            guard !name.isEmpty, name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "_" }) else {
                throw .invalidTypeListEntry(line: index + 1, entry: entry)
            }
            if isData { dataSources.insert(name) } else { resources.insert(name) }
        }
        return TypeList(resources: resources.sorted(), dataSources: dataSources.sorted())
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
