/// Writes a zip archive whose bytes depend only on its entries' paths, contents and execute
/// bits, so the same folder gives the same package (and the same `source_code_hash`) on every
/// machine.
///
/// - Entries are sorted by the UTF-8 bytes of their paths, whatever order they come in.
/// - Every entry is *stored* (no compression): deflate output differs between implementations
///   and levels, and stored entries need no code beyond CRC-32.
/// - Timestamps are all 1980-01-01 00:00 (DOS time 0x0000, date 0x0021), the earliest zip can say.
/// - Permissions are `0644`, or `0755` for executables; the system is Unix (version made by
///   3.0/2.0), so tools that honour modes restore them.
/// - No extra fields, no comments, no data descriptors, no directory entries (unzip creates
///   folders from paths); bit 11 (UTF-8 names) is set only for non-ASCII paths.
///
///     let bytes = try ZipArchive.bytes([ZipEntry(path: "handler.py", contents: Array("...".utf8))])
public enum ZipArchive {
    /// The version needed to extract (2.0) and made by (Unix, 2.0).
    static let versionNeeded: UInt16 = 20
    static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// DOS date 1980-01-01: (1980 - 1980) << 9 | 1 << 5 | 1.
    static let dosDate: UInt16 = 0x0021
    static let dosTime: UInt16 = 0

    public static func bytes(_ entries: [ZipEntry]) throws(PackageError) -> [UInt8] {
        let sorted = entries.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        for (left, right) in zip(sorted, sorted.dropFirst()) where left.path == right.path {
            throw .duplicatePath(left.path)
        }
        guard sorted.count < 0xFFFF else { throw .tooLarge("\(sorted.count) files (zip without Zip64 holds 65,534)") }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in sorted {
            let name = Array(entry.path.utf8)
            guard name.count <= 0xFFFF else { throw .tooLarge("the path \(entry.path.prefix(40))… is longer than 65,535 bytes") }
            guard entry.contents.count < 0xFFFF_FFFF, out.count < 0xFFFF_FFFF else {
                throw .tooLarge("\(entry.path) or the files before it pass 4 GiB (zip without Zip64)")
            }
            let crc = CRC32.checksum(entry.contents)
            let flags: UInt16 = name.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11
            let offset = UInt32(out.count)
            let size = UInt32(entry.contents.count)
            // Local file header.
            out.append(uint32: 0x0403_4B50)
            out.append(uint16: versionNeeded)
            out.append(uint16: flags)
            out.append(uint16: 0)                         // stored
            out.append(uint16: dosTime)
            out.append(uint16: dosDate)
            out.append(uint32: crc)
            out.append(uint32: size)                      // compressed size
            out.append(uint32: size)                      // uncompressed size
            out.append(uint16: UInt16(name.count))
            out.append(uint16: 0)                         // extra field length
            out += name
            out += entry.contents
            // Central directory header.
            central.append(uint32: 0x0201_4B50)
            central.append(uint16: versionMadeBy)
            central.append(uint16: versionNeeded)
            central.append(uint16: flags)
            central.append(uint16: 0)
            central.append(uint16: dosTime)
            central.append(uint16: dosDate)
            central.append(uint32: crc)
            central.append(uint32: size)
            central.append(uint32: size)
            central.append(uint16: UInt16(name.count))
            central.append(uint16: 0)                     // extra field length
            central.append(uint16: 0)                     // comment length
            central.append(uint16: 0)                     // disk number
            central.append(uint16: 0)                     // internal attributes
            central.append(uint32: entry.mode << 16)      // external attributes: the Unix mode
            central.append(uint32: offset)
            central += name
        }
        guard out.count + central.count < 0xFFFF_FFFF else { throw .tooLarge("the archive passes 4 GiB (zip without Zip64)") }
        let centralOffset = UInt32(out.count)
        out += central
        // End of central directory record.
        out.append(uint32: 0x0605_4B50)
        out.append(uint16: 0)
        out.append(uint16: 0)
        out.append(uint16: UInt16(sorted.count))
        out.append(uint16: UInt16(sorted.count))
        out.append(uint32: UInt32(central.count))
        out.append(uint32: centralOffset)
        out.append(uint16: 0)                             // comment length
        return out
    }
}

extension Array where Element == UInt8 {
    /// Little-endian, as every zip field is.
    mutating func append(uint16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append(uint32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
