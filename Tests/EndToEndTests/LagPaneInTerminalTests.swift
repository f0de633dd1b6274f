import Foundation
import Testing

@Suite("The lag pane and metrics of the running demo", .serialized)
struct LagPaneInTerminalTests {
    @Test("pane 4 shows the cluster's health and each watched group's verdict; /metrics counts what the console read")
    func lagPaneAndMetrics() throws {
        let port = Int.random(in: 20_000...60_000)
        let session = try TmuxSession(command: "\(try Executable.flightdeck) demo --rate 400 --metrics-listen 127.0.0.1:\(port)", width: 140)
        defer { session.kill() }
        #expect(try eventually(seconds: 20) { try session.screen().contains("DRONE") }, "the console did not start:\n\(session.snapshot)")
        try session.send("4")
        let shown = try eventually(seconds: 40) {
            let screen = try session.screen()
            return screen.contains("cluster: 3/3 brokers up, all partitions led") && screen.contains("alert-service")
                && screen.contains("flightdeck (this console)")
        }
        #expect(shown, "no health line or groups in the lag pane:\n\(session.snapshot)")
        let groupRow = try session.screen().split(separator: "\n").first { $0.hasPrefix("alert-service") }
        #expect(groupRow?.contains(" OK ") == true, "alert-service has no verdict: \(String(describing: groupRow))")

        let curl = try Executable.tool("curl")
        var scrape = (status: Int32(0), output: "")
        // The reader's own lag appears once it has a position in its partitions.
        let gauged = try eventually(seconds: 20) {
            scrape = try Executable.run(curl, ["-sS", "--max-time", "5", "http://127.0.0.1:\(port)/metrics"])
            return scrape.output.contains("kafka_consumer_lag{group=\"flightdeck (this console)\"")
        }
        #expect(scrape.status == 0)
        #expect(gauged, "no lag gauge for the console's reader:\n\(scrape.output.prefix(2000))")
        let consumed = scrape.output.split(separator: "\n").filter { $0.hasPrefix("kafka_events_consumed_total{") }
        let published = scrape.output.split(separator: "\n").filter { $0.hasPrefix("kafka_events_published_total{") }
        #expect(!consumed.isEmpty && !published.isEmpty, "no event counters:\n\(scrape.output.prefix(2000))")

        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("EXITED-0") }, "q did not quit cleanly:\n\(session.snapshot)")
    }
}
