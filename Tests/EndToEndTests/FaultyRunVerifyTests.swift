import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// A console watches a simulated fleet while every broker goes down and comes back and partitions change
/// leader; then `flightdeck verify` rebuilds the fleet from the topics and must find the same state.
@Suite("Nothing lost over a faulty run, shown by verify", .serialized)
struct FaultyRunVerifyTests {
    static let drones = 500

    @Test("20,000 events over 500 drones, all brokers down and up, a leader change: the live state equals the rebuilt one")
    func liveEqualsRebuilt() throws {
        let cluster = try EmbeddedCluster(brokers: 3)
        try cluster.createSystemTopics(partitions: 4)
        let bootstrap = cluster.bootstrapServers
        let flightdeck = try Executable.flightdeck
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fd-verify-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stateFile = directory.appendingPathComponent("fleet.json").path

        let session = try TmuxSession(command: "\(flightdeck) console --brokers \(bootstrap) --from beginning --save-state \(stateFile) --operator verify-run")
        defer { session.kill() }
        #expect(try eventually(seconds: 30) { try session.screen().contains("broker up") }, "console not connected:\n\(session.snapshot)")

        let simulation = Background {
            try ChildProcess.run(flightdeck, ["simulate", "--brokers", bootstrap, "--drones", "\(Self.drones)", "--rate", "1500", "--duration", "13"])
        }
        Thread.sleep(forTimeInterval: 3)
        let outageStarted = Date()
        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: false) }
        let sawDown = try eventually(seconds: 10) { try session.screen().contains("broker down") }
        let secondsToDown = Date().timeIntervalSince(outageStarted)
        #expect(sawDown, "the console never said the brokers were down:\n\(session.snapshot)")
        Thread.sleep(forTimeInterval: max(0, 5 - secondsToDown))
        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: true) }
        Thread.sleep(forTimeInterval: 2)
        for partition: Int32 in 0..<4 {
            cluster.setLeader(topic: Topic.droneEvents.rawValue, partition: partition, broker: partition % 3 + 1)
        }

        let simulated = try #require(try simulation.result(waitingUpTo: 60), "simulate did not finish")
        #expect(simulated.status == 0, "simulate failed:\n\(simulated.errorText)")
        let produced = try Self.messagesOnAllTopics(bootstrap)
        #expect(produced >= 18_000, "only \(produced) messages produced")

        let caughtUp = try eventually(seconds: 90) { try Self.total(on: session.screen()) == produced }
        #expect(caughtUp, "console total never reached \(produced):\n\(session.snapshot)")
        try session.send("q")
        #expect(try eventually(seconds: 20) { try session.screen().contains("EXITED-0") }, "console did not exit:\n\(session.snapshot)")

        let verified = try ChildProcess.run(flightdeck, ["verify", "--brokers", bootstrap, stateFile])
        #expect(verified.status == 0, "verify found differences:\n\(verified.outputText)\(verified.errorText)")
        #expect(verified.outputText.contains("identical"))
        #expect(verified.outputText.contains("\(Self.drones) drones"))
        print("faulty run: produced \(produced) messages; brokers down shown after \(String(format: "%.1f", secondsToDown)) s\n"
              + "simulate: \(simulated.errorText.split(separator: "\n").last ?? "")\n\(verified.outputText)")

        let tampered = directory.appendingPathComponent("tampered.json").path
        let droneID = try Self.tamper(stateFile, into: tampered)
        let caught = try ChildProcess.run(flightdeck, ["verify", "--brokers", bootstrap, tampered])
        #expect(caught.status == 1, "verify accepted a state with a changed battery:\n\(caught.outputText)")
        #expect(caught.outputText.contains("drone \(droneID): battery live"), "\(caught.outputText)")
    }

    /// The sum of every topic's end offsets: each message ever produced, the console's own audit events included.
    static func messagesOnAllTopics(_ bootstrap: String) throws -> Int {
        let consumer = try Consumer(properties: KafkaProperties(["bootstrap.servers": bootstrap]))
        var total: Int64 = 0
        for topic in Topic.allCases {
            for partition: Int32 in 0..<4 {
                total += try consumer.watermarks(topic: topic.rawValue, partition: partition).high
            }
        }
        return Int(total)
    }

    /// The status line's "total N", as a number.
    static func total(on screen: String) -> Int? {
        guard let range = screen.range(of: #"total [\d,]+"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("total ".count).replacingOccurrences(of: ",", with: ""))
    }

    /// Writes a copy of the state file with the first drone's battery changed; returns that drone's id.
    static func tamper(_ path: String, into copy: String) throws -> String {
        var state = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var drones = try #require(state["drones"] as? [[String: Any]])
        drones[0]["battery"] = ((drones[0]["battery"] as? Double) ?? 50) + 1
        state["drones"] = drones
        try JSONSerialization.data(withJSONObject: state).write(to: URL(fileURLWithPath: copy))
        return try #require(drones[0]["id"] as? String)
    }
}

/// Runs a blocking call on its own thread and hands its result back.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: Result<Value, any Error>?

    init(_ body: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            let result = Result { try body() }
            condition.withLock {
                outcome = result
                condition.broadcast()
            }
        }
    }

    /// The value, or nil when the call is still running after `seconds`; rethrows what the call threw.
    func result(waitingUpTo seconds: Double) throws -> Value? {
        let deadline = Date().addingTimeInterval(seconds)
        return try condition.withLock {
            while outcome == nil, condition.wait(until: deadline) {}
            return try outcome?.get()
        }
    }
}
