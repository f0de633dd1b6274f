/// What `flightdeck bench` can measure.
public enum BenchScenario: String, CaseIterable, Sendable {
    /// Consume, decode and fold a preloaded backlog as fast as possible, against kcat.
    case ingest
    /// Produce at a fixed rate while consuming: per-event latency, and the command round trip.
    case latency
    /// Draw the screen and diff it for fleets of 100, 1,000 and 10,000 drones.
    case render
    /// A million events into the state: resident memory must stay flat.
    case memory
    /// Every stream rule over a decoded workload, and the alert storm's reduction.
    case process
}
