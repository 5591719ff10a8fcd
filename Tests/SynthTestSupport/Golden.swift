import Foundation

/// Compares `actual` with a golden file beside the tests, byte for byte.
///
/// With `SYNTH_RECORD_GOLDEN=1` (`make golden`) the file is rewritten and the comparison fails with
/// "Recorded new golden file", so a recording run never passes by accident.
///
/// - Returns: `nil` when the file matches; otherwise a message naming the first differing line
///   and `record`, the command that updates the golden files.
public func goldenMismatch(_ actual: String, path: String, record: String = "make golden") -> String? {
    let url = URL(fileURLWithPath: path)
    if ProcessInfo.processInfo.environment["SYNTH_RECORD_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        return "Recorded new golden file \(path)"
    }
    guard let data = FileManager.default.contents(atPath: path), let expected = String(data: data, encoding: .utf8) else {
        return "missing golden file \(path); run `\(record)` to record it"
    }
    if expected == actual { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
        if want != got {
            return "\(path):\(index + 1) differs\n  expected: \(want)\n  actual:   \(got)\nrun `\(record)` if the change is intended"
        }
    }
    return "\(path) differs"
}

/// The package root, found from a test file's `#filePath`.
public func packageRoot(from filePath: String = #filePath) -> String {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        url = url.deletingLastPathComponent()
    }
    return FileManager.default.currentDirectoryPath
}
