import FlightDeckKafka
import Foundation
import Synchronization

/// The demo's alert service: `flightdeck process` on the embedded cluster, on its own thread, so the console's
/// alerts come from real stream processing next to the simulator's own.
final class DemoProcessing: Sendable {
    private let failure = Mutex<ProcessingError?>(nil)
    private let worker = Mutex<WorkerThread?>(nil)

    /// Starts the service; with `reportNow` a failure goes to stderr at once (no console owns the screen).
    init(bootstrap: String, rules: ProcessingOptions, reportNow: Bool) throws {
        let service = try AlertService(settings: AlertService.Settings(
            properties: KafkaProperties(["bootstrap.servers": bootstrap]),
            consumerTuning: EmbeddedCluster.consumerTuning.merging(["session.timeout.ms": "6000"]) { _, new in new },
            producerTuning: EmbeddedCluster.producerTuning,
            processor: try rules.configuration(fallbackToExample: true)))
        let thread = service.start { [self] error in
            failure.withLock { $0 = error }
            if reportNow { FileHandle.standardError.write(Data("process: stopped: \(error)\n".utf8)) }
        }
        worker.withLock { $0 = thread }
    }

    func stop() {
        worker.withLock { $0 }?.stop()
    }

    /// Tells what stopped the service, if anything did, once the console has given the terminal back.
    func reportFailure() {
        guard let error = failure.withLock({ $0 }) else { return }
        FileHandle.standardError.write(Data("The demo's alert service stopped: \(error)\n".utf8))
    }
}
