import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores at once, the results in the elements'
    /// order, so output built from them does not depend on which thread finished first.
    ///
    /// For independent, CPU-bound pieces of work (a policy to lint, an environment to
    /// synthesize). With `cost`, the elements of highest cost start first, so the run does not
    /// end waiting on a big one started last; equal costs keep their order. When several throw,
    /// the error of the first in order is the one rethrown, as a loop would have; every element
    /// is still transformed.
    public func parallelMap<Result: Sendable>(costliestFirst cost: ((Element) -> Int)? = nil,
                                              _ transform: @Sendable (Element) throws -> Result) throws -> [Result] {
        guard count > 1 else { return try map(transform) }
        let schedule = cost.map { Self.schedule(costs: map($0)) } ?? [Int](indices)
        let outcomes = UnsafeMutableBufferPointer<Swift.Result<Result, any Error>?>.allocate(capacity: count)
        outcomes.initialize(repeating: nil)
        defer {
            outcomes.deinitialize()
            outcomes.deallocate()
        }
        // Each iteration writes only its own element's slot, and concurrentPerform returns after
        // all have run. Iterations are handed out in order: iteration i takes element schedule[i].
        nonisolated(unsafe) let slots = outcomes
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { iteration in
                let index = schedule[iteration]
                slots[index] = Swift.Result { try transform(self[index]) }
            }
        }
        return try outcomes.map { try $0!.get() }
    }

    /// ``parallelMap(costliestFirst:_:)`` of work that cannot fail.
    public func parallelMap<Result: Sendable>(costliestFirst cost: ((Element) -> Int)? = nil,
                                              _ transform: @Sendable (Element) -> Result) -> [Result] {
        // The throwing overload rethrows only what `transform` throws, and this one throws nothing.
        try! parallelMap(costliestFirst: cost) { element throws -> Result in transform(element) }
    }

    /// The indices of `costs` from highest cost to lowest, equal costs in index order.
    static func schedule(costs: [Int]) -> [Int] {
        costs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
    }
}
