import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores at once, the results in the elements'
    /// order, so output built from them does not depend on which thread finished first.
    ///
    /// For independent, CPU-bound pieces of work of similar size (a policy to lint, an
    /// environment to synthesize). When several throw, the error of the first in order is the one
    /// rethrown, as a loop would have; every element is still transformed.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) throws -> Result) throws -> [Result] {
        guard count > 1 else { return try map(transform) }
        let outcomes = UnsafeMutableBufferPointer<Swift.Result<Result, any Error>?>.allocate(capacity: count)
        outcomes.initialize(repeating: nil)
        defer {
            outcomes.deinitialize()
            outcomes.deallocate()
        }
        // Each iteration writes only its own slot, and concurrentPerform returns after all have run.
        nonisolated(unsafe) let slots = outcomes
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = Swift.Result { try transform(self[index]) }
            }
        }
        return try outcomes.map { try $0!.get() }
    }

    /// ``parallelMap(_:)`` of work that cannot fail.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        // The throwing overload rethrows only what `transform` throws, and this one throws nothing.
        try! parallelMap { element throws -> Result in transform(element) }
    }
}
