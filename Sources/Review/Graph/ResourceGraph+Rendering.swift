/// The `--format` of `synth graph`.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// Graphviz: `synth graph --env prod | dot -Tpng -o prod.png`.
    case dot
    /// Mermaid, which GitHub renders inside a ```` ```mermaid ```` block.
    case mermaid
}

/// Graphviz DOT and Mermaid renderings of a ``ResourceGraph``; both list module clusters in call
/// order and nodes and edges sorted, so the same stack always gives the same text.
extension ResourceGraph {
    public func render(_ format: GraphFormat) -> String {
        switch format {
        case .dot: return dot
        case .mermaid: return mermaid
        }
    }

    /// Nodes outside any cluster: the root module's own resources, or every module call in the
    /// modules view.
    var rootNodes: [Node] { nodes.filter { $0.module == nil } }

    /// The nodes inside `module`.
    func clusterNodes(_ module: String) -> [Node] { nodes.filter { $0.module == module } }

    /// Modules drawn as clusters: every module call in the resources view, the one asked for
    /// in the module view, none in the modules view.
    var clusters: [(name: String, folder: String, resources: Int)] { view == .modules ? [] : modules }

    /// The text a node shows. A resource: its type without `aws_` over its name, long words
    /// broken after an underscore (`lambda_provisioned_` / `concurrency_config` / `chat`), so
    /// boxes stay narrow; the cluster says the module and the node id keeps the full address.
    /// A module call (modules view): its address and how many resources it switches on.
    func label(_ node: Node) -> String {
        if node.kind == .module {
            guard let module = modules.first(where: { "module.\($0.name)" == node.id }) else { return node.label }
            return "\(node.label)\n\(module.resources) \(module.resources == 1 ? "resource" : "resources")"
        }
        var parts = node.label.split(separator: ".").map(String.init)
        let isData = parts.first == "data"
        if isData { parts.removeFirst() }
        guard parts.count == 2 else { return node.label }
        let type = parts[0].hasPrefix("aws_") ? String(parts[0].dropFirst(4)) : parts[0]
        return (isData ? "data " : "") + Self.wrap(type) + "\n" + Self.wrap(parts[1])
    }

    /// Lines of at most about `width` characters, broken after underscores.
    static func wrap(_ word: String, width: Int = 24) -> String {
        var lines: [String] = []
        var current = ""
        let pieces = word.split(separator: "_", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            let text = piece + (index < pieces.count - 1 ? "_" : "")
            if !current.isEmpty, current.count + text.count > width {
                lines.append(current)
                current = ""
            }
            current += text
        }
        return (lines + [current]).joined(separator: "\n")
    }

    /// Graphviz: `dot -Tpng graph.dot -o graph.png`. Left to right with tight spacing, so the
    /// module clusters of a large environment stack into a tall picture whose text is legible
    /// at 2,000 pixels wide (prod: about 1,900 pixels at Graphviz's 72 dpi).
    ///
    ///     digraph synth {
    ///       rankdir=LR;
    ///       ...
    ///       subgraph "cluster_lambda" {
    ///         label="module.lambda (modules-out/lambda)";
    ///         "module.lambda.aws_iam_role.chat" [label="iam_role\nchat"];
    ///         ...
    var dot: String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        func line(_ node: Node, indent: String) -> String {
            var attributes = ["label=\(quoted(label(node)))"]
            if node.kind == .module { attributes.append("shape=component") }
            if node.kind == .data { attributes.append("style=dashed") }
            return "\(indent)\(quoted(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        var out = "digraph synth {\n" + (switchedOff > 0 ? "  // \(switchedOffNote)\n" : "")
        out += "  rankdir=LR;\n  ranksep=0.3;\n  nodesep=0.15;\n  fontname=\"Helvetica\";\n"
        out += "  node [shape=box, fontname=\"Helvetica\", fontsize=11];\n  edge [color=\"#555555\"];\n"
        for node in rootNodes { out += line(node, indent: "  ") }
        for module in clusters {
            out += "  subgraph \(quoted("cluster_" + module.name)) {\n"
            out += "    label=\(quoted("module.\(module.name) (\(module.folder))"));\n"
            for node in clusterNodes(module.name) { out += line(node, indent: "    ") }
            out += "  }\n"
        }
        for edge in edges { out += "  \(quoted(edge.from)) -> \(quoted(edge.to));\n" }
        return out + "}\n"
    }

    /// Mermaid, which GitHub renders inside a ```` ```mermaid ```` block.
    ///
    ///     flowchart LR
    ///       subgraph cluster_lambda["module.lambda (modules-out/lambda)"]
    ///         module_lambda_aws_iam_role_chat["iam_role<br>chat"]
    ///       end
    ///       module_lambda_aws_lambda_function_chat --> module_lambda_aws_iam_role_chat
    var mermaid: String {
        var ids: [String: String] = [:]
        var used: Set<String> = Set(modules.map { "cluster_" + sanitized($0.name) })
        for node in nodes {
            var id = sanitized(node.id)
            if used.contains(id) {
                var suffix = 2
                while used.contains("\(id)_\(suffix)") { suffix += 1 }
                id = "\(id)_\(suffix)"
            }
            used.insert(id)
            ids[node.id] = id
        }
        func text(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br>") + "\""
        }
        func line(_ node: Node, indent: String) -> String {
            let id = ids[node.id]!
            switch node.kind {
            case .module: return "\(indent)\(id)[[\(text(label(node)))]]\n"
            case .data: return "\(indent)\(id)([\(text(label(node)))])\n"
            default: return "\(indent)\(id)[\(text(label(node)))]\n"
            }
        }
        var out = "flowchart LR\n" + (switchedOff > 0 ? "  %% \(switchedOffNote)\n" : "")
        for node in rootNodes { out += line(node, indent: "  ") }
        for module in clusters {
            out += "  subgraph cluster_\(sanitized(module.name))[\(text("module.\(module.name) (\(module.folder))"))]\n"
            for node in clusterNodes(module.name) { out += line(node, indent: "    ") }
            out += "  end\n"
        }
        for edge in edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            out += "  \(from) --> \(to)\n"
        }
        return out
    }

    /// `2 resources switched off in this environment (count 0) are not drawn`.
    var switchedOffNote: String {
        "\(switchedOff) \(switchedOff == 1 ? "resource" : "resources") switched off in this environment (count 0) \(switchedOff == 1 ? "is" : "are") not drawn"
    }

    /// Letters, digits and `_` only: `module.lambda.aws_iam_role.chat` → `module_lambda_aws_iam_role_chat`.
    private func sanitized(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
