// synth-bench: `make bench` (see Benchmarks.swift). Thin: options, then the benchmarks.
import Foundation
import TerraformCore

// As synth's entry point does: large blocks keep their own mappings (see ProcessMemory).
ProcessMemory.mapLargeBlocks()

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    if let tenants = options.childTenants {
        // One scaled synthesis, for the parent to read this process's peak memory.
        let clock = ContinuousClock()
        let started = clock.now
        let result = try TenantStack(tenants: tenants).synthesize()
        print("\(result.resources) resources, \(Format.duration((clock.now - started).seconds)) vmhwm_kb=\(PeakMemory.ofThisProcess() ?? 0)")
    } else {
        var benchmarks = Benchmarks(options: options)
        try benchmarks.run()
    }
} catch {
    FileHandle.standardError.write(Data("synth-bench: \(error)\n".utf8))
    exit(2)
}
