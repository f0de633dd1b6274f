import FlightDeckCore

/// Times the stream rules (`StreamProcessor`: zones, battery prediction, lost link, trajectories, aggregation)
/// over a realistic decoded workload, without Kafka, and measures how far aggregation shrinks an alert storm.
public struct ProcessBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, Codable {
        public var events: Int
        public var drones: Int
        public var runs: Int
        /// No-fly zones laid over the workload's area: half circles, half polygons.
        public var zones: Int
        public var stormConditions: Int
        public var seed: UInt64

        public init(events: Int = 500_000, drones: Int = 1_000, runs: Int = 3, zones: Int = 20, stormConditions: Int = 10_000, seed: UInt64 = 1) {
            self.events = events
            self.drones = drones
            self.runs = runs
            self.zones = zones
            self.stormConditions = stormConditions
            self.seed = seed
        }
    }

    public let configuration: Configuration
    public let log: @Sendable (String) -> Void
    static let tickEvery = 1_000

    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    public func run() throws -> ProcessReport {
        guard configuration.events > 0, configuration.drones > 0, configuration.runs > 0 else {
            throw BenchmarkError.invalidParameter("--events, --drones and --runs must be at least 1")
        }
        log("generating and decoding \(configuration.events) events for \(configuration.drones) drones…")
        let start = BenchConsole.workloadStart
        var generator = WorkloadGenerator(drones: configuration.drones, seed: configuration.seed)
        let decoder = EventDecoder()
        var events: [Event] = []
        events.reserveCapacity(configuration.events)
        for index in 0..<configuration.events {
            let message = generator.next(at: start.adding(milliseconds: Int64(index)))
            if let event = try? decoder.decode(message.bytes) { events.append(event) }
        }
        let zones = Self.zones(count: configuration.zones)
        var rates: [Double] = []
        var last: (statistics: AlertStatistics, published: Int, open: Int) = (AlertStatistics(), 0, 0)
        for run in 1...configuration.runs {
            var processor = StreamProcessor(configuration: .init(zones: zones))
            var published = 0
            let began = MonotonicClock.nanoseconds()
            for (index, event) in events.enumerated() {
                published += processor.process(event).count
                if index % Self.tickEvery == Self.tickEvery - 1 { published += processor.tick(now: event.timestamp).count }
            }
            let seconds = Double(MonotonicClock.nanoseconds() - began) / 1e9
            rates.append(Double(events.count) / seconds)
            last = (processor.statistics, published, processor.openAlertCount)
            log("run \(run): \(FigureText.grouped(Int(rates.last!))) events/s, \(published) alert events")
        }
        log("storm of \(configuration.stormConditions) raw conditions…")
        var aggregator = AlertAggregator()
        let storm = AlertStorm(conditions: configuration.stormConditions).run(through: &aggregator, from: start)
        return ProcessReport(configuration: configuration, decodedEvents: events.count,
                             eventsPerSecond: SampleSummary(rates)!, workload: last.statistics, workloadAlertEvents: last.published,
                             openAlertsAtEnd: last.open, storm: storm)
    }

    /// Circles and squares of a few hundred metres scattered over the workload's area around Shenzhen.
    static func zones(count: Int) -> [NoFlyZone] {
        var random = SeededGenerator(seed: 42)
        return (0..<count).map { index in
            let centre = GeoPoint(latitude: 22.48 + Double(random.next() % 1_000) / 1_000 * 0.14,
                                  longitude: 113.98 + Double(random.next() % 1_000) / 1_000 * 0.16)
            let size = 0.002 + Double(random.next() % 100) / 100 * 0.004
            guard index % 2 == 1 else { return NoFlyZone(id: "zone-\(index)", name: "Zone \(index)", shape: .circle(center: centre, radius: size * 100_000)) }
            let corners = [(-size, -size), (-size, size), (size, size), (size, -size)]
                .map { GeoPoint(latitude: centre.latitude + $0.0, longitude: centre.longitude + $0.1) }
            return NoFlyZone(id: "zone-\(index)", name: "Zone \(index)", shape: .polygon(corners), ceiling: 120)
        }
    }
}
