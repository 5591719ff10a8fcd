import Foundation
import Testing
@testable import TerraformCore

/// `parallelMap` runs work on every core, so what it returns must not depend on which thread
/// finished first: results in input order, and the first failing element's error.
@Suite struct ParallelMapTests {
    struct Failure: Error, Equatable { let index: Int }

    @Test func resultsComeBackInTheElementsOrder() {
        // Uneven work: early elements take longest, so they finish last on any thread.
        let elements = Array(0..<200)
        let results = elements.parallelMap { index -> String in
            var sum = 0
            for step in 0..<((200 - index) * 500) { sum &+= step }
            return "\(index):\(sum > -1)"
        }
        #expect(results == elements.map { "\($0):true" })
    }

    @Test func theFirstFailureInOrderIsRethrownEvenWhenALaterOneFailsFirst() {
        #expect(throws: Failure(index: 2)) {
            _ = try [0, 1, 2, 3, 4, 5].parallelMap { index -> Int in
                if index == 2 {
                    Thread.sleep(forTimeInterval: 0.05)   // fails after index 5 has
                    throw Failure(index: 2)
                }
                if index == 5 { throw Failure(index: 5) }
                return index
            }
        }
    }

    @Test func costliestElementsStartFirstAndResultsStayInOrder() {
        #expect([Int].schedule(costs: [1, 5, 0, 5, 3]) == [1, 3, 4, 0, 2])
        let words = ["a", "bbbb", "cc", "ddd"]
        #expect(words.parallelMap(costliestFirst: { $0.count }) { $0.uppercased() } == ["A", "BBBB", "CC", "DDD"])
    }

    @Test func noElementsAndOneElementNeedNoThreads() throws {
        #expect(try [Int]().parallelMap { $0 + 1 } == [])
        #expect(try [41].parallelMap { $0 + 1 } == [42])
    }
}
