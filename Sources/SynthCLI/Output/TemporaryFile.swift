/// The temporary file a writer fills before renaming it over its target:
/// `environments/dev/.main.tf.json.synth-4242.tmp` for `environments/dev/main.tf.json`.
///
/// Declared once so the writer that makes them and the plan that must never count another
/// run's temporary file as a stale output agree on the shape.
enum TemporaryFile {
    /// The temporary path beside `target` for the process `processID`.
    static func path(for target: String, processID: Int32) -> String {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[..<$0]) + "/" } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        return "\(directory).\(name).synth-\(processID).tmp"
    }

    /// Whether the file `name` (no folder) is some run's temporary file.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.contains(".synth-")
    }
}
