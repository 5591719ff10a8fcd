/// Where HCL expression text goes as it is produced: into a `String` (``Expression/hcl``), or
/// straight into the JSON string being written (``JSONTextSink``, which escapes it on the way),
/// so an interpolation is never built as a `String` only to be copied again.
protocol HCLOutput: ~Copyable {
    mutating func write(_ text: String)
    mutating func write(_ text: StaticString)
}

extension String: HCLOutput {
    mutating func write(_ text: String) { self += text }

    mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { self += String(decoding: $0, as: UTF8.self) }
    }
}
