import Foundation
import Testing
@testable import Packaging

/// The zip writer byte for byte, and the folder reader's rules.
@Suite struct ZipArchiveTests {
    static let entries = [
        ZipEntry(path: "lib/run.sh", contents: Array("#!/bin/sh\necho hi\n".utf8), isExecutable: true),
        ZipEntry(path: "handler.py", contents: Array("def handler(event, context):\n    return {\"ok\": True}\n".utf8)),
        ZipEntry(path: "lib/\u{E9}t\u{E9}.txt", contents: Array("unicode\n".utf8)),
        ZipEntry(path: "README", contents: []),
    ]

    /// The same four files written by Python's zipfile (stored, 1980-01-01, Unix modes), which
    /// the archive must equal byte for byte: 483 bytes.
    static let expectedHex = """
        504b03041400000000000000210000000000000000000000000006000000524541444d45504b030414000000000000002100ac2a6f58350000003500\
        00000a00000068616e646c65722e70796465662068616e646c6572286576656e742c20636f6e74657874293a0a2020202072657475726e207b226f6b\
        223a20547275657d0a504b0304140000000000000021002f3adae912000000120000000a0000006c69622f72756e2e736823212f62696e2f73680a65\
        63686f2068690a504b0304140000080000000021007fd6b67f08000000080000000d0000006c69622fc3a974c3a92e747874756e69636f64650a504b\
        0102140314000000000000002100000000000000000000000000060000000000000000000000a48100000000524541444d45504b0102140314000000\
        000000002100ac2a6f5835000000350000000a0000000000000000000000a4812400000068616e646c65722e7079504b010214031400000000000000\
        21002f3adae912000000120000000a0000000000000000000000ed81810000006c69622f72756e2e7368504b01021403140000080000000021007fd6\
        b67f08000000080000000d0000000000000000000000a481bb0000006c69622fc3a974c3a92e747874504b05060000000004000400df000000ee0000\
        000000
        """

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func crc32HasTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test func archiveIsExactlyWhatPythonsZipfileWrites() throws {
        let bytes = try ZipArchive.bytes(Self.entries)
        #expect(bytes.count == 483)
        #expect(Self.hex(bytes) == Self.expectedHex)
    }

    @Test func entryOrderDoesNotMatter() throws {
        let forward = try ZipArchive.bytes(Self.entries)
        #expect(try ZipArchive.bytes(Self.entries.reversed()) == forward)
        #expect(try ZipArchive.bytes([Self.entries[2], Self.entries[0], Self.entries[3], Self.entries[1]]) == forward)
    }

    /// Sorted by UTF-8 bytes, not by the locale: `B` (0x42) before `a` (0x61), `a-b` (0x2D)
    /// before `a/b` (0x2F), `z` (0x7A) before `é` (0xC3 0xA9).
    @Test func pathsAreSortedByTheirUTF8Bytes() throws {
        let names = ["a/b", "a-b", "B", "a", "\u{E9}", "z"]
        let bytes = try ZipArchive.bytes(names.map { ZipEntry(path: $0, contents: []) })
        #expect(try ZipReader.names(bytes) == ["B", "a", "a-b", "a/b", "z", "\u{E9}"])
    }

    @Test func duplicatePathsAreRefused() {
        #expect(throws: PackageError.duplicatePath("a")) {
            try ZipArchive.bytes([ZipEntry(path: "a", contents: [1]), ZipEntry(path: "a", contents: [2])])
        }
    }

    @Test func parsedBackEveryFieldIsFixed() throws {
        let bytes = try ZipArchive.bytes(Self.entries)
        let entries = try ZipReader.entries(bytes)
        #expect(entries.map(\.name) == ["README", "handler.py", "lib/run.sh", "lib/\u{E9}t\u{E9}.txt"])
        #expect(entries.map(\.mode) == [0o100644, 0o100644, 0o100755, 0o100644])
        #expect(entries.allSatisfy { $0.time == 0 && $0.date == 0x21 && $0.extraLength == 0 && $0.method == 0 })
        #expect(entries.map(\.flags) == [0, 0, 0, 0x800])
        for entry in entries {
            let original = try #require(Self.entries.first { $0.path == entry.name })
            #expect(entry.contents == original.contents)
            #expect(entry.crc == CRC32.checksum(original.contents))
        }
    }

    // MARK: Reading a folder

    func makeFolder(_ files: [String: (String, mode: Int)]) throws -> String {
        let root = NSTemporaryDirectory() + "synth-package-\(UUID().uuidString.prefix(8))"
        for (path, (text, mode)) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: full)
        }
        return root
    }

    @Test func aFolderGivesTheSameBytesWhateverItsTimesModesAndCreationOrder() throws {
        let first = try makeFolder(["handler.py": ("print(1)\n", 0o644), "bin/tool": ("#!/bin/sh\n", 0o700), "a/b/c.txt": ("c\n", 0o600)])
        let second = try makeFolder(["a/b/c.txt": ("c\n", 0o664), "bin/tool": ("#!/bin/sh\n", 0o751), "handler.py": ("print(1)\n", 0o444)])
        defer { for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) } }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: first + "/handler.py")
        let a = try ZipArchive.bytes(PackageSource.entries(of: first))
        let b = try ZipArchive.bytes(PackageSource.entries(of: second))
        #expect(a == b)
        #expect(try ZipReader.entries(a).map { "\($0.name) \(String($0.mode, radix: 8))" } == ["a/b/c.txt 100644", "bin/tool 100755", "handler.py 100644"])
    }

    @Test func noiseIsLeftOutAndHiddenFilesAreKept() throws {
        let folder = try makeFolder([
            "handler.py": ("x\n", 0o644), ".env.example": ("A=1\n", 0o644), "__pycache__/handler.cpython-311.pyc": ("\0", 0o644),
            "lib/__pycache__/x.pyc": ("\0", 0o644), "old.pyc": ("\0", 0o644), "old.pyo": ("\0", 0o644), ".DS_Store": ("\0", 0o644),
            "img/Thumbs.db": ("\0", 0o644), ".git/HEAD": ("ref\n", 0o644), "lib/util.py": ("y\n", 0o644),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = try PackageSource.entries(of: folder).map(\.path).sorted()
        #expect(names == [".env.example", "handler.py", "lib/util.py"])
    }

    @Test func symbolicLinksAreRejectedNotFollowed() throws {
        let folder = try makeFolder(["handler.py": ("x\n", 0o644)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/shared.py", withDestinationPath: "../elsewhere/shared.py")
        #expect(throws: PackageError.symbolicLink(path: "shared.py", target: "../elsewhere/shared.py")) {
            try PackageSource.entries(of: folder)
        }
    }

    @Test func missingEmptyAndFileSourcesAreErrors() throws {
        #expect(throws: PackageError.missingSource("/nonexistent/src")) { try PackageSource.entries(of: "/nonexistent/src") }
        let empty = try makeFolder(["__pycache__/a.pyc": ("\0", 0o644)])
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(throws: PackageError.emptySource(empty)) { try PackageSource.entries(of: empty) }
        #expect(throws: PackageError.sourceNotAFolder(empty + "/__pycache__/a.pyc")) { try PackageSource.entries(of: empty + "/__pycache__/a.pyc") }
    }
}

/// Reads an archive back field by field, independently of the writer, to check its structure.
enum ZipReader {
    struct Entry {
        var name: String
        var flags: UInt16, method: UInt16, time: UInt16, date: UInt16, crc: UInt32, extraLength: UInt16
        var mode: UInt32
        var contents: [UInt8]
    }

    struct Malformed: Error {}

    static func entries(_ bytes: [UInt8]) throws -> [Entry] {
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { throw Malformed() }
        let count = Int(u16(end + 10))
        var at = Int(u32(end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50 else { throw Malformed() }
            let nameLength = Int(u16(at + 28)), extra = Int(u16(at + 30)), comment = Int(u16(at + 32))
            let local = Int(u32(at + 42))
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard u32(local) == 0x0403_4B50, u16(local + 26) == nameLength else { throw Malformed() }
            let size = Int(u32(local + 18))
            let start = local + 30 + nameLength + Int(u16(local + 28))
            entries.append(Entry(name: name, flags: u16(at + 8), method: u16(at + 10), time: u16(at + 12), date: u16(at + 14),
                                 crc: u32(at + 16), extraLength: u16(at + 30) + u16(local + 28), mode: u32(at + 38) >> 16,
                                 contents: Array(bytes[start..<(start + size)])))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }

    static func names(_ bytes: [UInt8]) throws -> [String] { try entries(bytes).map(\.name) }
}
