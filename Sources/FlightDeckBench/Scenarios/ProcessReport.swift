import FlightDeckCore

/// What `flightdeck bench process` measured.
public struct ProcessReport: BenchmarkReport {
    public var scenario = "process"
    public var machine = MachineInfo.current()
    public var configuration: ProcessBenchmark.Configuration
    public var decodedEvents: Int
    public var eventsPerSecond: SampleSummary
    public var workload: AlertStatistics
    public var workloadAlertEvents: Int
    public var openAlertsAtEnd: Int
    public var storm: AlertStatistics

    public var textLines: [String] {
        [
            "process: every stream rule (\(configuration.zones) no-fly zones, battery prediction, lost link, trajectories, aggregation) "
                + "over \(FigureText.grouped(decodedEvents)) decoded events from \(FigureText.grouped(configuration.drones)) drones, one thread, no Kafka",
            machine.textLine,
            "throughput: \(FigureText.grouped(Int(eventsPerSecond.median))) events/s median of \(configuration.runs) runs "
                + "(min \(FigureText.grouped(Int(eventsPerSecond.min))), max \(FigureText.grouped(Int(eventsPerSecond.max))))",
            "workload: \(FigureText.grouped(workload.raised)) conditions → \(FigureText.grouped(workloadAlertEvents)) alert events "
                + "(\(workload.repeats) repeats folded, \(workload.joinedFleet) into fleet alerts, \(workload.rateLimited) rate-limited, \(openAlertsAtEnd) open at the end)",
            "storm: \(FigureText.grouped(storm.raised)) raw conditions → \(storm.published) alerts published, "
                + "reduction \(FigureText.rounded(storm.reductionRatio)):1 (\(storm.repeats) repeats, \(storm.joinedFleet) into fleet alerts, \(storm.rateLimited) rate-limited)",
        ]
    }
}
