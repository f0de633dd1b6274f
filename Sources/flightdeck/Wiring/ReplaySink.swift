import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Where replayed events go: printed as JSON lines, or through the stream rules with their alerts published.
struct ReplaySink {
    private var processor: StreamProcessor?
    private let delivery: DeliveryBatch?
    private var pending: [Event] = []
    private var published = 0

    init(outputTopic: String?, properties: KafkaProperties, rules: ProcessingOptions) throws {
        guard let outputTopic else {
            processor = nil
            delivery = nil
            return
        }
        processor = StreamProcessor(configuration: try rules.configuration(fallbackToExample: false))
        delivery = DeliveryBatch(producer: try Producer(properties: properties), topic: outputTopic)
    }

    mutating func take(_ event: Event) {
        guard processor != nil else {
            FileHandle.standardOutput.write(Data(Tail.jsonLine(event).utf8))
            return
        }
        // Optional chaining mutates in place; a local copy would copy the rules' state.
        pending += processor?.process(event) ?? []
    }

    /// Runs the time-driven rules on the events' clock and publishes what the batch raised.
    mutating func flush() throws {
        guard let time = processor?.latestEventTime else { return }
        pending += processor?.tick(now: time) ?? []
        try delivery?.deliver(pending)
        published += pending.count
        pending.removeAll()
    }

    /// Lets resolutions whose settle time falls after the last event go out too.
    mutating func finish(at time: Timestamp?) throws {
        if let time, let settle = processor?.configuration.alerts.settleSeconds {
            pending += processor?.tick(now: time.adding(milliseconds: Int64(settle * 1000))) ?? []
        }
        try flush()
    }

    var summary: String? {
        guard let processor else { return nil }
        let statistics = processor.statistics
        return "replay: \(processor.eventsProcessed) drone events → \(statistics.raised) conditions → \(published) alert events "
            + "(\(statistics.resolved) resolutions) published to \(delivery?.topic ?? "")"
    }
}
