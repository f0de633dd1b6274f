import ArgumentParser
import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Consumer lag, Burrow's verdicts and cluster health for scripts: the lag pane's numbers on stdout.
struct Lag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print consumer groups' lag with a Burrow-style verdict, and the cluster's health.",
        discussion: """
            Samples every group --window times, --interval seconds apart, then prints committed offset, end \
            offset and lag per topic and partition, and OK / WARN / ERR per group with the reason. Without \
            --group it watches the groups the cluster lists and the settings file's console.lag_groups \
            (default alert-service, monitor-service, analytics-service). \
            Exit status: 0 when every group is OK or WARN, 2 when one is in ERR, 3 when the groups are fine \
            but a broker is down, a partition offline or a topic missing.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions

    @Option(name: .customLong("group"), help: ArgumentHelp("A consumer group to watch, repeatable.", valueName: "group"))
    var groups: [String] = []

    @Option(name: .customLong("topic"), help: ArgumentHelp("A topic to read the groups' offsets on, repeatable (default: the settings' topics, else all eight).", valueName: "topic"))
    var topics: [String] = []

    @Flag(help: "Keep sampling and print after every sample until Ctrl-C.")
    var watch = false

    @Option(help: ArgumentHelp("Seconds between samples (default: console.lag_interval, else 3).", valueName: "seconds"))
    var interval: Double?

    @Option(help: ArgumentHelp("Samples a group is judged over (default: console.lag_window, else 10).", valueName: "count"))
    var window: Int?

    @Option(help: ArgumentHelp("Lag at or below this counts as caught up.", valueName: "messages"))
    var allowedLag: Int64 = 0

    @Option(help: "table or json.")
    var format: Format = .table

    func validate() throws {
        if let interval, !(interval > 0 && interval.isFinite) { throw ValidationError("--interval must be a number of seconds above 0") }
        if let window, window < 2 { throw ValidationError("--window must be at least 2 samples") }
        if allowedLag < 0 { throw ValidationError("--allowed-lag must not be negative") }
    }

    func run() throws {
        let file = try settings.load()
        var lagSettings = LagSettings(file)
        if let interval { lagSettings.intervalSeconds = interval }
        let policy = LagPolicy(windowSize: window ?? lagSettings.policy.windowSize, allowedLag: allowedLag)
        let sampler = LagSampler(properties: try connection.kafkaProperties(file), given: groups,
                                 configured: file.lagGroups ?? LagPoller.defaultGroups,
                                 topics: topics.isEmpty ? file.topics ?? Topic.allCases.map(\.rawValue) : topics, policy: policy)
        let interrupt = InterruptSignal()
        let snapshot = Self.sample(sampler, every: lagSettings.intervalMilliseconds, times: policy.windowSize, watch: watch,
                                   format: format, stop: { interrupt.received },
                                   // Straight to the descriptor: `--watch | jq` must see each sample as it is taken.
                                   print: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
        try Self.exitCode(for: snapshot).map { throw $0 }
    }

    /// Samples until the window is full (or, watching, until `stop`), printing the last sample, or every one when watching.
    static func sample(_ sampler: LagSampler, every milliseconds: Int, times: Int, watch: Bool, format: Format,
                       stop: () -> Bool, print: (String) -> Void) -> LagSnapshot? {
        var latest: LagSnapshot?
        var taken = 0
        while !stop() && (watch || taken < times) {
            if taken > 0 { pause(milliseconds: milliseconds, unless: stop) }
            guard !stop() else { break }
            let snapshot = sampler.sample(at: Clock.now())
            taken += 1
            latest = snapshot
            if watch || taken == times { print(render(snapshot, format: format, heading: watch)) }
        }
        return latest
    }

    /// Sleeps in short steps so Ctrl-C ends a long --interval promptly.
    private static func pause(milliseconds: Int, unless stop: () -> Bool) {
        var left = milliseconds
        while left > 0 && !stop() {
            let step = min(left, 100)
            usleep(useconds_t(step * 1000))
            left -= step
        }
    }

    /// JSON is one object per line; a watched table starts with its time so successive tables stand apart.
    static func render(_ snapshot: LagSnapshot, format: Format, heading: Bool) -> String {
        switch format {
        case .table: (heading ? "── \(snapshot.takenAt.iso8601)\n" : "") + LagReportText.render(snapshot)
        case .json: LagReportJSON.render(snapshot)
        }
    }

    /// 2 when a group is in ERR, 3 when the cluster is unhealthy, nil (0) otherwise.
    static func exitCode(for snapshot: LagSnapshot?) -> ExitCode? {
        guard let snapshot else { return nil }
        if snapshot.worstStatus == .error { return ExitCode(2) }
        if let health = snapshot.health, !health.isHealthy { return ExitCode(3) }
        return nil
    }
}
