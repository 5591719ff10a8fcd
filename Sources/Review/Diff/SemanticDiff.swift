import TerraformCore

/// What differs between two sets of generated files, as reviewers think of it: blocks added,
/// removed, changed (with argument paths), moved, and IAM access granted or revoked.
///
///     let report = SemanticDiff.compare(old: filesOnDisk, new: synthesis.files)
///     report.isEmpty   // false
///     report.folders[0].changed[0].changes[0].description   // memory_size: 512 → 1024
public struct DiffReport: Sendable {
    /// A block whose body differs between the two sides.
    struct ChangedBlock: Sendable {
        var address: BlockAddress
        /// Argument changes, policy documents excluded (those are in ``FolderDiff/iam``).
        var changes: [AttributeChange]
        /// Paths of policy documents whose access changed.
        var policyPaths: [String]
    }

    /// A block whose body is the same under a new address in the same folder.
    struct Move: Sendable {
        var from: BlockAddress
        var to: BlockAddress

        /// The block that tells Terraform to keep the state: `{"moved": [{"from": ..., "to": ...}]}`.
        var movedBlock: String { #"{"moved": [{"from": "\#(from)", "to": "\#(to)"}]}"# }
    }

    /// The access one policy document gains and loses.
    struct PolicyChange: Sendable {
        var folder: String
        /// The block holding the document: `aws_iam_role_policy.ingest`.
        var address: BlockAddress
        /// The argument holding it: `policy`, `assume_role_policy`.
        var path: String
        /// Allow permissions added and Deny permissions removed.
        var granted: [PermissionChange]
        /// Allow permissions removed and Deny permissions added.
        var revoked: [PermissionChange]
    }

    /// A permission that appeared (`+`) or disappeared (`-`).
    struct PermissionChange: Sendable {
        var permission: Permission
        var added: Bool
        /// `+ s3:PutObject on ${var.bucket_arn}/*`.
        var description: String { (added ? "+ " : "- ") + permission.description }
    }

    /// Every difference inside one module folder.
    struct FolderDiff: Sendable {
        var folder: String
        var added: [BlockAddress] = []
        var removed: [BlockAddress] = []
        var changed: [ChangedBlock] = []
        var moved: [Move] = []
        var policies: [PolicyChange] = []

        var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && moved.isEmpty }
    }

    var filesAdded: [String] = []
    var filesRemoved: [String] = []
    /// Files whose bytes differ but whose blocks are the same (formatting, the header comment).
    var filesReformatted: [String] = []
    /// Files that are not valid JSON, with the reason.
    var unreadable: [(path: String, reason: String)] = []
    /// Files other than `*.tf.json` whose text differs.
    var otherFilesChanged: [String] = []
    var folders: [FolderDiff] = []
    /// The estimated monthly cost per environment, before and after; set by the caller, which
    /// knows the environments (``CostChange/compare(baseline:estimates:)``).
    public var costs: [CostChange] = []
    /// Whether ``costs`` has a "before" side (`--base-cost`).
    public var hasCostBaseline = false

    /// Whether the cost section is shown: when files differ or an estimate changed.
    var showsCosts: Bool { !costs.isEmpty && (!isEmpty || costs.contains { ($0.deltaCents ?? 0) != 0 }) }

    /// Whether any file differs (cost alone does not make a difference: it follows from files
    /// or from usage assumptions, which are not output).
    public var isEmpty: Bool {
        filesAdded.isEmpty && filesRemoved.isEmpty && filesReformatted.isEmpty && unreadable.isEmpty
            && otherFilesChanged.isEmpty && folders.isEmpty
    }

    var policyChanges: [PolicyChange] { folders.flatMap(\.policies) }
    /// Rows of the GRANTED table (one per statement shape, as ``PolicyChange/readableLines(_:)``
    /// folds them), so the summary's count is the count a reviewer sees.
    var grantedCount: Int { policyChanges.reduce(0) { $0 + PolicyChange.readableLines($1.granted).count } }
    var revokedCount: Int { policyChanges.reduce(0) { $0 + PolicyChange.readableLines($1.revoked).count } }
}

/// The diff engine: compares two `[relative path: contents]` maps, independent of the stack and
/// of the disk, so tests can call it on small inputs.
public enum SemanticDiff {
    public static func compare(old: [String: String], new: [String: String]) -> DiffReport {
        var report = DiffReport()
        let before = TerraformFileSet(old)
        let after = TerraformFileSet(new)

        let paths = Set(old.keys).union(new.keys).sorted(by: TerraformJSONWriter.codePointOrder)
        for path in paths {
            switch (old[path], new[path]) {
            case (nil, _?): report.filesAdded.append(path)
            case (_?, nil): report.filesRemoved.append(path)
            case (let left?, let right?) where left != right:
                if let reason = before.unreadable[path] ?? after.unreadable[path] {
                    report.unreadable.append((path, reason))
                } else if !path.hasSuffix(".tf.json") {
                    report.otherFilesChanged.append(path)
                } else if before.documents[path] == after.documents[path] {
                    report.filesReformatted.append(path)
                }
            default: break
            }
        }

        let folders = Set(before.folders.keys).union(after.folders.keys).sorted(by: TerraformJSONWriter.codePointOrder)
        for folder in folders {
            let diff = compare(folder: folder, old: before.folders[folder]?.blocks ?? [:], new: after.folders[folder]?.blocks ?? [:])
            if !diff.isEmpty { report.folders.append(diff) }
        }
        return report
    }

    static func compare(folder: String, old: [BlockAddress: JSONValue], new: [BlockAddress: JSONValue]) -> DiffReport.FolderDiff {
        var diff = DiffReport.FolderDiff(folder: folder)
        var removed = old.keys.filter { new[$0] == nil }.sorted()
        var added = new.keys.filter { old[$0] == nil }.sorted()

        // Moves: the same body under a new address of the same kind and type.
        for from in removed where from.isMovable {
            if let to = added.first(where: { $0.kind == from.kind && $0.type == from.type && new[$0] == old[from] }) {
                diff.moved.append(DiffReport.Move(from: from, to: to))
                added.removeAll { $0 == to }
            }
        }
        removed.removeAll { address in diff.moved.contains { $0.from == address } }
        diff.added = added
        diff.removed = removed

        for address in added { diff.policies += policyChanges(folder, address, old: nil, new: new[address]) }
        for address in removed { diff.policies += policyChanges(folder, address, old: old[address], new: nil) }
        for address in old.keys.filter({ new[$0] != nil && new[$0] != old[$0] }).sorted() {
            let policies = policyChanges(folder, address, old: old[address], new: new[address])
            diff.policies += policies
            let policyPaths = Set(policies.map(\.path))
            // A policy's access is reported above; its text (parsed as JSON too) is not repeated.
            let changes = AttributeChange.changes(from: old[address], to: new[address]).filter { change in
                !policyPaths.contains { change.path == $0 || change.path.hasPrefix($0 + "(json)") }
            }
            diff.changed.append(DiffReport.ChangedBlock(address: address, changes: changes, policyPaths: policyPaths.sorted()))
        }
        diff.policies.sort { ($0.address, $0.path) < ($1.address, $1.path) }
        return diff
    }

    /// The access each policy document in a block gains and loses; documents whose access is
    /// unchanged are left to the ordinary argument diff.
    static func policyChanges(_ folder: String, _ address: BlockAddress, old: JSONValue?, new: JSONValue?) -> [DiffReport.PolicyChange] {
        let before = old.map { PolicyPermissions.documents(in: $0) } ?? [:]
        let after = new.map { PolicyPermissions.documents(in: $0) } ?? [:]
        var changes: [DiffReport.PolicyChange] = []
        for path in Set(before.keys).union(after.keys).sorted() {
            let left = Set(before[path] ?? [])
            let right = Set(after[path] ?? [])
            let appeared = (after[path] ?? []).filter { !left.contains($0) }
            let disappeared = (before[path] ?? []).filter { !right.contains($0) }
            let granted = appeared.filter(\.isAllow).map { DiffReport.PermissionChange(permission: $0, added: true) }
                + disappeared.filter { !$0.isAllow }.map { DiffReport.PermissionChange(permission: $0, added: false) }
            let revoked = disappeared.filter(\.isAllow).map { DiffReport.PermissionChange(permission: $0, added: false) }
                + appeared.filter { !$0.isAllow }.map { DiffReport.PermissionChange(permission: $0, added: true) }
            if granted.isEmpty && revoked.isEmpty { continue }
            changes.append(DiffReport.PolicyChange(folder: folder, address: address, path: path,
                                                   granted: granted.sorted { $0.permission < $1.permission },
                                                   revoked: revoked.sorted { $0.permission < $1.permission }))
        }
        return changes
    }
}

extension DiffReport.PolicyChange {
    /// `changes` folded for reading, one line per statement shape: actions that share resources
    /// are listed together, and resources that share actions, with the statement's Sid:
    /// `(ReadWriteVectors, "+ s3:GetObject, s3:PutObject on ${var.bucket_arn}/*")`.
    static func readableLines(_ changes: [DiffReport.PermissionChange]) -> [(sid: String, text: String)] {
        struct Shape: Hashable { var sid: String; var added: Bool; var effect: String; var principal: String; var condition: String }
        var actionsByResource: [Shape: [String: [String]]] = [:]
        var shapes: [Shape] = []
        for change in changes {
            let p = change.permission
            let shape = Shape(sid: p.sid, added: change.added, effect: p.effect, principal: p.principal, condition: p.condition)
            if actionsByResource[shape] == nil { shapes.append(shape) }
            actionsByResource[shape, default: [:]][p.resource, default: []].append(p.action)
        }
        var lines: [(sid: String, text: String)] = []
        for shape in shapes {
            var resourcesByActions: [[String]: [String]] = [:]
            var order: [[String]] = []
            for (resource, actions) in actionsByResource[shape]!.sorted(by: { $0.key < $1.key }) {
                let key = actions.sorted()
                if resourcesByActions[key] == nil { order.append(key) }
                resourcesByActions[key, default: []].append(resource)
            }
            for actions in order {
                var text = (shape.added ? "+ " : "- ") + (shape.effect == "Deny" ? "deny " : "") + actions.joined(separator: ", ")
                let resources = resourcesByActions[actions]!.filter { !$0.isEmpty }
                if !resources.isEmpty { text += " on " + resources.joined(separator: ", ") }
                if !shape.principal.isEmpty { text += " for \(shape.principal)" }
                if !shape.condition.isEmpty { text += " when \(shape.condition)" }
                lines.append((shape.sid, text))
            }
        }
        return lines
    }
}
