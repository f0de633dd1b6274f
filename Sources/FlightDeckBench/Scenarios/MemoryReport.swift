import FlightDeckCore

/// Resident memory after some of the events.
public struct MemoryCheckpoint: Hashable, Sendable, Codable {
    public var events: Int
    public var drones: Int
    public var memory: ProcessMemory
}

/// What the fleet state holds at the end.
public struct StateSize: Hashable, Sendable, Codable {
    public var drones: Int
    public var tasks: Int
    public var alerts: Int
    /// Events kept in the drones' recent-event rings.
    public var recentEvents: Int
    /// Bytes of the raw messages those events keep.
    public var recentEventRawBytes: Int
    public var eventsConsumed: Int
    public var limits: FleetLimitsSummary
}

/// The caps that bound the fleet state.
public struct FleetLimitsSummary: Hashable, Sendable, Codable {
    public var recentEventsPerDrone: Int
    public var rememberedEventIDs: Int
    public var finishedTasks: Int
    public var resolvedAlerts: Int
    public var alerts: Int
    public var drones: Int

    init(_ limits: FleetLimits) {
        recentEventsPerDrone = limits.recentEventsPerDrone
        rememberedEventIDs = limits.rememberedEventIDs
        finishedTasks = limits.finishedTasks
        resolvedAlerts = limits.resolvedAlerts
        alerts = limits.alerts
        drones = limits.drones
    }
}

/// What `flightdeck bench memory` measured.
public struct MemoryReport: BenchmarkReport {
    public var scenario = "memory"
    public var machine = MachineInfo.current()
    public var configuration: MemoryBenchmark.Configuration
    public var baseline: ProcessMemory
    public var checkpoints: [MemoryCheckpoint]
    /// `VmHWM` at the end: the most the process ever held resident.
    public var peakResidentBytes: Int
    public var averageMessageBytes: Double
    /// Events decoded and folded per second on this thread, message generation not counted.
    public var decodeAndFoldPerSecond: Double
    public var state: StateSize

    public var textLines: [String] {
        var lines = [
            "memory: \(FigureText.grouped(configuration.events)) events over \(FigureText.grouped(configuration.drones)) drones "
                + "(\(FixedDecimal.text(averageMessageBytes, places: 0)) B average) decoded and folded into the console state, no Kafka",
            machine.textLine,
            "RSS before: \(FigureText.mebibytes(baseline.residentBytes))",
        ]
        for checkpoint in checkpoints {
            lines.append("  after \(FigureText.grouped(checkpoint.events)) events (\(FigureText.grouped(checkpoint.drones)) drones): "
                         + "RSS \(FigureText.mebibytes(checkpoint.memory.residentBytes))")
        }
        lines.append("peak RSS (VmHWM): \(FigureText.mebibytes(peakResidentBytes))")
        lines.append("state after: \(FigureText.grouped(state.drones)) drones, \(FigureText.grouped(state.tasks)) tasks, "
                     + "\(FigureText.grouped(state.alerts)) alerts, \(FigureText.grouped(state.recentEvents)) recent events "
                     + "(\(FigureText.mebibytes(state.recentEventRawBytes)) of raw messages); "
                     + "caps: \(state.limits.recentEventsPerDrone) events per drone, \(FigureText.grouped(state.limits.rememberedEventIDs)) ids, "
                     + "\(state.limits.finishedTasks) finished tasks, \(state.limits.resolvedAlerts) resolved alerts")
        lines.append("decode + fold in memory: \(FigureText.grouped(Int(decodeAndFoldPerSecond.rounded()))) events/s on one thread")
        return lines
    }
}
