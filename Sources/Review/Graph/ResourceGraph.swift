import TerraformCore

/// The resources, data sources and module calls of one environment and the references between
/// them, as Terraform addresses: `module.lambda`, `module.lambda.aws_lambda_function.chat`.
///
/// An edge `A → B` means A's body refers to B (`${aws_iam_role.chat.arn}`, `depends_on`), the
/// direction `terraform graph` uses: B is created first. Module calls that pass another module's
/// output (`${module.storage.bucket_arn}`) are joined the same way.
struct ResourceGraph: Sendable {
    struct Node: Hashable, Sendable {
        /// The absolute address: `module.lambda.aws_iam_role.chat`.
        var id: String
        /// The address inside its module: `aws_iam_role.chat`.
        var label: String
        var kind: BlockAddress.Kind
        /// The module call that holds the node (`lambda`); `nil` in the root module.
        var module: String?
    }

    struct Edge: Hashable, Sendable {
        var from: String
        var to: String
    }

    /// Module calls in order, with the folder each one's source points to.
    var modules: [(name: String, folder: String)] = []
    /// Nodes sorted by id.
    var nodes: [Node] = []
    /// Edges sorted by (from, to).
    var edges: [Edge] = []

    /// Builds the graph of the root module in `rootFolder` (`environments/prod`) from
    /// synthesized files, following its module calls into their source folders.
    static func build(files: [String: String], rootFolder: String) -> ResourceGraph {
        let set = TerraformFileSet(files)
        var graph = ResourceGraph()
        var nodes: [String: Node] = [:]
        var edges: Set<Edge> = []
        let root = set.folders[rootFolder] ?? TerraformFolder(path: rootFolder)

        func add(_ folder: TerraformFolder, module: String?) {
            let prefix = module.map { "module.\($0)." } ?? ""
            let addresses = folder.blocks.keys.filter { [.resource, .data, .module].contains($0.kind) }
            let known = Set(addresses.map(\.description))
            for address in addresses {
                let id = prefix + address.description
                nodes[id] = Node(id: id, label: address.description, kind: address.kind, module: module)
                for target in references(in: folder.blocks[address]!, known: known) where target != address.description {
                    edges.insert(Edge(from: id, to: prefix + target))
                }
            }
        }

        add(root, module: nil)
        for address in root.blocks.keys.filter({ $0.kind == .module }).sorted() {
            guard let source = root.blocks[address]?["source"]?.stringValue else { continue }
            let folder = resolve(source, from: rootFolder)
            graph.modules.append((address.name, folder))
            if let module = set.folders[folder] { add(module, module: address.name) }
        }
        graph.nodes = nodes.values.sorted { TerraformJSONWriter.codePointOrder($0.id, $1.id) }
        graph.edges = edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        return graph
    }

    /// The addresses (among `known`) that a block body refers to, sorted.
    static func references(in body: JSONValue, known: Set<String>) -> [String] {
        var found: Set<String> = []
        func visit(_ value: JSONValue, key: String?) {
            switch value {
            case .string(let text):
                // Templates nest: `${jsonencode(["arn:${data.aws_region.current.name}"])}`.
                var expressions = key == "depends_on" ? [text] : Interpolation.expressions(in: text)
                while let expression = expressions.popLast() {
                    for chain in ReferenceScanner.chains(in: expression) {
                        if let address = ReferenceScanner.address(of: chain, known: known) { found.insert(address) }
                    }
                    expressions += Interpolation.expressions(in: expression)
                }
            case .object(let members):
                for (name, member) in members { visit(member, key: name) }
            case .array(let elements):
                for element in elements { visit(element, key: key) }
            default:
                break
            }
        }
        visit(body, key: nil)
        return found.sorted()
    }

    /// `../../modules-out/lambda` seen from `environments/prod` → `modules-out/lambda`.
    static func resolve(_ source: String, from folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in source.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}

/// Finds Terraform references in an expression: dotted chains of identifiers outside quoted
/// strings, such as `aws_iam_role.chat.arn` in `jsonencode([aws_iam_role.chat.arn])`.
enum ReferenceScanner {
    /// Every dotted identifier chain in `expression`, split at the dots (`[0]` ends a chain).
    static func chains(in expression: String) -> [[String]] {
        var chains: [[String]] = []
        var current = ""
        var inQuote = false
        var escaped = false
        func finish() {
            // A chain that starts with a dot continues an index (`x[0].arn`); not a reference.
            if !current.isEmpty, !current.hasPrefix(".") {
                chains.append(current.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
            }
            current = ""
        }
        for character in expression {
            if inQuote {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inQuote = false }
            } else if character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." {
                current.append(character)
            } else {
                finish()
                if character == "\"" { inQuote = true }
            }
        }
        finish()
        return chains
    }

    /// The block address a chain refers to when it names one of `known`:
    /// `[aws_iam_role, chat, arn]` → `aws_iam_role.chat`, `[module, storage, bucket_arn]` → `module.storage`.
    static func address(of chain: [String], known: Set<String>) -> String? {
        let candidate: String
        switch chain.first {
        case "data" where chain.count >= 3: candidate = chain[0..<3].joined(separator: ".")
        case "module" where chain.count >= 2: candidate = chain[0..<2].joined(separator: ".")
        case _ where chain.count >= 2: candidate = chain[0..<2].joined(separator: ".")
        default: return nil
        }
        return known.contains(candidate) ? candidate : nil
    }
}
