#if canImport(Glibc)
import Glibc
#endif

/// How the process's allocator treats large blocks; called once by each executable's entry point.
public enum ProcessMemory {
    /// The threshold from which glibc serves an allocation with its own mapping: its default.
    public static let largeBlockBytes = 128 * 1024

    /// Serves every allocation of ``largeBlockBytes`` or more with its own mapping, returned to
    /// the system when freed.
    ///
    /// glibc starts with that threshold but raises it to the size of each large block freed
    /// (up to 32 MiB), so after the first rendered file's blocks (256 KiB each) are freed, later
    /// blocks and big arrays come from the heap instead, and the heap keeps the freed ones: a
    /// stack of 5,000 tenants peaked at 155 MB resident, 136 MB once the threshold stays fixed
    /// (`synth-bench --child-tenants 5000`), in the same time. Setting it explicitly is what
    /// turns the raising off (mallopt(3)). Elsewhere than glibc this does nothing.
    public static func mapLargeBlocks() {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module leaves out: found by name,
        // called through a C function type. M_MMAP_THRESHOLD is -3 in glibc's ABI.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-3, Int32(largeBlockBytes))
        #endif
    }
}
