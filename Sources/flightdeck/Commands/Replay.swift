import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Re-reads history by time: prints it, or runs it through the stream rules into a separate topic.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-read events from a point in time: print them, or feed the stream rules and publish their alerts.",
        discussion: """
            Starts each partition at the first message at or after --from (asking the broker, or searching the \
            partition's timestamps where the broker cannot say) and stops at the end the topics have when it starts. \
            Without --output-topic it prints JSON lines (ready for jq); with it, it runs the events through the same \
            rules as `flightdeck process` on the events' own clock and publishes the alerts there. No consumer group \
            is joined and nothing is committed. A progress bar goes to standard error.
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions
    @OptionGroup var rules: ProcessingOptions

    // Unconditional: `-15m` is a value here, not an option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Start: an RFC 3339 time, a duration back from now (-15m) or beginning.", valueName: "time"))
    var from: String

    @Option(parsing: .unconditional, help: ArgumentHelp("Skip events after this time (RFC 3339 or -5m style).", valueName: "time"))
    var to: String?

    @Option(help: ArgumentHelp("A topic to read, repeatable (default: drone-events; every event topic when printing).", valueName: "topic"))
    var topic: [String] = []

    @Option(help: ArgumentHelp("Only this drone: its id (drone-007) or number (7).", valueName: "id"))
    var drone: String?

    @Option(help: ArgumentHelp("max, or a multiple of the recorded pace such as 10x.", valueName: "speed"))
    var speed: ReplaySpeed = .max

    @Option(help: ArgumentHelp("Run the rules and publish their alerts to this topic instead of printing.", valueName: "topic"))
    var outputTopic: String?

    func run() throws {
        let now = Clock.now()
        guard let start = StartPositionParser.parse(from, now: now), start != .end else {
            throw ValidationError("--from '\(from)' is not beginning, an RFC 3339 time or a duration like -15m")
        }
        let end = try to.map { text throws -> Timestamp in
            guard case .time(let time)? = StartPositionParser.parse(text, now: now) else {
                throw ValidationError("--to '\(text)' is not an RFC 3339 time or a duration like -5m")
            }
            return time
        }
        let properties = try connection.kafkaProperties(try settings.load())
        let topics = !topic.isEmpty ? topic : outputTopic == nil ? Topic.eventTopics.map(\.rawValue) : [Topic.droneEvents.rawValue]
        let consumer = try Consumer(properties: properties)
        let assigned = try consumer.assign(topics: topics, from: start)
        var progress = try ReplayProgress(start: assigned) { try consumer.watermarks(topic: $0.topic, partition: $0.partition) }
        var sink = try ReplaySink(outputTopic: outputTopic, properties: properties, rules: rules)
        var pace = ReplayPace(speed: speed)
        let reader = EventReader(consumer: consumer)
        let droneID = drone.map(DroneName.normalized)
        let interrupt = InterruptSignal()
        var replayed = 0
        var latest: Timestamp?
        while !progress.isDone && !interrupt.received {
            let batch = reader.readBatch(maxWaitMilliseconds: 200)
            let events = batch.events.filter { event in
                (droneID == nil || event.droneID == droneID) && (end.map { event.timestamp <= $0 } ?? true)
            }
            for event in events {
                pace.wait(for: event.timestamp)
                sink.take(event)
                latest = max(latest ?? event.timestamp, event.timestamp)
            }
            try sink.flush()
            replayed += events.count
            progress.advance(batch.nextOffsets)
            progress.draw(events: replayed, upTo: latest)
        }
        try sink.finish(at: latest)
        progress.draw(events: replayed, upTo: latest, final: true)
        if let summary = sink.summary { FileHandle.standardError.write(Data((summary + "\n").utf8)) }
    }
}
