import TerraformCore

/// The address Terraform gives a top-level block of a module folder: `aws_lambda_function.chat`,
/// `data.aws_region.current`, `module.lambda`, `output.bucket_arn`, `var.environment`.
struct BlockAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Block kinds in the order reports list them.
    enum Kind: Int, Sendable, Comparable {
        case module, resource, data, variable, local, output, provider, other

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: Kind
    /// The resource or data source type (`aws_s3_bucket`); empty for other kinds.
    var type: String = ""
    /// The block's name; for ``Kind/other`` the top-level key (`terraform`, `moved`).
    var name: String

    var description: String {
        switch kind {
        case .resource: return "\(type).\(name)"
        case .data: return "data.\(type).\(name)"
        case .module: return "module.\(name)"
        case .output: return "output.\(name)"
        case .variable: return "var.\(name)"
        case .local: return "local.\(name)"
        case .provider: return "provider.\(name)"
        case .other: return name
        }
    }

    /// Whether Terraform can move state from one address to another of this kind (`moved` blocks).
    var isMovable: Bool { kind == .resource || kind == .module }

    static func < (lhs: BlockAddress, rhs: BlockAddress) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return TerraformJSONWriter.codePointOrder(lhs.description, rhs.description)
    }
}

/// The blocks of one module folder (`modules-out/lambda`, `environments/prod`), read from all of
/// its `*.tf.json` files.
struct TerraformFolder: Sendable {
    var path: String
    var blocks: [BlockAddress: JSONValue] = [:]

    /// The folder part of a relative file path: `modules-out/lambda/main.tf.json` → `modules-out/lambda`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Adds the top-level blocks of one parsed tf.json document.
    mutating func add(document: JSONValue) {
        guard let top = document.objectValue else { return }
        for (key, value) in top where key != "//" {
            switch key {
            case "resource", "data":
                for (type, named) in value.objectValue ?? [:] {
                    for (name, body) in named.objectValue ?? [:] {
                        blocks[BlockAddress(kind: key == "data" ? .data : .resource, type: type, name: name)] = body
                    }
                }
            case "module", "output", "variable", "provider":
                let kind: BlockAddress.Kind = key == "module" ? .module : key == "output" ? .output : key == "variable" ? .variable : .provider
                for (name, body) in value.objectValue ?? [:] { blocks[BlockAddress(kind: kind, name: name)] = body }
            case "locals":
                let objects = value.arrayValue ?? [value]
                for object in objects {
                    for (name, body) in object.objectValue ?? [:] { blocks[BlockAddress(kind: .local, name: name)] = body }
                }
            default:
                blocks[BlockAddress(kind: .other, name: key)] = value
            }
        }
    }
}

/// Reads `[relative path: contents]` into folders of blocks; only `*.tf.json` files are parsed.
struct TerraformFileSet: Sendable {
    var folders: [String: TerraformFolder] = [:]
    /// Parsed documents by path, to tell reformatted files from changed ones.
    var documents: [String: JSONValue] = [:]
    /// Files that are not valid JSON, with the parser's message.
    var unreadable: [String: String] = [:]

    init(_ files: [String: String]) {
        for path in files.keys.sorted() where path.hasSuffix(".tf.json") {
            let folder = TerraformFolder.folder(of: path)
            do {
                let document = try JSONParser.parse(files[path]!)
                documents[path] = document
                folders[folder, default: TerraformFolder(path: folder)].add(document: document)
            } catch {
                unreadable[path] = error.description
                if folders[folder] == nil { folders[folder] = TerraformFolder(path: folder) }
            }
        }
    }
}
