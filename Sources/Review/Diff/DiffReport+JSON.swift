import TerraformCore

/// The JSON rendering of a ``DiffReport`` for tooling; canonical bytes (sorted keys).
///
///     {"differs": true, "folders": [{"folder": "modules-out/lambda", "changed": [{"address":
///     "aws_lambda_function.chat", "changes": [{"path": "memory_size", "old": 512, "new": 1024}]}], ...}],
///      "iam": {"granted": [...], "revoked": [...]}, "files": {"added": [], "removed": [], ...}}
extension DiffReport {
    public var json: String {
        func permission(_ change: PolicyChange, _ line: PermissionChange) -> JSONValue {
            var object: [String: JSONValue] = [
                "folder": .string(change.folder), "address": .string(change.address.description), "path": .string(change.path),
                "sid": .string(line.permission.sid), "effect": .string(line.permission.effect), "action": .string(line.permission.action),
                "change": .string(line.added ? "added" : "removed"),
            ]
            if !line.permission.resource.isEmpty { object["resource"] = .string(line.permission.resource) }
            if !line.permission.principal.isEmpty { object["principal"] = .string(line.permission.principal) }
            if !line.permission.condition.isEmpty { object["condition"] = .string(line.permission.condition) }
            return .object(object)
        }
        let folders: [JSONValue] = self.folders.map { folder in
            .object([
                "folder": .string(folder.folder),
                "added": .array(folder.added.map { .string($0.description) }),
                "removed": .array(folder.removed.map { .string($0.description) }),
                "changed": .array(folder.changed.map { block in
                    var changes: [JSONValue] = block.policyPaths.map { .object(["path": .string($0), "policy": true]) }
                    changes += block.changes.map { change in
                        var object: [String: JSONValue] = ["path": .string(change.path)]
                        if let old = change.old { object["old"] = old }
                        if let new = change.new { object["new"] = new }
                        return .object(object)
                    }
                    return .object(["address": .string(block.address.description), "changes": .array(changes)])
                }),
                "moved": .array(folder.moved.map { .object(["from": .string($0.from.description), "to": .string($0.to.description)]) }),
            ])
        }
        let value: JSONValue = .object([
            "differs": .bool(!isEmpty),
            "cost": .object(Dictionary(uniqueKeysWithValues: costs.map { cost in
                var object: [String: JSONValue] = ["after": .decimal(Double(cost.afterCents) / 100)]
                if let before = cost.beforeCents { object["before"] = .decimal(Double(before) / 100) }
                if let delta = cost.deltaCents { object["delta"] = .decimal(Double(delta) / 100) }
                object["services"] = .object(Dictionary(uniqueKeysWithValues: cost.services.map { service in
                    (service.name, JSONValue.decimal(Double(service.deltaCents) / 100))
                }))
                return (cost.environment, JSONValue.object(object))
            })),
            "summary": .string(summary),
            "iam": .object([
                "granted": .array(policyChanges.flatMap { change in change.granted.map { permission(change, $0) } }),
                "revoked": .array(policyChanges.flatMap { change in change.revoked.map { permission(change, $0) } }),
            ]),
            "folders": .array(folders),
            "files": .object([
                "added": .array(filesAdded.map { .string($0) }),
                "removed": .array(filesRemoved.map { .string($0) }),
                "reformatted": .array(filesReformatted.map { .string($0) }),
                "changed": .array(otherFilesChanged.map { .string($0) }),
                "invalid": .array(unreadable.map { .object(["path": .string($0.path), "reason": .string($0.reason)]) }),
            ]),
        ])
        return TerraformJSONWriter.pretty(value)
    }
}
