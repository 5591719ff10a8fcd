import Dispatch

/// Lets go of `value` on another thread, so the caller does not wait while a large model is
/// torn down: freeing the tens of thousands of objects of a big module takes about half as long
/// as building them, and nothing the caller does next (writing files, printing) needs it.
///
/// Pass only what nothing else still uses; its memory comes back shortly after, not at once.
public func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    let box = Box(value)
    DispatchQueue.global(qos: .utility).async(group: backgroundReleases) { box.release() }
}

/// Waits until everything passed to ``releaseInBackground(_:)`` is freed: a benchmark calls it
/// between timed runs, so a run does not share the cores with the previous run's teardown.
public func waitForBackgroundReleases() { backgroundReleases.wait() }

private let backgroundReleases = DispatchGroup()

/// Holds the value until the background thread drops it.
private final class Box<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    /// Runs once, on the background thread: the last reference goes there.
    func release() { value = nil }
}
