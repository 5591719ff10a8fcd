import Foundation

/// The members of each ``ModuleInterface`` type, in declaration order, read once per type.
///
/// An interface's members are its stored ``ModuleInput``s or ``ModuleOutput``s. They are read by
/// creating the interface once while a recorder is bound: each member's `init` appends itself,
/// and stored properties are initialized in declaration order. (Reading them with `Mirror` looked
/// up every field's type and every conformance at run time: a tenth of `synth --all`.)
final class InterfaceMembers: @unchecked Sendable {
    static let shared = InterfaceMembers()

    /// What one interface declares.
    struct Members {
        var inputs: [any ModuleInputDeclaration] = []
        var outputs: [any ModuleOutputDeclaration] = []
    }

    /// Collects the members created while it is bound to ``recorder``.
    final class Recorder: @unchecked Sendable {
        var inputs: [any ModuleInputDeclaration] = []
        var outputs: [any ModuleOutputDeclaration] = []
    }

    /// Bound only while ``members(of:)`` creates an interface (per task or thread, so interfaces
    /// created elsewhere at the same time are not recorded).
    @TaskLocal static var recorder: Recorder?

    private let lock = NSLock()
    private var cache: [ObjectIdentifier: Members] = [:]

    func members(of interface: any ModuleInterface.Type) -> Members {
        let key = ObjectIdentifier(interface)
        lock.lock()
        if let cached = cache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let recorder = Recorder()
        Self.$recorder.withValue(recorder) { _ = interface.init() }
        let members = Members(inputs: recorder.inputs, outputs: recorder.outputs)
        lock.lock()
        cache[key] = members
        lock.unlock()
        return members
    }
}
