#if canImport(Glibc)
import Glibc
import Testing
import TerraformCore

/// Each test runs in a fresh process (an exit test), so its allocator starts as synth's does.
@Suite struct ProcessMemoryTests {
    @Test func aLargeBlockIsMappedEvenAfterABiggerOneIsFreed() async {
        await #expect(processExitsWith: .success) {
            ProcessMemory.mapLargeBlocks()
            exit(ProcessMemoryTests.largeBlockIsMappedAfterFreeingABiggerOne() ? EXIT_SUCCESS : EXIT_FAILURE)
        }
    }

    /// The control: left to itself, glibc raises its threshold when the 4 MiB block is freed and
    /// serves the next large block from the heap, which keeps it after it is freed.
    @Test func withoutItTheThresholdRisesAndTheBlockComesFromTheHeap() async {
        await #expect(processExitsWith: .success) {
            exit(ProcessMemoryTests.largeBlockIsMappedAfterFreeingABiggerOne() ? EXIT_FAILURE : EXIT_SUCCESS)
        }
    }

    /// Frees a mapped 4 MiB block, then asks for 1 MiB: is that served by its own mapping?
    static func largeBlockIsMappedAfterFreeingABiggerOne() -> Bool {
        guard let bigger = malloc(4 << 20) else { return false }
        free(bigger)
        let requested = (1 << 20) + 1
        guard let block = malloc(requested) else { return false }
        defer { free(block) }
        // A mapping spans whole pages, so the usable size takes in the rest of the last page;
        // a heap chunk rounds to 16 bytes. (malloc_usable_size is in <malloc.h>, which the
        // Glibc module leaves out: found by name.)
        typealias UsableSize = @convention(c) (UnsafeMutableRawPointer?) -> Int
        guard let symbol = dlsym(nil, "malloc_usable_size") else { return false }
        return unsafeBitCast(symbol, to: UsableSize.self)(block) >= requested + 1024
    }
}
#endif
