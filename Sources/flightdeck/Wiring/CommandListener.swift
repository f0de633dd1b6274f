import FlightDeckCore
import FlightDeckKafka
import Synchronization

/// Reads `command.issued` events from `drone-commands`, as the drone side of the system would,
/// and passes each to `handle` on its own thread, once: a copy Kafka holds twice is recognised by its event id.
enum CommandListener {
    /// Command events remembered to recognise a second copy.
    static let rememberedCommands = 10_000

    static func start(properties: KafkaProperties, handle: @escaping @Sendable (DroneCommand) -> Void) throws -> WorkerThread {
        let consumer = try Consumer(properties: properties)
        try consumer.assign(topics: [Topic.droneCommands.rawValue], from: .end)
        let reader = EventReader(consumer: consumer, batchSize: 100)
        let seen = Mutex(RecentIDs(capacity: rememberedCommands))
        return WorkerThread(name: "flightdeck-commands") {
            for event in reader.readBatch(maxWaitMilliseconds: 100).events where event.type == .commandIssued {
                guard case .command(let command) = event.payload, seen.withLock({ $0.insert(event.id) }) else { continue }
                handle(command)
            }
        }
    }
}
