import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka

/// Samples the watched consumer groups' lag, and the console's own reader's, every few seconds for the lag pane.
enum LagPoller {
    /// The system's consumer services, watched unless the settings name others.
    static let defaultGroups = ["alert-service", "monitor-service", "analytics-service"]

    static func start(sampler: LagSampler, reader: Consumer, inbox: ConsoleInbox, intervalMilliseconds: Int = 3000) -> WorkerThread {
        WorkerThread(name: "flightdeck-lag", pauseMilliseconds: intervalMilliseconds) {
            let own = (try? LagReader.lag(of: reader, named: LagSnapshot.ownReaderGroup)).map { [$0] } ?? []
            inbox.offer(.lag(sampler.sample(extra: own, at: Clock.now())))
        }
    }
}
