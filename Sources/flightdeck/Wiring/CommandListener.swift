import FlightDeckCore
import FlightDeckKafka

/// Reads `command.issued` events from `drone-commands`, as the drone side of the system would,
/// and passes each to `handle` on its own thread.
enum CommandListener {
    static func start(properties: KafkaProperties, handle: @escaping @Sendable (DroneCommand) -> Void) throws -> WorkerThread {
        let consumer = try Consumer(properties: properties)
        try consumer.assign(topics: [Topic.droneCommands.rawValue], from: .end)
        let reader = EventReader(consumer: consumer, batchSize: 100)
        return WorkerThread(name: "flightdeck-commands") {
            for event in reader.readBatch(maxWaitMilliseconds: 100).events where event.type == .commandIssued {
                if case .command(let command) = event.payload {
                    handle(command)
                }
            }
        }
    }
}
