/// The plain-text rendering of a ``DiffReport``: a summary line, IAM grants first, then each
/// folder's blocks (`+` added, `-` removed, `~` changed, `→` moved), then files.
///
///     synth diff: 1 block added, 1 removed, 1 changed, 1 moved; IAM: 1 granted, 0 revoked
///
///     GRANTED (new access):
///       modules-out/policies aws_iam_role_policy.ingest policy
///         + s3:PutObject on ${var.bucket_arn}/*  [ReadWriteVectors]
extension DiffReport {
    public var summary: String {
        guard !isEmpty else { return showsCosts ? "no file differs; the cost estimate changed" : "no differences" }
        var parts: [String] = []
        let added = folders.reduce(0) { $0 + $1.added.count }
        let removed = folders.reduce(0) { $0 + $1.removed.count }
        let changed = folders.reduce(0) { $0 + $1.changed.count }
        let moved = folders.reduce(0) { $0 + $1.moved.count }
        if added + removed + changed + moved > 0 {
            parts.append("\(added) \(added == 1 ? "block" : "blocks") added, \(removed) removed, \(changed) changed, \(moved) moved")
        }
        if !policyChanges.isEmpty { parts.append("IAM: \(grantedCount) granted, \(revokedCount) revoked") }
        let fileCount = filesAdded.count + filesRemoved.count
        if fileCount > 0 { parts.append("files: \(filesAdded.count) added, \(filesRemoved.count) removed") }
        let other = filesReformatted.count + unreadable.count + otherFilesChanged.count
        if other > 0 { parts.append("\(other) other \(other == 1 ? "file differs" : "files differ")") }
        return parts.joined(separator: "; ")
    }

    /// The monthly cost lines: `  prod  20,992.41 → 21,096.00 (+103.59, +0.5%): Lambda +103.59`.
    var costLines: [String] {
        let width = costs.map(\.environment.count).max() ?? 0
        return costs.map { cost in
            let name = cost.environment + String(repeating: " ", count: width - cost.environment.count)
            let missing = hasCostBaseline && cost.beforeCents == nil ? " (not in the baseline)" : ""
            return "\(name)  \(cost.summary)\(missing)" + (cost.services.isEmpty ? "" : ": \(cost.servicesSummary)")
        }
    }

    /// The heading of the cost section.
    var costTitle: String {
        hasCostBaseline ? "estimated monthly cost in USD, before → after"
            : "estimated monthly cost in USD (for the change, pass --base-cost FILE: 'synth cost --all --format json' run on the base)"
    }

    public var text: String {
        var out = "synth diff: \(summary)\n"
        if showsCosts {
            out += "\n\(costTitle):\n" + costLines.map { "  \($0)\n" }.joined()
        }
        guard !isEmpty else { return out }
        let grants = policyChanges.filter { !$0.granted.isEmpty }
        if !grants.isEmpty {
            out += "\nGRANTED (new access):\n"
            for change in grants {
                out += "  \(change.folder) \(change.address) \(change.path)\n"
                for line in PolicyChange.readableLines(change.granted) { out += "    \(line.text)  [\(line.sid)]\n" }
            }
        }
        let revokes = policyChanges.filter { !$0.revoked.isEmpty }
        if !revokes.isEmpty {
            out += "\nREVOKED:\n"
            for change in revokes {
                out += "  \(change.folder) \(change.address) \(change.path)\n"
                for line in PolicyChange.readableLines(change.revoked) { out += "    \(line.text)  [\(line.sid)]\n" }
            }
        }
        for folder in folders {
            out += "\n\(folder.folder):\n"
            for address in folder.added { out += "  + \(address)\n" }
            for address in folder.removed { out += "  - \(address)\n" }
            for block in folder.changed {
                out += "  ~ \(block.address)\n"
                for path in block.policyPaths { out += "      \(path): access changed (see IAM above)\n" }
                for change in block.changes { out += "      \(change.description)\n" }
            }
            for move in folder.moved {
                out += "  → \(move.from) moved to \(move.to); add a moved block to keep its state: \(move.movedBlock)\n"
            }
        }
        if !filesAdded.isEmpty || !filesRemoved.isEmpty || !filesReformatted.isEmpty || !unreadable.isEmpty || !otherFilesChanged.isEmpty {
            out += "\nfiles:\n"
            for path in filesAdded { out += "  + \(path)\n" }
            for path in filesRemoved { out += "  - \(path)\n" }
            for path in filesReformatted { out += "  ~ \(path) (formatting only)\n" }
            for path in otherFilesChanged { out += "  ~ \(path)\n" }
            for (path, reason) in unreadable { out += "  ! \(path) is not valid JSON: \(reason)\n" }
        }
        return out
    }
}
