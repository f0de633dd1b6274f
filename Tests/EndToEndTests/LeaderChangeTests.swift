import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// A partition loses its leader while a fleet is flying: the console names it, keeps reading the others,
/// follows the new leader when one is elected, and loses nothing.
@Suite("A partition without a leader, then a new leader", .serialized)
struct LeaderChangeTests {
    @Test("the offline partition is named on the status line, the others keep flowing, and verify finds nothing lost")
    func offlineThenNewLeader() throws {
        let cluster = try EmbeddedCluster(brokers: 3)
        try cluster.createSystemTopics(partitions: 4)
        let bootstrap = cluster.bootstrapServers
        let flightdeck = try Executable.flightdeck
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fd-leader-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stateFile = directory.appendingPathComponent("fleet.json").path

        let session = try TmuxSession(command: "\(flightdeck) console --brokers \(bootstrap) --from beginning --save-state \(stateFile)")
        defer { session.kill() }
        #expect(try eventually(seconds: 30) { try session.screen().contains("broker up") }, "console not connected:\n\(session.snapshot)")
        let simulation = Background {
            try ChildProcess.run(flightdeck, ["simulate", "--brokers", bootstrap, "--drones", "100", "--rate", "400", "--duration", "14"])
        }
        Thread.sleep(forTimeInterval: 2)
        cluster.setLeader(topic: Topic.droneEvents.rawValue, partition: 1, broker: -1)
        let named = try eventually(seconds: 15) { try session.screen().contains("offline drone-events[1]") }
        #expect(named, "the offline partition is not named:\n\(session.snapshot)")
        let totalWhileOffline = FaultyRunVerifyTests.total(on: session.snapshot) ?? 0
        let othersFlow = try eventually(seconds: 10) { (FaultyRunVerifyTests.total(on: try session.screen()) ?? 0) > totalWhileOffline + 200 }
        #expect(othersFlow, "nothing read while one partition was offline:\n\(session.snapshot)")

        cluster.setLeader(topic: Topic.droneEvents.rawValue, partition: 1, broker: 2)
        let cleared = try eventually(seconds: 15) { !(try session.screen().contains("offline drone-events")) }
        #expect(cleared, "the partition is still shown offline under its new leader:\n\(session.snapshot)")

        let simulated = try #require(try simulation.result(waitingUpTo: 60), "simulate did not finish")
        #expect(simulated.status == 0, "simulate failed:\n\(simulated.errorText)")
        let produced = try FaultyRunVerifyTests.messagesOnAllTopics(bootstrap)
        #expect(try eventually(seconds: 60) { FaultyRunVerifyTests.total(on: try session.screen()) == produced },
                "console total never reached \(produced):\n\(session.snapshot)")
        try session.send("q")
        #expect(try eventually(seconds: 20) { try session.screen().contains("EXITED-0") }, "console did not exit:\n\(session.snapshot)")

        let verified = try ChildProcess.run(flightdeck, ["verify", "--brokers", bootstrap, stateFile])
        #expect(verified.status == 0, "verify found differences:\n\(verified.outputText)\(verified.errorText)")
        print("leader change: produced \(produced) messages\n\(verified.outputText)")
    }
}
