import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka

/// Reads the watched consumer groups' lag, and the console's own reader's, every few seconds for the lag pane.
enum LagPoller {
    /// The system's consumer services, watched unless the settings name others.
    static let defaultGroups = ["alert-service", "monitor-service", "analytics-service"]

    static func start(properties: KafkaProperties, groups: [String], topics: [String], reader: Consumer,
                      inbox: ConsoleInbox, intervalMilliseconds: Int = 3000) -> WorkerThread {
        let lagReader = LagReader(properties: properties)
        return WorkerThread(name: "flightdeck-lag", pauseMilliseconds: intervalMilliseconds) {
            var readings: [GroupLag] = []
            if let own = try? LagReader.lag(of: reader, named: LagSnapshot.ownReaderGroup) {
                readings.append(own)
            }
            for group in groups {
                if let reading = try? lagReader.lag(of: group, topics: topics) {
                    readings.append(reading)
                }
            }
            inbox.offer(.lag(LagSnapshot(groups: readings, takenAt: Clock.now())))
        }
    }
}
