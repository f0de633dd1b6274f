import FlightDeckConsole
import FlightDeckCore

/// What every scenario that folds events starts from: a fresh console state and the workload's first timestamp.
enum BenchConsole {
    /// A console state as an operator's session starts it.
    static func freshState() -> ConsoleState {
        ConsoleState(configuration: ConsoleConfiguration(title: "bench", operatorName: "bench"))
    }

    /// Event time of the first generated event; later events are stamped from it on.
    static let workloadStart = Timestamp(iso8601: "2025-08-03T08:00:00Z")!
}
