import TerraformCore

/// The resources of one environment and the references between them, as Terraform addresses
/// (`module.lambda.aws_lambda_function.chat`), one cluster per module call; or, in the modules
/// view, one node per module call (`module.lambda`), for `synth graph`.
///
/// An edge `A → B` means A's body refers to B (`${aws_iam_role.chat.arn}`, `depends_on`), the
/// direction `terraform graph` uses: B is created first. In the modules view, a call that
/// passes another module's output (`${module.storage.bucket_arn}`) points to that module.
///
/// What the root switches off is left out: each resource's `count` (or `for_each`) is
/// evaluated with the module call's literal arguments and the variables' defaults
/// (``ExpressionEvaluator``); a count it cannot evaluate keeps the resource. Data sources are
/// left out unless asked for: they are read, not created, and repeat in every module.
public struct ResourceGraph: Sendable {
    /// What the graph shows.
    public enum View: Sendable, Hashable {
        /// Every resource, one cluster per module.
        case resources
        /// One node per module call, edges from the outputs one module passes another.
        case modules
        /// The resources of one module call.
        case module(String)
    }

    public struct Options: Sendable, Hashable {
        public var view: View
        /// Show data sources (dashed) too.
        public var includeData: Bool

        public init(view: View = .resources, includeData: Bool = false) {
            self.view = view
            self.includeData = includeData
        }
    }

    /// `--module NAME` that the root does not call.
    public struct UnknownModule: Error, Sendable, Hashable {
        public var name: String
        public var known: [String]
    }

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

    /// Module calls in order, with the folder each one's source points to and how many of its
    /// resources are switched on.
    var modules: [(name: String, folder: String, resources: Int)] = []
    /// Nodes sorted by id.
    var nodes: [Node] = []
    /// Edges sorted by (from, to).
    var edges: [Edge] = []
    /// Resources left out because their count is 0.
    public private(set) var switchedOff = 0
    var view: View = .resources

    /// Builds the graph of the root module in `rootFolder` (`environments/prod`) from
    /// synthesized files, following its module calls into their source folders.
    public static func build(files: [String: String], rootFolder: String, options: Options = Options()) throws(UnknownModule) -> ResourceGraph {
        let set = TerraformFileSet(files)
        var graph = ResourceGraph()
        graph.view = options.view
        var nodes: [String: Node] = [:]
        var edges: Set<Edge> = []
        let root = set.folders[rootFolder] ?? TerraformFolder(path: rootFolder)
        let rootVariables = variables(of: root, arguments: [:], scope: ExpressionEvaluator(variables: [:]))
        let calls = root.blocks.keys.filter { $0.kind == .module }.sorted()
        if case .module(let name) = options.view, !calls.contains(where: { $0.name == name }) {
            throw UnknownModule(name: name, known: calls.map(\.name))
        }
        // Module calls are nodes only in the modules view: in the resource views, the wiring
        // between modules is long edges across the picture that make it unreadable.
        let shownKinds: Set<BlockAddress.Kind> = options.includeData ? [.resource, .data] : [.resource]

        /// Adds the folder's blocks; returns how many resources are switched on.
        @discardableResult
        func add(_ folder: TerraformFolder, module: String?, evaluator: ExpressionEvaluator) -> Int {
            let prefix = module.map { "module.\($0)." } ?? ""
            let addresses = folder.blocks.keys.filter { shownKinds.contains($0.kind) }
            let known = Set(addresses.map(\.description))
            var enabled = 0
            for address in addresses {
                let body = folder.blocks[address]!
                if address.kind == .resource || address.kind == .data, isSwitchedOff(body, evaluator) {
                    if address.kind == .resource { graph.switchedOff += 1 }
                    continue
                }
                if address.kind == .resource { enabled += 1 }
                let id = prefix + address.description
                nodes[id] = Node(id: id, label: address.description, kind: address.kind, module: module)
                for target in references(in: body, known: known) where target != address.description {
                    edges.insert(Edge(from: id, to: prefix + target))
                }
            }
            return enabled
        }

        if options.view == .resources { add(root, module: nil, evaluator: ExpressionEvaluator(variables: rootVariables)) }
        let rootScope = ExpressionEvaluator(variables: rootVariables)
        for address in calls {
            guard let body = root.blocks[address], let source = body["source"]?.stringValue else { continue }
            let folder = resolve(source, from: rootFolder)
            let module = set.folders[folder] ?? TerraformFolder(path: folder)
            let arguments = body.objectValue ?? [:]
            let evaluator = ExpressionEvaluator(variables: variables(of: module, arguments: arguments, scope: rootScope))
            switch options.view {
            case .resources:
                let count = add(module, module: address.name, evaluator: evaluator)
                graph.modules.append((address.name, folder, count))
            case .module(let name) where name == address.name:
                let count = add(module, module: address.name, evaluator: evaluator)
                graph.modules.append((address.name, folder, count))
            case .module:
                continue
            case .modules:
                let enabled = module.blocks.filter { $0.key.kind == .resource && !isSwitchedOff($0.value, evaluator) }.count
                graph.switchedOff += module.blocks.filter { $0.key.kind == .resource }.count - enabled
                graph.modules.append((address.name, folder, enabled))
                let id = "module.\(address.name)"
                nodes[id] = Node(id: id, label: id, kind: .module, module: nil)
                let callNames = Set(calls.map(\.description))
                for target in references(in: body, known: callNames) where target != id {
                    edges.insert(Edge(from: id, to: target))
                }
            }
        }
        graph.nodes = nodes.values.sorted { TerraformJSONWriter.codePointOrder($0.id, $1.id) }
        // Only edges between nodes shown: a hidden data source or switched-off resource takes its edges along.
        graph.edges = edges.filter { nodes[$0.from] != nil && nodes[$0.to] != nil }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        return graph
    }

    /// The variables a module sees: each declared default, replaced by the argument the call
    /// passes (evaluated in the calling root's scope; references to other modules are unknown).
    static func variables(of folder: TerraformFolder, arguments: [String: JSONValue], scope: ExpressionEvaluator) -> [String: ExpressionEvaluator.Value] {
        var values: [String: ExpressionEvaluator.Value] = [:]
        for (address, body) in folder.blocks where address.kind == .variable {
            if let value = body["default"] { values[address.name] = ExpressionEvaluator.Value(value) }
        }
        for (name, value) in arguments where !["source", "providers", "depends_on", "count", "for_each"].contains(name) {
            values[name] = scope.evaluate(value)
        }
        return values
    }

    /// Whether the block's `count` or `for_each` evaluates to no instance.
    static func isSwitchedOff(_ body: JSONValue, _ evaluator: ExpressionEvaluator) -> Bool {
        for key in ["count", "for_each"] {
            if let meta = body[key], evaluator.evaluate(meta).instanceCount == 0 { return true }
        }
        return false
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
