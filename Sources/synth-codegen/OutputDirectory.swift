import Foundation
import SchemaCodegen

/// Writes generated files under the current directory, touching only files whose bytes change
/// (so an unchanged target is not rebuilt), and counts what it did.
struct OutputDirectory {
    private(set) var written = 0
    private(set) var removed = 0
    private(set) var unchanged = 0

    mutating func write(_ file: GeneratedFile) throws {
        let data = Data(file.contents.utf8)
        if FileManager.default.contents(atPath: file.path) == data {
            unchanged += 1
            return
        }
        let url = URL(fileURLWithPath: file.path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw ToolError.io("cannot write \(file.path): \(error.localizedDescription)")
        }
        print("wrote \(file.path)")
        written += 1
    }

    mutating func write(contentsOf files: [GeneratedFile]) throws {
        for file in files { try write(file) }
    }

    /// Writes `files` into `directory` and removes any other `.swift` file there.
    mutating func replaceSwiftFiles(in directory: String, with files: [GeneratedFile]) throws {
        try write(contentsOf: files)
        let keep = Set(files.map { ($0.path as NSString).lastPathComponent })
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in existing.sorted() where name.hasSuffix(".swift") && !keep.contains(name) {
            let path = directory + "/" + name
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw ToolError.io("cannot remove \(path): \(error.localizedDescription)")
            }
            print("removed \(path)")
            removed += 1
        }
    }
}

/// A failure of the tool itself, printed as one line.
enum ToolError: Error, CustomStringConvertible {
    case usage(String)
    case io(String)

    static let usageLine = "usage: synth-codegen [--refresh-subset PROVIDER_SCHEMA_JSON] [--refresh-oldest-subset PROVIDER_5_100_SCHEMA_JSON] [--provider-only]"

    var description: String {
        switch self {
        case .usage(let message): "\(message); \(ToolError.usageLine)"
        case .io(let message): message
        }
    }
}

func readBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ToolError.io("cannot read \(path) (run from the package root)")
    }
    return [UInt8](data)
}

func readText(_ path: String) throws -> String {
    String(decoding: try readBytes(path), as: UTF8.self)
}
