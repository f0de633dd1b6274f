import FlightDeckConsole
import FlightDeckCore

/// Feeds workload messages into a console state the way the console's threads do: decoded (raw bytes kept,
/// as the console keeps them) and folded in batches.
struct WorkloadFeed {
    private(set) var generator: WorkloadGenerator
    private let decoder = EventDecoder()
    private(set) var decodeFailures = 0
    private(set) var bytes = 0
    /// Time spent decoding and folding, without generating the messages.
    private(set) var processingNanoseconds: UInt64 = 0

    static let batchSize = 1_000

    init(drones: Int, seed: UInt64) {
        generator = WorkloadGenerator(drones: drones, seed: seed)
    }

    /// Folds `count` events into `state`, stamped from `start` on, `step` milliseconds apart.
    mutating func feed(_ count: Int, into state: inout ConsoleState, from start: Timestamp, stepMilliseconds step: Double) {
        var batch: [Event] = []
        batch.reserveCapacity(min(count, Self.batchSize))
        for index in 0..<count {
            let message = generator.next(at: start.adding(milliseconds: Int64(Double(index) * step)))
            bytes += message.bytes.count
            let start = MonotonicClock.nanoseconds()
            do {
                batch.append(try decoder.decode(message.bytes))
            } catch {
                decodeFailures += 1
            }
            if batch.count == Self.batchSize {
                state.reduce(.received(.events(batch)))
                batch.removeAll(keepingCapacity: true)
            }
            processingNanoseconds += MonotonicClock.nanoseconds() - start
        }
        if !batch.isEmpty {
            let start = MonotonicClock.nanoseconds()
            state.reduce(.received(.events(batch)))
            processingNanoseconds += MonotonicClock.nanoseconds() - start
        }
    }
}
