/// Graphviz DOT and Mermaid renderings of a ``ResourceGraph``; both list module clusters in call
/// order and nodes and edges sorted, so the same stack always gives the same text.
extension ResourceGraph {
    /// Nodes of the root module that are not module calls (those head their cluster).
    var rootNodes: [Node] { nodes.filter { $0.module == nil && $0.kind != .module } }

    /// The call node of `module` followed by the nodes inside it.
    func clusterNodes(_ module: String) -> [Node] {
        nodes.filter { $0.module == nil && $0.kind == .module && $0.label == "module.\(module)" } + nodes.filter { $0.module == module }
    }

    /// Graphviz: `dot -Tsvg graph.dot -o graph.svg`.
    ///
    ///     digraph synth {
    ///       rankdir=LR;
    ///       node [shape=box, fontname="Helvetica"];
    ///       subgraph "cluster_lambda" {
    ///         label="module.lambda (modules-out/lambda)";
    ///         "module.lambda" [label="module.lambda", shape=component];
    ///         ...
    var dot: String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func line(_ node: Node, indent: String) -> String {
            var attributes = ["label=\(quoted(node.label))"]
            if node.kind == .module { attributes.append("shape=component") }
            if node.kind == .data { attributes.append("style=dashed") }
            return "\(indent)\(quoted(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        var out = "digraph synth {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n"
        for node in rootNodes { out += line(node, indent: "  ") }
        for module in modules {
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
    ///         module_lambda[["module.lambda"]]
    ///         module_lambda_aws_iam_role_chat["aws_iam_role.chat"]
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
        func label(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "#quot;") + "\"" }
        func line(_ node: Node, indent: String) -> String {
            let id = ids[node.id]!
            switch node.kind {
            case .module: return "\(indent)\(id)[[\(label(node.label))]]\n"
            case .data: return "\(indent)\(id)([\(label(node.label))])\n"
            default: return "\(indent)\(id)[\(label(node.label))]\n"
            }
        }
        var out = "flowchart LR\n"
        for node in rootNodes { out += line(node, indent: "  ") }
        for module in modules {
            out += "  subgraph cluster_\(sanitized(module.name))[\(label("module.\(module.name) (\(module.folder))"))]\n"
            for node in clusterNodes(module.name) { out += line(node, indent: "    ") }
            out += "  end\n"
        }
        for edge in edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            out += "  \(from) --> \(to)\n"
        }
        return out
    }

    /// Letters, digits and `_` only: `module.lambda.aws_iam_role.chat` → `module_lambda_aws_iam_role_chat`.
    private func sanitized(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
