import FlightDeckConsole
import FlightDeckKafka

/// Polls Kafka and decodes on its own thread, pushing batches into the console's bounded inbox.
/// When the inbox is full the thread waits, so nothing read is ever dropped.
enum ReaderThread {
    /// Stop it after closing the inbox, so that a waiting push returns.
    static func start(reader: EventReader, inbox: ConsoleInbox, metrics: PipelineMetrics? = nil) -> WorkerThread {
        WorkerThread(name: "flightdeck-reader") {
            let batch = reader.readBatch(maxWaitMilliseconds: 100)
            if let metrics, !batch.isEmpty { metrics.countConsumed(batch) }
            if !batch.isEmpty {
                inbox.push(.events(batch.events, consumed: batch.consumed))
            }
            if let last = batch.failures.last {
                inbox.push(.decodeFailures(count: batch.failures.count, lastReason: last.description))
            }
        }
    }
}
