import Foundation
import Testing
@testable import Packaging
@testable import SynthCLI

/// `synth package`: writes the deterministic zip atomically, and refuses bad input with one
/// line, exit 2 and no file changed.
@Suite struct PackageCommandTests {
    /// A folder with a handler, an executable and Python noise.
    func makeSource(_ root: String) throws {
        let files = ["src/handler.py": "def handler(event, context):\n    return {}\n", "src/bin/run.sh": "#!/bin/sh\n",
                     "src/__pycache__/handler.cpython-311.pyc": "\u{0}"]
        for (path, text) in files {
            try FileManager.default.createDirectory(atPath: (root + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/src/bin/run.sh")
    }

    @Test func writesTheZipThenFindsItCurrent() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeSource(folder)
        let first = runSynth(["package", "--source", "src", "--out", "build/handlers.zip"], in: folder)
        #expect(first.status == 0)
        #expect(first.err == "")
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/build/handlers.zip"))
        #expect(first.out == "synth: build/handlers.zip written: 2 files, \(bytes.count) bytes\n")
        #expect([UInt8](bytes) == (try ZipArchive.bytes(PackageSource.entries(of: folder + "/src"))))
        let second = runSynth(["package", "--source", "src", "--out", "build/handlers.zip"], in: folder)
        #expect(second.out == "synth: build/handlers.zip is current: 2 files, \(bytes.count) bytes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/build") == ["handlers.zip"])
    }

    static func tool(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func executable(_ names: [String]) -> String? {
        names.flatMap { ["/usr/bin/\($0)", "/usr/local/bin/\($0)", "/bin/\($0)"] }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `python3 -m zipfile -t` and `unzip -t` accept it, and unzip restores paths and modes.
    @Test(.enabled(if: executable(["python3"]) != nil || executable(["unzip"]) != nil, "needs python3 or unzip"))
    func standardToolsAcceptThePackage() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeSource(folder)
        #expect(runSynth(["package", "--source", "src", "--out", "handlers.zip", "-q"], in: folder).status == 0)
        if let python = Self.executable(["python3"]) {
            let test = try Self.tool(python, ["-m", "zipfile", "-t", folder + "/handlers.zip"])
            #expect(test.status == 0, "\(test.output)")
            let list = try Self.tool(python, ["-c", "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print([(i.filename, oct(i.external_attr>>16), i.date_time) for i in z.infolist()])", folder + "/handlers.zip"])
            #expect(list.output == "[('bin/run.sh', '0o100755', (1980, 1, 1, 0, 0, 0)), ('handler.py', '0o100644', (1980, 1, 1, 0, 0, 0))]\n")
        }
        if let unzip = Self.executable(["unzip"]) {
            let test = try Self.tool(unzip, ["-t", folder + "/handlers.zip"])
            #expect(test.status == 0, "\(test.output)")
            #expect(test.output.contains("No errors detected"))
            #expect(try Self.tool(unzip, ["-q", folder + "/handlers.zip", "-d", folder + "/unzipped"]).status == 0)
            #expect(FileManager.default.isExecutableFile(atPath: folder + "/unzipped/bin/run.sh"))
            #expect(FileManager.default.contents(atPath: folder + "/unzipped/handler.py") == FileManager.default.contents(atPath: folder + "/src/handler.py"))
        }
    }

    @Test(arguments: [
        (["package", "--out", "x.zip"], "package needs --source DIR, the folder to package; for example: synth package --source src --out build/handlers.zip"),
        (["package", "--source", "src"], "package needs --out FILE.zip, the file to write; for example: synth package --source src --out build/handlers.zip"),
        (["package", "--source", "missing", "--out", "x.zip"], "package source ROOT/missing does not exist; pass the folder with the handlers with --source DIR"),
        (["package", "--source", "src/handler.py", "--out", "x.zip"],
         "package source ROOT/src/handler.py is a file, not a folder; pass the folder that holds it with --source DIR"),
        (["package", "--source", "empty", "--out", "x.zip"],
         "package source ROOT/empty has no files to package (.git, .hg, .svn, __pycache__, *.pyc, *.pyo, .DS_Store and Thumbs.db are left out); check --source DIR"),
        (["package", "--source", "linked", "--out", "x.zip"],
         "package source holds a symbolic link, handler.py -> ../src/handler.py; packages hold regular files only: replace the link with a copy of the file or remove it"),
        (["package", "--source", "src", "--out", "src/handlers.zip"],
         "the package src/handlers.zip would be inside --source src and end up in its own next version; write it elsewhere with --out FILE.zip"),
        (["package", "--source", "src", "--out", "src"], "--out src is a folder; give the zip file's name, for example --out src/handlers.zip"),
        (["package", "--source", "src", "--out", "/proc/synth/handlers.zip"],
         "cannot create output folder /proc/synth: the file system does not allow new folders there; choose a folder you can write to with --out FILE.zip"),
        (["package", "--source", "src", "--out", "file/handlers.zip"],
         "cannot create output folder ROOT/file: a file is in the way; choose a folder you can write to with --out FILE.zip"),
    ])
    func badInputIsOneLineAndChangesNothing(arguments: [String], message: String) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeSource(folder)
        try FileManager.default.createDirectory(atPath: folder + "/empty/__pycache__", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/linked", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/linked/handler.py", withDestinationPath: "../src/handler.py")
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        let before = FileManager.default.subpaths(atPath: folder)?.sorted()
        let run = runSynth(arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.out == "")
        #expect(run.err == "synth: error: \(message.replacingOccurrences(of: "ROOT", with: folder))\n")
        #expect(FileManager.default.subpaths(atPath: folder)?.sorted() == before)
    }
}
