@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("Replay on the embedded cluster", .serialized)
struct ReplayTests {
    static func zoneFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zones-\(UUID().uuidString).yaml").path
        try ProcessingCluster.zoneYAML.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("--from a time replays only what was published after it, through the rules, into the output topic")
    func fromATimeIntoAnOutputTopic() throws {
        let traffic = try ProcessingCluster()
        try traffic.fly("drone-001", from: 0, through: 60)
        Thread.sleep(forTimeInterval: 0.05)
        let mark = Clock.now()
        Thread.sleep(forTimeInterval: 0.05)
        try traffic.fly("drone-002", from: 0, through: 60)
        let zones = try Self.zoneFile()
        defer { try? FileManager.default.removeItem(atPath: zones) }

        try Replay.parse(["--brokers", traffic.cluster.bootstrapServers, "--from", mark.iso8601,
                          "--output-topic", "replayed-alerts", "--zones", zones]).run()

        let replayed = try traffic.events(on: "replayed-alerts")
        #expect(replayed.map(\.type) == [.alertCreated, .alertResolved])
        #expect(replayed.allSatisfy { $0.alertUpdate?.droneID == "drone-002" }, "drone-001 flew before --from")
        #expect(replayed.first?.alertUpdate?.alertType == "no_fly_zone_violation")
        #expect(try traffic.events(on: Topic.alertEvents.rawValue).isEmpty, "a replay leaves the live alert topic alone")
    }

    @Test("--drone and --to narrow the replay")
    func droneAndEnd() throws {
        let traffic = try ProcessingCluster()
        try traffic.fly("drone-001", from: 0, through: 60)
        try traffic.fly("drone-002", from: 0, through: 60)
        let zones = try Self.zoneFile()
        defer { try? FileManager.default.removeItem(atPath: zones) }

        try Replay.parse(["--brokers", traffic.cluster.bootstrapServers, "--from", "beginning", "--drone", "2",
                          "--output-topic", "one-drone", "--zones", zones]).run()
        let oneDrone = try traffic.events(on: "one-drone")
        #expect(oneDrone.map(\.type) == [.alertCreated, .alertResolved])
        #expect(oneDrone.allSatisfy { $0.alertUpdate?.droneID == "drone-002" })

        // Up to second 25: both drones are inside the zone by then and neither has left it.
        let end = traffic.base.adding(milliseconds: 25_000)
        try Replay.parse(["--brokers", traffic.cluster.bootstrapServers, "--from", "beginning", "--to", end.iso8601,
                          "--output-topic", "until-25s", "--zones", zones]).run()
        let untilEnd = try traffic.events(on: "until-25s")
        #expect(untilEnd.map(\.type) == [.alertCreated, .alertCreated])
        #expect(Set(untilEnd.compactMap { $0.alertUpdate?.droneID }) == ["drone-001", "drone-002"])
    }

    @Test("--from and --to take durations back from now, which start with a dash")
    func dashedDurations() throws {
        let replay = try Replay.parse(["--brokers", "127.0.0.1:1", "--from", "-15m", "--to", "-5m"])
        #expect(replay.from == "-15m")
        #expect(replay.to == "-5m")
    }

    @Test("speeds read as max or a multiple")
    func speeds() {
        #expect(ReplaySpeed(argument: "max") == .max)
        #expect(ReplaySpeed(argument: "10x") == .factor(10))
        #expect(ReplaySpeed(argument: "0.5") == .factor(0.5))
        #expect(ReplaySpeed(argument: "0x") == nil)
        #expect(ReplaySpeed(argument: "fast") == nil)
    }
}
