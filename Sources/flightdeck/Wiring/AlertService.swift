import FlightDeckCore
import FlightDeckKafka
import Foundation
import Synchronization

/// The stream processor on Kafka: reads drone events as a member of a consumer group, runs the rules,
/// publishes the alerts they raise, and commits a batch's offsets only once those alerts are delivered
/// (at least once; deterministic alert ids and the alert history read at start keep restarts from repeating alerts).
final class AlertService: @unchecked Sendable {
    struct Settings {
        /// Connection properties (bootstrap servers, security) shared by every client.
        var properties: KafkaProperties
        var consumerTuning: [String: String] = [:]
        var producerTuning: [String: String] = [:]
        var group = "alert-service"
        var processor = StreamProcessor.Configuration()
        var inputTopics = [Topic.droneEvents.rawValue]
        var outputTopic = Topic.alertEvents.rawValue
        /// How far back the alert topic is read at start to find the alerts already raised.
        var restoreFrom: StartPosition = .beginning
    }

    struct Progress: Sendable {
        var events = 0
        var published = 0
        var commits = 0
        var commitFailures = 0
        var lastCommitFailure: String?
        var statistics = AlertStatistics()
        var openAlerts = 0
    }

    private let reader: EventReader
    private let delivery: DeliveryBatch
    private var processor: StreamProcessor
    private let progress = Mutex(Progress())

    /// Reads back the alert history, then joins the group (the join itself completes during the first polls).
    init(settings: Settings) throws {
        processor = StreamProcessor(configuration: settings.processor)
        let history = try AlertHistory.read(properties: settings.properties.withDefaults(settings.consumerTuning),
                                            topic: settings.outputTopic, from: settings.restoreFrom)
        var consumerProperties = settings.properties.withDefaults(settings.consumerTuning)
        consumerProperties["group.id"] = settings.group
        consumerProperties["auto.offset.reset"] = consumerProperties["auto.offset.reset"] ?? "earliest"
        let consumer = try Consumer(properties: consumerProperties)
        try consumer.subscribe(topics: settings.inputTopics)
        reader = EventReader(consumer: consumer)
        delivery = DeliveryBatch(producer: try Producer(properties: settings.properties.withDefaults(settings.producerTuning)),
                                 topic: settings.outputTopic)
        try delivery.deliver(processor.restore(history, at: Clock.now()))
    }

    var current: Progress { progress.withLock { $0 } }

    /// One batch: read, process, deliver, commit. Time-driven rules run on the batch's newest event time,
    /// or on the wall clock when nothing came (a silent fleet is what lost-link detection is for).
    func step(maxWaitMilliseconds: Int32 = 200) throws(ProcessingError) {
        let batch = reader.readBatch(maxWaitMilliseconds: maxWaitMilliseconds)
        var alerts: [Event] = []
        for event in batch.events {
            alerts += processor.process(event)
        }
        let now = batch.events.isEmpty ? Clock.now() : (processor.latestEventTime ?? Clock.now())
        alerts += processor.tick(now: now)
        try delivery.deliver(alerts)
        let offsets = batch.nextOffsets
        var commitFailure: String?
        if !offsets.isEmpty {
            // Not fatal: a rebalance can refuse a commit, and whoever reads the partition next redoes the batch,
            // naming the same alerts.
            do {
                try reader.consumer.commit(offsets)
            } catch {
                commitFailure = error.description
            }
        }
        progress.withLock { progress in
            progress.events += batch.events.count
            progress.published += alerts.count
            progress.commits += offsets.isEmpty || commitFailure != nil ? 0 : 1
            if let commitFailure {
                progress.commitFailures += 1
                progress.lastCommitFailure = commitFailure
            }
            progress.statistics = processor.statistics
            progress.openAlerts = processor.openAlertCount
        }
    }

    /// Runs `step` on its own thread until stopped; a failure is reported and ends the loop.
    func start(onFailure: @escaping @Sendable (ProcessingError) -> Void) -> WorkerThread {
        WorkerThread(name: "flightdeck-process") { [self] worker in
            while worker.isRunning {
                do throws(ProcessingError) {
                    try step()
                } catch {
                    onFailure(error)
                    return
                }
            }
        }
    }
}
