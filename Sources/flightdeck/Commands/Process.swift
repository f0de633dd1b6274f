import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// The fleet's alert service: no-fly zones, battery prediction, lost link and alert aggregation on the live stream.
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Turn drone events into alerts: no-fly zones, battery prediction, lost link, aggregation.",
        discussion: """
            Reads drone-events as a member of a consumer group (alert-service by default), runs the stream rules \
            and publishes alert.created / alert.resolved to alert-events, keyed by drone. Offsets are committed only \
            after the alerts a batch caused are delivered. At start it reads alert-events back, so a restart takes \
            over the alerts it raised before instead of raising them again. Runs until Ctrl-C; progress on stderr.
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions
    @OptionGroup var rules: ProcessingOptions

    @Option(help: ArgumentHelp("Consumer group to read as.", valueName: "group"))
    var group = "alert-service"

    @Option(parsing: .unconditional, help: ArgumentHelp("How far back alert-events is read at start: beginning, an RFC 3339 time or -24h style.",
                               valueName: "position"))
    var restoreFrom = "beginning"

    @Option(help: ArgumentHelp("Stop after this many seconds (runs until Ctrl-C without it).", valueName: "seconds"))
    var duration: Double?

    func run() throws {
        guard let restore = StartPositionParser.parse(restoreFrom, now: Clock.now()) else {
            throw ValidationError("--restore-from '\(restoreFrom)' is not beginning, an RFC 3339 time or a duration like -24h")
        }
        let configuration = try rules.configuration(fallbackToExample: false)
        FileHandle.standardError.write(Data("process: \(configuration.zones.count) no-fly zones, group \(group)\n".utf8))
        let service = try AlertService(settings: AlertService.Settings(
            properties: try connection.kafkaProperties(try settings.load()), group: group, processor: configuration, restoreFrom: restore))
        let interrupt = InterruptSignal()
        let started = Date()
        var nextReport = started.addingTimeInterval(5)
        while !interrupt.received, duration.map({ Date().timeIntervalSince(started) < $0 }) ?? true {
            try service.step()
            if Date() >= nextReport {
                Self.report(service.current, elapsed: Date().timeIntervalSince(started))
                nextReport.addTimeInterval(5)
            }
        }
        Self.report(service.current, elapsed: Date().timeIntervalSince(started))
    }

    static func report(_ progress: AlertService.Progress, elapsed: Double) {
        let statistics = progress.statistics
        var line = String(format: "%.0fs: %d events (%.0f/s), %d conditions → %d alert events (%.0f:1), %d open, %d repeats folded, %d rate-limited",
                          elapsed, progress.events, Double(progress.events) / max(elapsed, 0.001), statistics.raised,
                          progress.published, statistics.reductionRatio, progress.openAlerts, statistics.repeats, statistics.rateLimited)
        if let failure = progress.lastCommitFailure {
            line += " — \(progress.commitFailures) commits refused, last: \(failure) (those batches are redone by the partition's next reader)"
        }
        FileHandle.standardError.write(Data(("process: " + line + "\n").utf8))
    }
}
