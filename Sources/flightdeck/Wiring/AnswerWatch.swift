import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Watches `drone-commands` for the drone side's answer to one command. It starts reading before the
/// command is sent, so a quick answer cannot slip past.
struct AnswerWatch {
    struct Answer {
        var type: EventType
        var message: String
    }

    private let reader: EventReader
    private let commandID: String

    init(properties: KafkaProperties, commandID: String) throws {
        let consumer = try Consumer(properties: properties)
        try consumer.assign(topics: [Topic.droneCommands.rawValue], from: .end)
        reader = EventReader(consumer: consumer, batchSize: 100)
        self.commandID = commandID
    }

    func wait(seconds: Double) -> Answer? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            for event in reader.readBatch(maxWaitMilliseconds: 100).events {
                if case .commandResult(let result) = event.payload, result.commandID == commandID {
                    return Answer(type: event.type, message: result.message ?? "")
                }
            }
        }
        return nil
    }
}
