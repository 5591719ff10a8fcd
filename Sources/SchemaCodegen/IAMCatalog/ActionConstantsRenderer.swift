/// Renders `Sources/IAM/Generated/Actions+<Service>.swift` for one service prefix.
///
///     extension Action {
///         public static var s3: S3Actions { S3Actions() }
///     }
///     public struct S3Actions: Sendable {
///         public var getObject: Action { Action(service: "s3", name: "GetObject") }
///     }
enum ActionConstantsRenderer {
    static func render(service: IAMCatalogModel.Service, model: IAMCatalogModel) -> GeneratedFile {
        let stem = SwiftNaming.typeStem(forService: service.prefix)
        let typeName = stem + "Actions"
        var out = IAMCatalogCodegen.header(model)
        out += "\n"
        out += "extension Action {\n"
        out += "    /// The IAM actions of the `\(service.prefix)` service prefix, for example `.\(SwiftNaming.accessorName(forService: service.prefix)).\(service.actions.first.map { SwiftNaming.memberName(forAction: $0.name) } ?? "")`.\n"
        out += "    public static var \(SwiftNaming.accessorName(forService: service.prefix)): \(typeName) { \(typeName)() }\n"
        out += "}\n\n"
        out += "/// The \(service.actions.count) actions of `\(service.prefix)` in the IAM catalog, one property per action.\n"
        out += "public struct \(typeName): Sendable {\n"
        out += "    public init() {}\n"
        var used: Set<String> = []
        for action in service.actions {
            var member = SwiftNaming.memberName(forAction: action.name)
            // Names differing only in case would collide; later ones keep AWS's exact spelling.
            if used.contains(member) { member = SwiftNaming.escaped("_" + action.name) }
            used.insert(member)
            out += "\n"
            out += "    /// `\(service.prefix):\(action.name)` (\(action.access)).\n"
            out += "    public var \(member): Action { Action(service: \"\(service.prefix)\", name: \"\(action.name)\") }\n"
        }
        out += "}\n"
        return GeneratedFile(path: "Sources/IAM/Generated/Actions+\(stem).swift", contents: out)
    }
}
