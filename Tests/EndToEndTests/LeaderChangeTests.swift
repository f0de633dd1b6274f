import Foundation
import Testing

/// A partition loses its leader while a fleet is flying: the console names it, keeps reading the others,
/// follows the new leader when one is elected, and loses nothing.
@Suite("A partition without a leader, then a new leader", .serialized)
struct LeaderChangeTests {
    @Test("the offline partition is named on the status line, the others keep flowing, and verify finds nothing lost")
    func offlineThenNewLeader() throws {
        let run = try WatchedCluster(name: "leader")
        defer { run.close() }
        let console = run.console
        #expect(try eventually(seconds: 30) { try console.screen().contains("broker up") }, "console not connected:\n\(console.snapshot)")
        let simulation = run.simulate(drones: 100, rate: 400, seconds: 14)
        Thread.sleep(forTimeInterval: 2)

        run.cluster.setLeader(topic: "drone-events", partition: 1, broker: -1)
        #expect(try eventually(seconds: 15) { try console.screen().contains("offline drone-events[1]") },
                "the offline partition is not named:\n\(console.snapshot)")
        let totalWhileOffline = run.consoleTotal() ?? 0
        #expect(eventually(seconds: 10) { (run.consoleTotal() ?? 0) > totalWhileOffline + 200 },
                "nothing read while one partition was offline:\n\(console.snapshot)")

        run.cluster.setLeader(topic: "drone-events", partition: 1, broker: 2)
        #expect(try eventually(seconds: 15) { !(try console.screen().contains("offline drone-events")) },
                "the partition is still shown offline under its new leader:\n\(console.snapshot)")

        let (produced, _) = try run.finish(simulation)
        let verified = try run.quitAndVerify()
        #expect(verified.status == 0, "verify found differences:\n\(verified.outputText)\(verified.errorText)")
        print("leader change: produced \(produced) messages\n\(verified.outputText)")
    }
}
