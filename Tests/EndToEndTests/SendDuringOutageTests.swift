import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// `flightdeck send` while every broker of the cluster is down: the cluster lives in this test process, the
/// command runs as the operator runs it.
@Suite("Send during a broker outage")
struct SendDuringOutageTests {
    func holdsFor(_ droneID: String, in cluster: EmbeddedCluster) throws -> [DroneCommand] {
        try TopicSnapshot.events(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers])
            .withDefaults(EmbeddedCluster.consumerTuning), topic: Topic.droneCommands.rawValue)
            .compactMap { event in
                guard event.type == .commandIssued, case .command(let command) = event.payload, command.droneID == droneID else { return nil }
                return command
            }
    }

    @Test("send exits non-zero after --timeout saying why, and the command never arrives once the brokers return")
    func sendTimesOutAndNothingArrivesLater() throws {
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 2)
        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: false) }
        let send = ["send", "--brokers", cluster.bootstrapServers, "--drone", "7", "hold", "--timeout", "2"]
        let started = Date()
        let failed = try ChildProcess.run(try Executable.flightdeck, send)
        let elapsed = Date().timeIntervalSince(started)
        #expect(failed.status != 0)
        #expect(elapsed >= 2 && elapsed < 10, "exits after its --timeout, not before and not much later: \(elapsed) s")
        #expect(failed.errorText.contains("not delivered") && failed.errorText.contains("Message timed out"), "\(failed.errorText)")

        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: true) }
        Thread.sleep(forTimeInterval: 3)
        #expect(try holdsFor("drone-007", in: cluster).isEmpty, "the timed-out command must not be delivered later")

        // The same command with the brokers back goes through, once: the topic check above can see a hold.
        let delivered = try ChildProcess.run(try Executable.flightdeck, send)
        #expect(delivered.status == 0, "\(delivered.errorText)")
        #expect(try holdsFor("drone-007", in: cluster).count == 1)
        print("send during outage: sent 2, delivered 1, failed 1 (exit \(failed.status) after \(String(format: "%.1f", elapsed)) s), duplicated 0")
    }
}
