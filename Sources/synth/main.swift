// The `synth` executable: everything lives in SynthCLI so tests can run it in-process.
import Foundation
import SynthCLI
import TerraformCore

#if canImport(Glibc)
import Glibc
#endif

// Before any work: freed large blocks go back to the system (see ProcessMemory).
ProcessMemory.mapLargeBlocks()
let console = Console(
    out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
    err: { text in FileHandle.standardError.write(Data(text.utf8)) },
    isTerminal: isatty(STDOUT_FILENO) == 1,
    environment: ProcessInfo.processInfo.environment,
    workingDirectory: FileManager.default.currentDirectoryPath)
exit(SynthCommandLine.run(Array(CommandLine.arguments.dropFirst()), console: console, processID: getpid()))
