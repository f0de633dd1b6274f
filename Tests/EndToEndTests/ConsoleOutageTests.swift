import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

/// The console in a real terminal sends a command while every broker is down: it counts down, fails with
/// librdkafka's reason, and `R` sends it again as a new command once the brokers are back; the topic ends up with
/// exactly that one.
@Suite("Console commands during a broker outage", .serialized)
struct ConsoleOutageTests {
    @Test("pending with the seconds left, failed with the reason, retried by the operator, delivered once")
    func pendingFailedRetried() throws {
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 2)
        let properties = KafkaProperties(["bootstrap.servers": cluster.bootstrapServers])
        let producer = try Producer(properties: properties.withDefaults(EmbeddedCluster.producerTuning))
        for drone in 1...3 {
            let droneID = String(format: "drone-%03d", drone)
            try producer.send(Event(id: "\(droneID)-up", type: .droneStatusChanged, source: "test",
                                    timestamp: Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970),
                                    payload: .droneStatus(DroneStatusChange(droneID: droneID, oldStatus: .idle, newStatus: .hovering))))
        }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        // -X message.timeout.ms sets how long librdkafka tries, and the console's countdown follows it.
        let session = try TmuxSession(command: "\(try Executable.flightdeck) console --brokers \(cluster.bootstrapServers) --from beginning"
                                      + " --operator outage-ops -X message.timeout.ms=6000 -X fetch.wait.max.ms=5")
        defer { session.kill() }
        #expect(try eventually(seconds: 30) { try session.screen().contains("drone-003") }, "no fleet:\n\(session.snapshot)")

        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: false) }
        try session.send("h")
        #expect(try eventually(seconds: 3) { try session.screen().range(of: #"hold → drone-00\d: pending [1-6]s left"#, options: .regularExpression) != nil },
                "no countdown:\n\(session.snapshot)")
        #expect(try eventually(seconds: 12) { try session.screen().contains("undeliverable: Local: Message timed out") },
                "no failure with librdkafka's reason:\n\(session.snapshot)")

        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: true) }
        Thread.sleep(forTimeInterval: 4)
        try session.send("R")
        #expect(try eventually(seconds: 3) { try session.screen().contains("again?") }, "no confirmation:\n\(session.snapshot)")
        try session.send("y")
        var retriedAs: String?
        _ = try eventually(seconds: 3) {
            let screen = try session.screen()
            guard let range = screen.range(of: #"sent again as \S+"#, options: .regularExpression) else { return false }
            retriedAs = String(screen[range].dropFirst("sent again as ".count))
            return true
        }
        let newID = try #require(retriedAs, "no retry message:\n\(session.snapshot)")
        #expect(try eventually(seconds: 10) { try session.screen().range(of: #"hold → drone-00\d: delivered"#, options: .regularExpression) != nil },
                "the retry was not delivered:\n\(session.snapshot)")

        let holds = try TopicSnapshot.events(properties: properties.withDefaults(EmbeddedCluster.consumerTuning),
                                             topic: Topic.droneCommands.rawValue).compactMap { event -> DroneCommand? in
            guard case .command(let command) = event.payload else { return nil }
            return command
        }
        #expect(holds.map(\.commandID) == [newID], "only the retry reaches drone-commands, once")
        print("console during outage: sent 2 (1 retry), delivered \(holds.count), failed 1, duplicated \(holds.count - Set(holds.map(\.commandID)).count)")
        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("EXITED-0") })
    }

    @Test("an acknowledgement made during the outage counts down, and once the brokers return it is delivered once and shown acked")
    func acknowledgementDuringOutage() throws {
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 2)
        let properties = KafkaProperties(["bootstrap.servers": cluster.bootstrapServers])
        let producer = try Producer(properties: properties.withDefaults(EmbeddedCluster.producerTuning))
        try producer.send(Event(id: "alert-event-1", type: .alertCreated, source: "alert-service",
                                timestamp: Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970),
                                payload: .alert(AlertUpdate(alertID: "alert-outage-1", alertType: "battery_low", level: .warning,
                                                            message: "无人机电量低于20%", droneID: "drone-001"))))
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        let session = try TmuxSession(command: "\(try Executable.flightdeck) console --brokers \(cluster.bootstrapServers) --from beginning"
                                      + " --operator ack-ops -X message.timeout.ms=15000 -X fetch.wait.max.ms=5")
        defer { session.kill() }
        try session.send("3")
        #expect(try eventually(seconds: 30) { try session.screen().contains("无人机电量低于20%") }, "no alert:\n\(session.snapshot)")

        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: false) }
        try session.send("a")
        #expect(try eventually(seconds: 3) { try session.screen().range(of: #"ack \d+s left"#, options: .regularExpression) != nil },
                "the acknowledgement shows no countdown:\n\(session.snapshot)")
        Thread.sleep(forTimeInterval: 3)
        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: true) }
        #expect(try eventually(seconds: 20) { try session.screen().contains("acked") },
                "the acknowledgement never came back from Kafka:\n\(session.snapshot)")

        let acknowledgements = try TopicSnapshot.events(properties: properties.withDefaults(EmbeddedCluster.consumerTuning),
                                                        topic: Topic.alertEvents.rawValue).filter { $0.type == .alertAcknowledged }
        #expect(acknowledgements.count == 1, "acknowledged \(acknowledgements.count) times")
        print("ack during outage: sent 1, delivered \(acknowledgements.count), failed 0, duplicated \(max(0, acknowledgements.count - 1))")
        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("EXITED-0") })
    }
}
