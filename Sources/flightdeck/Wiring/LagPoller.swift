import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka

/// Samples the watched consumer groups' lag, and the console's own reader's, every few seconds for the lag pane;
/// system alerts the rules raise go to the alert feed at once, whether or not they could be published.
enum LagPoller {
    /// The system's consumer services, watched unless the settings name others.
    static let defaultGroups = ["alert-service", "monitor-service", "analytics-service"]

    static func start(watch: LagWatch, reader: Consumer, inbox: ConsoleInbox, intervalMilliseconds: Int,
                      metrics: PipelineMetrics? = nil) -> WorkerThread {
        WorkerThread(name: "flightdeck-lag", pauseMilliseconds: intervalMilliseconds) {
            let own = (try? LagReader.lag(of: reader, named: LagSnapshot.ownReaderGroup)).map { [$0] } ?? []
            let result = watch.step(extra: own, at: Clock.now())
            if !result.alerts.isEmpty { inbox.push(.raised(result.alerts)) }
            metrics?.recordLag(result.snapshot)
            if result.published { metrics?.countPublished(result.alerts) }
            inbox.offer(.lag(result.snapshot))
        }
    }
}
