@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Synchronization
import Testing

@Suite("The drone side's command listener", .serialized)
struct CommandListenerTests {
    @Test("a command Kafka holds twice (same event id) is handled once; a new command with the same content is handled again")
    func secondCopyIsIgnored() throws {
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 1)
        let properties = KafkaProperties(["bootstrap.servers": cluster.bootstrapServers])
        let handled = Mutex<[String]>([])
        let listener = try CommandListener.start(properties: properties.withDefaults(EmbeddedCluster.consumerTuning)) { command in
            handled.withLock { $0.append(command.commandID) }
        }
        defer { listener.stop() }
        let producer = try Producer(properties: properties.withDefaults(EmbeddedCluster.producerTuning))
        let command = DroneCommand(commandID: "c-1", droneID: "drone-001", command: .hold, operatorName: "ops")
        let issued = OperatorEvents.commandIssued(command, id: "event-1", at: Timestamp(millisecondsSinceEpoch: 1_754_216_000_000))
        Thread.sleep(forTimeInterval: 1)
        try producer.send(issued)
        try producer.send(issued)
        var again = OperatorEvents.commandIssued(command, id: "event-2", at: Timestamp(millisecondsSinceEpoch: 1_754_216_001_000))
        again.source = "retry"
        try producer.send(again)
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        let deadline = Date().addingTimeInterval(10)
        while handled.withLock({ $0.count }) < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(handled.withLock { $0 } == ["c-1", "c-1"], "the copy of event-1 is ignored, event-2 is handled")
    }
}
