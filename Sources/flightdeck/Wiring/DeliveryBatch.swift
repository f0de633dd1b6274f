import FlightDeckCore
import FlightDeckKafka
import Foundation
import Synchronization

/// Publishes a batch of events and waits for every delivery report: the batch counts as delivered only
/// when all of it is, so the offsets of the input that caused it can be committed.
struct DeliveryBatch {
    let producer: Producer
    let topic: String

    /// Sends `events` keyed by drone and waits up to `seconds` for their reports.
    func deliver(_ events: [Event], seconds: Double = 30) throws(ProcessingError) {
        guard !events.isEmpty else { return }
        let group = DispatchGroup()
        let failure = Mutex<String?>(nil)
        for event in events {
            group.enter()
            do {
                try producer.send(topic: topic, key: event.droneID.map { Array($0.utf8) }, value: EventEncoder.encode(event)) { result in
                    if case .failure(let error) = result { failure.withLock { $0 = error.description } }
                    group.leave()
                }
            } catch {
                group.leave()
                throw .delivery("\(event.id): \(error)")
            }
        }
        guard group.wait(timeout: .now() + seconds) == .success else {
            throw .delivery("no delivery report for \(events.count) alerts within \(Int(seconds)) s; is \(topic) reachable?")
        }
        if let failure = failure.withLock({ $0 }) { throw .delivery(failure) }
    }
}

/// Why stream processing stopped; the offsets of the batch that failed are not committed, so a restart redoes it.
enum ProcessingError: Error, CustomStringConvertible {
    case delivery(String)
    case restore(String)

    var description: String {
        switch self {
        case .delivery(let reason): "alerts not delivered (offsets left uncommitted, a restart redoes the batch): \(reason)"
        case .restore(let reason): "could not read back the alerts already raised: \(reason)"
        }
    }
}
