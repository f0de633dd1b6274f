import Foundation
import ProcessSupport
import Testing

/// `flightdeck process` and `flightdeck replay` as an operator runs them, against a headless demo's cluster.
@Suite("Stream processing commands")
struct ProcessingCommandTests {
    @Test("process reads the demo's traffic in its own group and reports progress; replay prints one drone's history as JSON lines")
    func processAndReplay() throws {
        let demo = try ChildProcess(path: try Executable.flightdeck, arguments: ["demo", "--headless", "--drones", "10", "--rate", "100"])
        defer {
            demo.terminate()
            demo.wait()
        }
        let firstLine = demo.readLine() ?? ""
        let bootstrap = try #require(firstLine.split(separator: " ").last.map(String.init), "no bootstrap line: \(firstLine)")
        Thread.sleep(forTimeInterval: 3)

        let process = try ChildProcess.run(try Executable.flightdeck, [
            "process", "--brokers", bootstrap, "--group", "e2e-process", "--duration", "6",
            "-X", "session.timeout.ms=6000", "-X", "fetch.wait.max.ms=5",
        ])
        #expect(process.status == 0, "\(process.errorText)")
        let progress = process.errorText.split(separator: "\n").filter { $0.hasPrefix("process: ") && $0.contains(" events (") }
        #expect(!progress.isEmpty, "no progress line:\n\(process.errorText)")
        let events = progress.last.flatMap { line in line.split(separator: " ").dropFirst(2).first.flatMap { Int($0) } } ?? 0
        #expect(events > 100, "the service read only \(events) events:\n\(process.errorText)")

        let replay = try ChildProcess.run(try Executable.flightdeck, [
            "replay", "--brokers", bootstrap, "--from", "-1m", "--topic", "drone-events", "--drone", "3",
        ])
        #expect(replay.status == 0, "\(replay.errorText)")
        let lines = replay.outputText.split(separator: "\n")
        #expect(lines.count > 5, "replay printed \(lines.count) lines")
        for line in lines {
            let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let data = json?["data"] as? [String: Any]
            #expect(data?["drone_id"] as? String == "drone-003", "not drone-003: \(line)")
        }
        #expect(replay.errorText.contains("100%"), "no finished progress bar:\n\(replay.errorText)")
    }
}
