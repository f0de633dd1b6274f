import Foundation
import Synchronization
import Testing
@testable import FlightDeckConsole

@Suite struct ConsoleInboxTests {
    /// Long enough for a blocked thread to have run if it were not blocked; no assertion depends on speed.
    static let settle = DispatchTimeInterval.milliseconds(200)
    static var generousWait: DispatchTime { .now() + 30 }

    static func notice(_ text: String) -> ConsoleInput { .notice(text) }

    static func texts(_ inputs: [ConsoleInput]) -> [String] {
        inputs.map { input in
            if case .notice(let text) = input { return text }
            return "?"
        }
    }

    /// Runs `body` on a new thread and returns a semaphore signalled when it finishes.
    static func onThread(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done
    }

    @Test func drainsInOrderAndNoMoreThanAsked() {
        let inbox = ConsoleInbox(capacity: 8)
        for index in 1...5 {
            inbox.push(Self.notice("\(index)"))
        }
        #expect(Self.texts(inbox.drain(max: 2)) == ["1", "2"])
        #expect(Self.texts(inbox.drain(max: 10)) == ["3", "4", "5"])
        #expect(inbox.drain(max: 10).isEmpty)
    }

    @Test func aFullInboxBlocksTheProducerUntilTheConsoleDrains() {
        let inbox = ConsoleInbox(capacity: 2)
        inbox.push(Self.notice("1"))
        inbox.push(Self.notice("2"))
        let done = Self.onThread {
            inbox.push(Self.notice("3"))
        }
        #expect(done.wait(timeout: .now() + Self.settle) == .timedOut)
        #expect(Self.texts(inbox.drain(max: 1)) == ["1"])
        #expect(done.wait(timeout: Self.generousWait) == .success)
        #expect(Self.texts(inbox.drain(max: 10)) == ["2", "3"])
    }

    @Test func closingReleasesBlockedProducersWithoutEnqueuing() {
        let inbox = ConsoleInbox(capacity: 1)
        inbox.push(Self.notice("kept"))
        let accepted = Tally()
        let producers = (0..<3).map { _ in
            Self.onThread {
                if inbox.push(Self.notice("late")) { accepted.add() }
            }
        }
        for done in producers {
            #expect(done.wait(timeout: .now() + Self.settle) == .timedOut)
        }
        inbox.close()
        for done in producers {
            #expect(done.wait(timeout: Self.generousWait) == .success)
        }
        #expect(accepted.value == 0)
        #expect(inbox.isClosed)
        #expect(!inbox.push(Self.notice("after close")))
        #expect(Self.texts(inbox.drain(max: 10)) == ["kept"])
    }

    @Test func manyProducersLoseNothingAndKeepTheirOwnOrder() {
        let inbox = ConsoleInbox(capacity: 4)
        let producerCount = 4
        let perProducer = 500
        let producers = (0..<producerCount).map { producer in
            Self.onThread {
                for index in 0..<perProducer {
                    inbox.push(Self.notice("\(producer):\(index)"))
                }
            }
        }
        var received: [String] = []
        while received.count < producerCount * perProducer {
            let batch = Self.texts(inbox.drain(max: 3))
            if batch.isEmpty { Thread.sleep(forTimeInterval: 0.001) }
            received += batch
        }
        for done in producers {
            #expect(done.wait(timeout: Self.generousWait) == .success)
        }
        for producer in 0..<producerCount {
            let own = received.filter { $0.hasPrefix("\(producer):") }
            #expect(own == (0..<perProducer).map { "\(producer):\($0)" })
        }
    }
}

/// A count shared between threads.
final class Tally: Sendable {
    private let count = Mutex(0)

    func add() {
        count.withLock { $0 += 1 }
    }

    var value: Int {
        count.withLock { $0 }
    }
}
