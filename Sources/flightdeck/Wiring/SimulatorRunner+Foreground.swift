import FlightDeckKafka
import Foundation

extension SimulatorRunner {
    /// Keeps the simulation going until Ctrl-C, SIGTERM or `duration` seconds, printing progress to stderr
    /// every five seconds; then stops it and waits for the last delivery reports.
    /// Returns whether every message was delivered.
    func runInForeground(duration: Double?, producer: Producer) -> Bool {
        let interrupt = InterruptSignal()
        let started = Date()
        var nextReport = started.addingTimeInterval(5)
        while !interrupt.received, duration.map({ Date().timeIntervalSince(started) < $0 }) ?? true {
            Thread.sleep(forTimeInterval: 0.1)
            if Date() >= nextReport {
                report(producer.currentStatistics, elapsed: Date().timeIntervalSince(started))
                nextReport.addTimeInterval(5)
            }
        }
        stop()
        let undelivered = producer.flush(timeoutMilliseconds: 10_000)
        report(producer.currentStatistics, elapsed: Date().timeIntervalSince(started))
        return undelivered == 0 && producer.currentStatistics.failed == 0
    }

    private func report(_ delivery: Producer.Statistics, elapsed: Double) {
        let progress = current
        var line = String(format: "%.0fs: published %d (%.0f events/s), delivered %d, failed %d",
                          elapsed, progress.published, Double(progress.published) / max(elapsed, 0.001),
                          delivery.delivered, delivery.failed)
        if let failure = delivery.lastFailure { line += " — last failure: \(failure)" }
        if let refusal = progress.lastRefusal { line += " — last refusal: \(refusal)" }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
