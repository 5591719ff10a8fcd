extension String {
    /// Calls `body` with the string's UTF-8 in one contiguous buffer: the fast way to scan text
    /// byte by byte (the `utf8` view does bookkeeping per byte).
    ///
    /// `String.withUTF8` is mutating, since it first makes a non-native (bridged) string native;
    /// the copy made here shares the storage of a native string, so only such strings are copied.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = self
        return try text.withUTF8(body)
    }
}
