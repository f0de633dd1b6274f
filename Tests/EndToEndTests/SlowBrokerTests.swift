import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// Brokers that answer slowly must not slow the screen: nothing on the UI thread waits on Kafka.
@Suite("A slow broker", .serialized)
struct SlowBrokerTests {
    @Test("at 500 ms per request the fleet fills; at 5 s per request every key is still answered within 2 s")
    func keysStayResponsive() throws {
        let cluster = try EmbeddedCluster(brokers: 3)
        try cluster.createSystemTopics(partitions: 2)
        let slow = { (milliseconds: Int32) in
            for broker in 1...cluster.brokerCount { cluster.setRoundTripTime(broker: broker, milliseconds: milliseconds) }
        }
        slow(500)
        let bootstrap = cluster.bootstrapServers
        let flightdeck = try Executable.flightdeck
        let session = try TmuxSession(command: "\(flightdeck) console --brokers \(bootstrap) --from beginning --operator slow-ops")
        defer { session.kill() }
        let simulation = Background {
            try ChildProcess.run(flightdeck, ["simulate", "--brokers", bootstrap, "--drones", "20", "--rate", "100", "--duration", "25"])
        }
        #expect(try eventually(seconds: 40) { try session.screen().contains("drone-020") }, "the fleet never filled:\n\(session.snapshot)")

        slow(5_000)
        for _ in 1...4 {
            try session.send("?")
            #expect(try eventually(seconds: 2) { try session.screen().contains("show or hide this help") }, "help did not open:\n\(session.snapshot)")
            try session.send("Escape")
            #expect(try eventually(seconds: 2) { !(try session.screen().contains("show or hide this help")) }, "help did not close")
        }
        try session.send("2")
        #expect(try eventually(seconds: 2) { try session.screen().contains("PROGRESS") }, "tasks pane did not open:\n\(session.snapshot)")
        try session.send("1")
        try session.send("l")
        #expect(try eventually(seconds: 2) { try session.screen().contains("yes, send it") }, "no confirmation for land:\n\(session.snapshot)")
        try session.send("y")
        #expect(try eventually(seconds: 2) { try session.screen().contains("pending") }, "the command is not shown pending:\n\(session.snapshot)")
        try session.send("?")
        #expect(try eventually(seconds: 2) { try session.screen().contains("show or hide this help") }, "keys stopped after a command:\n\(session.snapshot)")
        try session.send("Escape")

        slow(0)
        try session.send("q")
        #expect(try eventually(seconds: 30) { try session.screen().contains("EXITED-0") }, "console did not exit:\n\(session.snapshot)")
        _ = try simulation.result(waitingUpTo: 60)
    }
}
