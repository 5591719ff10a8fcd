/// Turns a ``SwiftFile`` tree into source text: the only place generated Swift is spelled out.
///
/// Every property is one line over the struct's `body`:
///
///     public var bucket: TFString? { get { body.argument("bucket") } set { body.setArgument("bucket", newValue) } }
///     public var arn: TFString { attribute("arn") }
enum SwiftRenderer {
    static func render(_ file: SwiftFile) -> String {
        var writer = LineWriter()
        writer.line(file.header)
        for module in file.imports { writer.line("import \(module)") }
        writer.line()
        render(file.declaration, into: &writer)
        return writer.text
    }

    static func render(_ decl: StructDecl, into writer: inout LineWriter) {
        for line in decl.doc.lines { writer.line("/// " + line) }
        let conformance: String
        switch decl.kind {
        case .resource: conformance = "Resource"
        case .dataSource: conformance = "DataSource"
        case .block: conformance = "BlockBody"
        }
        writer.braced("public struct \(decl.name): \(conformance)") { writer in
            renderStorage(decl, into: &writer)
            writer.line()
            renderInitializer(decl, into: &writer)
            if !decl.properties.isEmpty { writer.line() }
            for property in decl.properties { writer.line(propertyLine(property)) }
            for nested in decl.nestedTypes {
                writer.line()
                render(nested, into: &writer)
            }
        }
    }

    static func renderStorage(_ decl: StructDecl, into writer: inout LineWriter) {
        switch decl.kind {
        case .resource(let type), .dataSource(let type):
            writer.line("public static let terraformType = \"\(type)\"")
            writer.line("public let name: String")
            writer.line("public var body = Body()")
            writer.line("public var meta = MetaArguments()")
        case .block:
            writer.line("public var body = Body()")
            writer.line("public init(body: Body) { self.body = body }")
        }
    }

    static func renderInitializer(_ decl: StructDecl, into writer: inout LineWriter) {
        for line in decl.initializer.doc.lines { writer.line("/// " + line) }
        var parameters = decl.initializer.parameters.map { "\(identifier($0.name)): \($0.type)" }
        var assignments = decl.initializer.parameters.map { "self.\(identifier($0.name)) = \(identifier($0.name))" }
        if decl.kind != .block {
            parameters.insert("_ name: String", at: 0)
            assignments.insert("self.name = name", at: 0)
        }
        let signature = "public init(\(parameters.joined(separator: ", ")))"
        if assignments.count <= 1 {
            writer.line(signature + " {" + (assignments.first.map { " \($0) " } ?? "") + "}")
        } else {
            writer.braced(signature) { writer in
                for assignment in assignments { writer.line(assignment) }
            }
        }
    }

    static func propertyLine(_ property: PropertyDecl) -> String {
        let name = identifier(property.name)
        let type = property.type
        switch property.access {
        case .argument(let key):
            return "public var \(name): \(type)? { get { body.argument(\"\(key)\") } set { body.setArgument(\"\(key)\", newValue) } }"
        case .requiredArgument(let key):
            return "public var \(name): \(type) { get { body.argument(\"\(key)\")! } set { body.setArgument(\"\(key)\", newValue) } }"
        case .reference(let key):
            return "public var \(name): \(type) { attribute(\"\(key)\") }"
        case .singleBlock(let key):
            return "public var \(name): \(type)? { get { body.single(\"\(key)\") } set { body.setSingle(\"\(key)\", newValue) } }"
        case .requiredSingleBlock(let key):
            return "public var \(name): \(type) { get { body.single(\"\(key)\")! } set { body.setSingle(\"\(key)\", newValue) } }"
        case .blockList(let key):
            return "public var \(name): \(type) { get { body.list(\"\(key)\") } set { body.setList(\"\(key)\", newValue) } }"
        }
    }

    /// `name`, in backticks when it is a Swift keyword.
    static func identifier(_ name: String) -> String {
        SchemaNames.keywords.contains(name) ? "`\(name)`" : name
    }
}
