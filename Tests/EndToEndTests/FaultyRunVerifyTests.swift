import Foundation
import Testing

/// A console watches a simulated fleet while every broker goes down and comes back and partitions change
/// leader; then `flightdeck verify` rebuilds the fleet from the topics and must find the same state.
@Suite("Nothing lost over a faulty run, shown by verify", .serialized)
struct FaultyRunVerifyTests {
    static let drones = 500
    /// Seconds every broker stays down: short in CI; `FLIGHTDECK_OUTAGE_SECONDS=30` runs the issue's full outage.
    static let outageSeconds = ProcessInfo.processInfo.environment["FLIGHTDECK_OUTAGE_SECONDS"].flatMap(Double.init) ?? 5

    @Test("20,000 events over 500 drones, all brokers down and up, a leader change: the live state equals the rebuilt one")
    func liveEqualsRebuilt() throws {
        let run = try WatchedCluster(name: "verify", consoleArguments: ["--stale-after", "2"])
        defer { run.close() }
        #expect(try eventually(seconds: 30) { try run.console.screen().contains("broker up") }, "console not connected:\n\(run.console.snapshot)")

        let simulation = run.simulate(drones: Self.drones, rate: 1500, seconds: 8 + Int(Self.outageSeconds))
        Thread.sleep(forTimeInterval: 3)
        let outageStarted = Date()
        run.setAllBrokers(up: false)
        let sawDown = try eventually(seconds: 10) { try run.console.screen().contains("broker down") }
        let secondsToDown = Date().timeIntervalSince(outageStarted)
        #expect(sawDown, "the console never said the brokers were down:\n\(run.console.snapshot)")
        #expect(try eventually(seconds: 8) { try run.console.screen().contains("no kafka ") },
                "drones fresh at the outage are not counted as unheard:\n\(run.console.snapshot)")
        Thread.sleep(forTimeInterval: max(0, Self.outageSeconds - Date().timeIntervalSince(outageStarted)))
        run.setAllBrokers(up: true)
        Thread.sleep(forTimeInterval: 2)
        for partition in 0..<WatchedCluster.partitions {
            run.cluster.setLeader(topic: "drone-events", partition: partition, broker: partition % 3 + 1)
        }

        let (produced, simulated) = try run.finish(simulation)
        #expect(produced >= 18_000, "only \(produced) messages produced")
        let verified = try run.quitAndVerify()
        #expect(verified.status == 0, "verify found differences:\n\(verified.outputText)\(verified.errorText)")
        #expect(verified.outputText.contains("identical"))
        #expect(verified.outputText.contains("\(Self.drones) drones"))
        print("faulty run: \(Self.outageSeconds) s outage; produced \(produced) messages; brokers down shown after \(String(format: "%.1f", secondsToDown)) s\n"
              + "simulate: \(simulated.errorText.split(separator: "\n").last ?? "")\n\(verified.outputText)")

        let tampered = try run.tamperedState()
        let caught = try run.verify(tampered.path)
        #expect(caught.status == 1, "verify accepted a state with a changed battery:\n\(caught.outputText)")
        #expect(caught.outputText.contains("drone \(tampered.droneID): battery live"), "\(caught.outputText)")
    }
}
