import Foundation
import Testing

/// Brokers that answer slowly must not slow the screen: nothing on the UI thread waits on Kafka.
@Suite("A slow broker", .serialized)
struct SlowBrokerTests {
    @Test("at 500 ms per request the fleet fills; at 5 s per request every key is still answered within 2 s")
    func keysStayResponsive() throws {
        let run = try WatchedCluster(name: "slow", consoleArguments: ["--operator", "slow-ops"])
        defer { run.close() }
        let slow = { (milliseconds: Int32) in
            for broker in 1...run.cluster.brokerCount { run.cluster.setRoundTripTime(broker: broker, milliseconds: milliseconds) }
        }
        slow(500)
        let session = run.console
        let simulation = run.simulate(drones: 20, rate: 100, seconds: 25)
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
