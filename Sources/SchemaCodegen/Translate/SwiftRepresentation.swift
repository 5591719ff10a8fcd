/// The structured Swift that translation builds and ``SwiftRenderer`` alone turns into text.
///
/// Names in the tree are plain Swift names (keywords unescaped); the renderer adds backticks.

/// One generated source file.
struct SwiftFile: Sendable, Hashable {
    /// File name inside the output folder, for example `S3Bucket.swift`.
    var fileName: String
    /// The first line, a comment saying the file is generated.
    var header: String
    var imports: [String]
    var declaration: StructDecl
}

/// A generated struct: a resource, a data source, or a nested block type.
struct StructDecl: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Conforms to `Resource`, with `terraformType`, `name`, `body` and `meta`.
        case resource(terraformType: String)
        /// Conforms to `DataSource`, with the same stored members.
        case dataSource(terraformType: String)
        /// Conforms to `BlockBody`, with `body` only.
        case block
    }

    var doc: DocComment
    var name: String
    var kind: Kind
    /// The memberwise initializer's parameters: the required arguments and blocks.
    var initializer: InitDecl
    /// Settable arguments, then read-only references, then nested blocks; each group sorted.
    var properties: [PropertyDecl]
    var nestedTypes: [StructDecl]
}

/// The initializer taking the required members.
struct InitDecl: Sendable, Hashable {
    var doc: DocComment
    var parameters: [Parameter]

    struct Parameter: Sendable, Hashable {
        /// The argument label, which is also the property the value is stored through.
        var name: String
        var type: String
    }
}

/// One computed property over the `body` (or a reference for computed attributes).
struct PropertyDecl: Sendable, Hashable {
    /// How the property reads and writes; the string is the Terraform name.
    enum Access: Sendable, Hashable {
        /// `T?`, stored in `body.arguments`.
        case argument(String)
        /// `T`, stored in `body.arguments` by the initializer.
        case requiredArgument(String)
        /// `T`, a read-only reference to the attribute.
        case reference(String)
        /// `B?`, a block that appears at most once.
        case singleBlock(String)
        /// `B`, a block that appears exactly once, set by the initializer.
        case requiredSingleBlock(String)
        /// `[B]`, a repeatable block.
        case blockList(String)
    }

    var name: String
    /// The Swift type without optionality, for example `TFList<TFString>` or `CorsRule`.
    var type: String
    var access: Access
}

/// Doc comment lines, without the `/// ` prefix.
struct DocComment: Sendable, Hashable {
    var lines: [String]

    init(_ lines: [String]) { self.lines = lines }
    init(_ line: String) { self.lines = [line] }
}
