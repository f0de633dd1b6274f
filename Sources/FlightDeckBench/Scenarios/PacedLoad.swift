import FlightDeckCore
import FlightDeckKafka
import Synchronization

/// Publishes the workload at a fixed rate on its own thread, each event's id a `ProbeID` stamped the moment
/// it is handed to the producer.
final class PacedLoad: Sendable {
    private let sentCount = Atomic<Int>(0)
    private let refusals = Mutex<[String]>([])
    private let worker: Mutex<WorkerThread?> = Mutex(nil)
    let total: Int

    /// Starts publishing `total` events at `rate` a second over `drones` drones; ids are stamped relative to `origin`.
    init(producer: Producer, rate: Double, total: Int, drones: Int, seed: UInt64, origin: UInt64) {
        self.total = total
        let thread = WorkerThread(name: "bench-load") { [self] worker in
            var generator = WorkloadGenerator(drones: drones, seed: seed)
            let start = MonotonicClock.nanoseconds()
            var sent = 0
            while worker.isRunning && sent < total {
                let due = min(total, Int(rate * MonotonicClock.seconds(since: start)))
                let now = WallClock.now()
                while sent < due {
                    let probe = ProbeID(sequence: UInt32(sent), sentAtNanoseconds: MonotonicClock.nanoseconds() - origin)
                    let message = generator.next(at: now, id: probe.text)
                    do {
                        try producer.send(topic: message.topic.rawValue, key: message.key.map { Array($0.utf8) }, value: message.bytes)
                    } catch {
                        refusals.withLock { $0.append(String(describing: error)) }
                    }
                    sent += 1
                    sentCount.store(sent, ordering: .releasing)
                }
                worker.pause(milliseconds: 1)
            }
        }
        worker.withLock { $0 = thread }
    }

    var sent: Int { sentCount.load(ordering: .acquiring) }

    var isFinished: Bool { sent >= total }

    /// Messages the producer refused to queue, with the last reason.
    var refused: (count: Int, last: String?) { refusals.withLock { ($0.count, $0.last) } }

    func stop() {
        worker.withLock { $0 }?.stop()
    }
}
