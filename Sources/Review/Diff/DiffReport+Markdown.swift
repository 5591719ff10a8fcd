/// The Markdown rendering of a ``DiffReport`` for a pull-request comment: a summary, the cost
/// change, IAM grants first (a table), revocations, then a heading and a bullet list per folder.
///
/// GitHub rejects comments over 65,536 characters. When the whole diff is longer, the summary,
/// cost and IAM tables come first, then as many folders as fit whole; each folder left out
/// gets one counting line, and a last line says what was cut and how to see it all.
extension DiffReport {
    /// GitHub's limit for a pull-request comment, in characters.
    public static let commentLimit = 65_536

    public var markdown: String { markdown(limit: Self.commentLimit) }

    /// The Markdown, at most `limit` characters (UTF-16 code units, as GitHub counts them).
    public func markdown(limit: Int) -> String {
        var out = "### synth diff\n\n"
        guard !isEmpty || showsCosts else { return out + "No differences: the files on disk are what synth would write.\n" }
        out += summary.replacingOccurrences(of: "; ", with: " · ") + "\n"
        if showsCosts { out += costTable }
        let grants = policyChanges.filter { !$0.granted.isEmpty }
        let revokes = policyChanges.filter { !$0.revoked.isEmpty }
        var iam = ""
        if !grants.isEmpty { iam += "\n#### IAM access GRANTED\n\n" + permissionTable(grants, \.granted) }
        if !revokes.isEmpty { iam += "\n#### IAM access revoked\n\n" + permissionTable(revokes, \.revoked) }
        let sections = folders.map(section) + (filesSection.map { [$0] } ?? [])
        let full = out + iam + sections.joined()
        if full.utf16.count <= limit { return full }

        // Too long: keep the summary, cost and as much of IAM as fits, then whole folders.
        let footerReserve = 600
        var budget = limit - footerReserve
        var cutLines = 0
        out = fit(out + iam, budget: budget, cut: &cutLines)
        budget -= out.utf16.count
        var left: [FolderDiff] = []
        for (index, text) in sections.enumerated() {
            if text.utf16.count <= budget, left.isEmpty {
                out += text
                budget -= text.utf16.count
            } else if index < folders.count {
                left.append(folders[index])
            }
        }
        var notShown = ""
        var unlisted = 0
        for folder in left {
            let line = "- \(code(folder.folder)): \(folder.countSummary)\n"
            if line.utf16.count <= budget { notShown += line; budget -= line.utf16.count } else { unlisted += 1 }
        }
        if !left.isEmpty {
            out += "\n#### Not shown\n\n" + notShown + (unlisted > 0 ? "- and \(unlisted) more folders\n" : "")
        }
        let cutFolders = left.count
        let filesCut = filesSection != nil && !out.contains("\n#### Files\n")
        var what: [String] = []
        if cutLines > 0 { what.append("\(cutLines) IAM rows") }
        if cutFolders > 0 { what.append("\(cutFolders) of \(folders.count) folders") }
        if filesCut { what.append("the file list") }
        out += "\n_Cut to fit a pull-request comment (\(NumberText.grouped(limit)) characters): \(what.joined(separator: ", ")) not shown. "
            + "Run `synth diff --format text` for the whole diff._\n"
        return out
    }

    /// The lines of `text` that fit in `budget`, counting the lines left out.
    private func fit(_ text: String, budget: Int, cut: inout Int) -> String {
        guard text.utf16.count > budget else { return text }
        var out = ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines.dropLast() {
            if out.utf16.count + line.utf16.count + 1 <= budget { out += line + "\n" } else if line.hasPrefix("| `") { cut += 1 }
        }
        return out
    }

    /// One folder's heading and bullets.
    private func section(_ folder: FolderDiff) -> String {
        var out = "\n#### `\(folder.folder)`\n\n"
        for address in folder.added { out += "- added \(code(address.description))\n" }
        for address in folder.removed { out += "- removed \(code(address.description))\n" }
        for block in folder.changed {
            out += "- changed \(code(block.address.description))\n"
            for path in block.policyPaths { out += "  - \(code(path)): access changed (see IAM above)\n" }
            for change in block.changes {
                let (old, new) = AttributeChange.renderPair(change.old, change.new)
                out += "  - \(code(change.path.isEmpty ? "(value)" : change.path)): \(code(old)) → \(code(new))\n"
            }
        }
        for move in folder.moved {
            out += "- moved \(code(move.from.description)) → \(code(move.to.description)); add \(code(move.movedBlock)) to keep its state\n"
        }
        return out
    }

    private var filesSection: String? {
        guard !filesAdded.isEmpty || !filesRemoved.isEmpty || !filesReformatted.isEmpty || !unreadable.isEmpty || !otherFilesChanged.isEmpty
        else { return nil }
        var out = "\n#### Files\n\n"
        for path in filesAdded { out += "- added \(code(path))\n" }
        for path in filesRemoved { out += "- removed \(code(path))\n" }
        for path in filesReformatted { out += "- formatting only \(code(path))\n" }
        for path in otherFilesChanged { out += "- changed \(code(path))\n" }
        for (path, reason) in unreadable { out += "- not valid JSON \(code(path)): \(reason)\n" }
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

extension DiffReport.FolderDiff {
    /// `2 added, 1 removed, 5 changed, 0 moved`.
    var countSummary: String { "\(added.count) added, \(removed.count) removed, \(changed.count) changed, \(moved.count) moved" }
}

extension DiffReport {
    /// The cost section: before, after and the change per environment, with the services that
    /// changed; only the estimate when there is no baseline.
    var costTable: String {
        var out = "\n#### Estimated monthly cost (USD)\n\n"
        guard hasCostBaseline else {
            out += "| environment | estimate |\n| --- | ---: |\n"
            for cost in costs { out += "| `\(cost.environment)` | \(NumberText.amount(cents: cost.afterCents)) |\n" }
            return out + "\nFor the change, pass `--base-cost FILE`: the output of `synth cost --all --format json` on the base.\n"
        }
        out += "| environment | before | after | change | by service |\n| --- | ---: | ---: | ---: | --- |\n"
        for cost in costs {
            let before = cost.beforeCents.map { NumberText.amount(cents: $0) } ?? "-"
            let delta = cost.deltaCents.map { ($0 > 0 ? "+" : $0 < 0 ? "-" : "") + NumberText.amount(cents: abs($0)) } ?? "new"
            out += "| `\(cost.environment)` | \(before) | \(NumberText.amount(cents: cost.afterCents)) | \(delta) | \(cost.servicesSummary) |\n"
        }
        return out
    }
}
