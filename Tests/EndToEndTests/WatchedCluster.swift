import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// An embedded cluster in the test process, so the test can break it, watched by a real console in tmux that
/// saves its state for `flightdeck verify`, with `flightdeck simulate` as the fleet.
struct WatchedCluster {
    static let partitions: Int32 = 4

    let cluster: EmbeddedCluster
    let flightdeck: String
    let console: TmuxSession
    let stateFile: String
    private let directory: URL

    init(name: String, consoleArguments: [String] = []) throws {
        cluster = try EmbeddedCluster(brokers: 3)
        try cluster.createSystemTopics(partitions: Self.partitions)
        flightdeck = try Executable.flightdeck
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fd-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        stateFile = directory.appendingPathComponent("fleet.json").path
        let arguments = ["console", "--brokers", cluster.bootstrapServers, "--from", "beginning", "--save-state", stateFile]
            + consoleArguments
        console = try TmuxSession(command: ([flightdeck] + arguments).joined(separator: " "))
    }

    var bootstrap: String { cluster.bootstrapServers }

    /// Ends the console and removes the state files.
    func close() {
        console.kill()
        try? FileManager.default.removeItem(at: directory)
    }

    func setAllBrokers(up: Bool) {
        for broker in 1...cluster.brokerCount { cluster.setBroker(broker, up: up) }
    }

    /// `flightdeck simulate` on its own thread for `seconds`.
    func simulate(drones: Int, rate: Int, seconds: Int) -> Background<ProcessResult> {
        let arguments = ["simulate", "--brokers", bootstrap, "--drones", "\(drones)", "--rate", "\(rate)", "--duration", "\(seconds)"]
        return Background { [flightdeck] in try ChildProcess.run(flightdeck, arguments) }
    }

    /// The sum of every topic's end offsets: each message ever produced, the console's own audit events included.
    func messagesProduced() throws -> Int {
        let consumer = try Consumer(properties: KafkaProperties(["bootstrap.servers": bootstrap]))
        var total: Int64 = 0
        for topic in Topic.allCases {
            for partition in 0..<Self.partitions {
                total += try consumer.watermarks(topic: topic.rawValue, partition: partition).high
            }
        }
        return Int(total)
    }

    /// The console's "total N" on its status line, as a number.
    func consoleTotal() -> Int? {
        let screen = console.snapshot
        guard let range = screen.range(of: #"total [\d,]+"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("total ".count).replacingOccurrences(of: ",", with: ""))
    }

    /// Waits for the simulation to end, then for the console to have read everything produced; returns that count.
    func finish(_ simulation: Background<ProcessResult>) throws -> (produced: Int, simulator: ProcessResult) {
        let simulated = try #require(try simulation.result(waitingUpTo: 60), "simulate did not finish")
        #expect(simulated.status == 0, "simulate failed:\n\(simulated.errorText)")
        let produced = try messagesProduced()
        #expect(eventually(seconds: 90) { consoleTotal() == produced }, "console total never reached \(produced):\n\(console.snapshot)")
        return (produced, simulated)
    }

    /// Quits the console, which writes its state, and runs `flightdeck verify` on that state.
    func quitAndVerify() throws -> ProcessResult {
        try console.send("q")
        #expect(try eventually(seconds: 20) { try console.screen().contains("EXITED-0") }, "console did not exit:\n\(console.snapshot)")
        return try verify(stateFile)
    }

    func verify(_ file: String) throws -> ProcessResult {
        try ChildProcess.run(flightdeck, ["verify", "--brokers", bootstrap, file])
    }

    /// A copy of the saved state with the first drone's battery changed; returns its path and that drone's id.
    func tamperedState() throws -> (path: String, droneID: String) {
        var state = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stateFile))) as? [String: Any])
        var drones = try #require(state["drones"] as? [[String: Any]])
        drones[0]["battery"] = ((drones[0]["battery"] as? Double) ?? 50) + 1
        state["drones"] = drones
        let copy = directory.appendingPathComponent("tampered.json").path
        try JSONSerialization.data(withJSONObject: state).write(to: URL(fileURLWithPath: copy))
        return (copy, try #require(drones[0]["id"] as? String))
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
