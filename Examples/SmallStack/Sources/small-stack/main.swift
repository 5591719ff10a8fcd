// `small-stack [OUTPUT_DIR]`: synthesizes the small stack, prints the gate's findings, and writes
// the Terraform JSON into OUTPUT_DIR (default `terraform`) only when no finding blocks it.
import Foundation
import PolicyLint
import SmallStack

let output = CommandLine.arguments.dropFirst().first ?? "terraform"
do {
    let synthesis = try SmallStack().synthesize()
    // Unsuppressed findings in full; reviewed suppressions only as a count.
    let open = synthesis.findings.filter { !$0.isSuppressed }
    if !open.isEmpty { print(TextFormatter().format(open), terminator: "") }
    print("policy findings: \(FindingSummary(synthesis.findings).description)")
    if synthesis.isBlocked {
        FileHandle.standardError.write(Data("small-stack: blocking policy findings; nothing written\n".utf8))
        exit(1)
    }
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    for (name, text) in synthesis.files.sorted(by: { $0.key < $1.key }) {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent(name))
        print("wrote \(output)/\(name)")
    }
} catch {
    FileHandle.standardError.write(Data("small-stack: \(error)\n".utf8))
    exit(2)
}
