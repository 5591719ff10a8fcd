/// The Markdown rendering of a ``DiffReport``, sized for a pull-request comment: a summary, IAM
/// grants first (a table), revocations, then a heading and a bullet list per folder.
extension DiffReport {
    var markdown: String {
        var out = "### synth diff\n\n"
        guard !isEmpty else { return out + "No differences: the files on disk are what synth would write.\n" }
        out += summary.replacingOccurrences(of: "; ", with: " · ") + "\n"
        let grants = policyChanges.filter { !$0.granted.isEmpty }
        if !grants.isEmpty {
            out += "\n#### IAM access GRANTED\n\n" + permissionTable(grants, \.granted)
        }
        let revokes = policyChanges.filter { !$0.revoked.isEmpty }
        if !revokes.isEmpty {
            out += "\n#### IAM access revoked\n\n" + permissionTable(revokes, \.revoked)
        }
        for folder in folders {
            out += "\n#### `\(folder.folder)`\n\n"
            for address in folder.added { out += "- added \(code(address.description))\n" }
            for address in folder.removed { out += "- removed \(code(address.description))\n" }
            for block in folder.changed {
                out += "- changed \(code(block.address.description))\n"
                for path in block.policyPaths { out += "  - \(code(path)): access changed (see IAM above)\n" }
                for change in block.changes {
                    out += "  - \(code(change.path.isEmpty ? "(value)" : change.path)): "
                        + "\(code(AttributeChange.render(change.old))) → \(code(AttributeChange.render(change.new)))\n"
                }
            }
            for move in folder.moved {
                out += "- moved \(code(move.from.description)) → \(code(move.to.description)); add \(code(move.movedBlock)) to keep its state\n"
            }
        }
        if !filesAdded.isEmpty || !filesRemoved.isEmpty || !filesReformatted.isEmpty || !unreadable.isEmpty || !otherFilesChanged.isEmpty {
            out += "\n#### Files\n\n"
            for path in filesAdded { out += "- added \(code(path))\n" }
            for path in filesRemoved { out += "- removed \(code(path))\n" }
            for path in filesReformatted { out += "- formatting only \(code(path))\n" }
            for path in otherFilesChanged { out += "- changed \(code(path))\n" }
            for (path, reason) in unreadable { out += "- not valid JSON \(code(path)): \(reason)\n" }
        }
        return out
    }

    private func permissionTable(_ changes: [PolicyChange], _ side: KeyPath<PolicyChange, [PermissionChange]>) -> String {
        var out = "| folder | policy | Sid | change |\n| --- | --- | --- | --- |\n"
        for change in changes {
            let policy = "\(change.address) \(change.path)"
            for line in PolicyChange.readableLines(change[keyPath: side]) {
                out += "| \(code(change.folder)) | \(code(policy)) | \(code(line.sid)) | \(code(line.text)) |\n"
            }
        }
        return out
    }

    /// Inline code that survives any content: backticks become `'`, `|` is escaped for tables.
    private func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|") + "`"
    }
}
