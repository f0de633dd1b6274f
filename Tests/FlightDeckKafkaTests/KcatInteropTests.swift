import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// An independent Kafka client across the wire: kcat must read what FlightDeck writes and the other way round.
@Suite("Interoperability with kcat")
struct KcatInteropTests {
    static let seedMessages = [
        #"{"id": "550e8400-e29b-41d4-a716-446655440000", "type": "drone.status.changed", "source": "drone-control-service", "timestamp": "2025-08-03T10:30:00Z", "data": {"drone_id": "drone-007", "old_status": "idle", "new_status": "flying", "location": {"latitude": 22.5431, "longitude": 114.0579, "altitude": 120.5}, "battery": 85.5}}"#,
        #"{"id": "7d1f9a3e-2b4c-4e8f-9a6d-3c5b7e9f1a2b", "type": "task.progress", "source": "task-service", "timestamp": "2025-08-03T10:31:00.250Z", "data": {"task_id": "task-42", "drone_id": "drone-007", "progress": 37.5, "current_step": "巡检点位3", "estimated_completion": "2025-08-03T10:45:00Z"}}"#,
        #"{"id": "a3c9e1f0-5d7b-4a2e-8c6f-1b3d5e7f9a0c", "type": "alert.created", "source": "alert-service", "timestamp": "2025-08-03T10:32:00Z", "data": {"alert_id": "alert-9", "type": "battery_low", "level": "warning", "message": "无人机电量低于20%", "drone_id": "drone-007", "auto_action": "return_to_base"}}"#,
    ]

    @Test("events kcat produces in the seed's format decode in FlightDeck")
    func kcatProducesFlightDeckReads() throws {
        let cluster = try TestCluster(partitions: 1)
        let input = Self.seedMessages.map { "drone-007|" + $0 }.joined(separator: "\n") + "\n"
        let produced = try Kcat.run(["-b", cluster.bootstrap, "-P", "-t", Topic.droneEvents.rawValue, "-K", "|"], input: input)
        #expect(produced.status == 0, "kcat -P failed: \(produced.errorText)")

        let consumer = try cluster.consumer()
        try consumer.assign(topics: [Topic.droneEvents.rawValue], from: .beginning)
        let batch = cluster.read(3, from: consumer)
        #expect(batch.failures.isEmpty, "\(batch.failures)")
        #expect(batch.events.map(\.type) == [.droneStatusChanged, .taskProgress, .alertCreated])
        guard batch.events.count == 3,
              case .droneStatus(let status) = batch.events[0].payload,
              case .task(let task) = batch.events[1].payload,
              case .alert(let alert) = batch.events[2].payload else {
            Issue.record("unexpected events: \(batch.events)")
            return
        }
        #expect(status.newStatus == .flying && status.location?.altitude == 120.5 && status.battery == 85.5)
        #expect(task.currentStep == "巡检点位3" && task.progress == 37.5)
        #expect(alert.message == "无人机电量低于20%" && alert.autoAction == "return_to_base")
        #expect(batch.events.map { String(decoding: $0.raw ?? [], as: UTF8.self) } == Self.seedMessages)
    }

    @Test("what FlightDeck produces kcat reads back byte for byte, keyed by drone id")
    func flightDeckProducesKcatReads() throws {
        let cluster = try TestCluster(partitions: 1)
        let producer = try cluster.producer()
        let events = SampleEvents.telemetry(drones: 3, perDrone: 2) + [Event(
            id: "cmd-1", type: .commandIssued, source: "flightdeck", timestamp: SampleEvents.start,
            payload: .command(DroneCommand(commandID: "c-1", droneID: "drone-001", command: .returnToBase, operatorName: "李工")))]
        events.forEach { try? producer.send($0) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        var expected: [String] = []
        for topic in [Topic.droneEvents, Topic.droneCommands] {
            let read = try Kcat.run(["-b", cluster.bootstrap, "-C", "-t", topic.rawValue, "-o", "beginning", "-e", "-q",
                                     "-X", "fetch.wait.max.ms=5", "-f", "%k\t%s\n"], input: nil)
            #expect(read.status == 0, "kcat -C failed: \(read.errorText)")
            expected += read.outputText.split(separator: "\n").map(String.init)
        }
        let written = events.map { "\($0.droneID ?? "")\t" + String(decoding: EventEncoder.encode($0), as: UTF8.self) }
        #expect(expected.sorted() == written.sorted())
    }
}

enum Kcat {
    static func run(_ arguments: [String], input: String?) throws -> ProcessResult {
        guard let path = ["/usr/bin/kcat", "/usr/local/bin/kcat", "/usr/bin/kafkacat"].first(where: FileManager.default.isExecutableFile) else {
            throw KcatMissing()
        }
        return try ChildProcess.run(path, arguments, input: input)
    }

    struct KcatMissing: Error, CustomStringConvertible {
        var description: String { "kcat is not installed: apt-get install kcat" }
    }
}
