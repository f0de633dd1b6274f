import ArgumentParser
@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("flightdeck verify", .serialized)
struct VerifyCommandTests {
    func stateFile(_ snapshot: FleetSnapshot) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fd-verify-\(UUID().uuidString).json").path
        try StateFile.write(snapshot, to: path)
        return path
    }

    @Test("a state written with --save-state reads back as it was written")
    func stateFileRoundTrip() throws {
        var fleet = FleetState()
        fleet.apply(Event(id: "e1", type: .droneTelemetry, source: "t", timestamp: Timestamp(millisecondsSinceEpoch: 1_754_216_000_000),
                          payload: .telemetry(DroneTelemetry(droneID: "drone-7", battery: 42, location: GeoPoint(latitude: 22.5, longitude: 114.1)))))
        var consumed = ConsumedRanges()
        consumed.record(topic: "drone-events", partition: 2, offset: 0)
        let snapshot = FleetSnapshot(fleet: fleet, consumed: consumed)
        let path = try stateFile(snapshot)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try StateFile.read(from: path) == snapshot)
    }

    @Test("when the messages the console read cannot be read again, verify says which and fails instead of comparing")
    func unreadPartitionsFail() throws {
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 1)
        let consumed = ConsumedRanges([ConsumedRanges.Range(topic: "drone-events", partition: 0, first: 0, next: 5)])
        let path = try stateFile(FleetSnapshot(fleet: FleetState(), consumed: consumed))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let verify = try Verify.parse(["--brokers", cluster.bootstrapServers, "--timeout", "1", path])
        #expect(throws: ExitCode.failure) { try verify.run() }
    }

    @Test("a file that is not a saved state is refused with its name")
    func notAStateFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fd-not-state-\(UUID().uuidString).json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try StateFile.read(from: path) } throws: { error in
            "\(error)".contains("\(path) is not a state file written by --save-state")
        }
    }
}
