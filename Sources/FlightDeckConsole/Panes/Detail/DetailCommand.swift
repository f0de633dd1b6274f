import FlightDeckCore

/// One command in the drone detail view: sent from this console, seen on `drone-commands`, or both.
struct DetailCommand: Hashable, Sendable {
    let id: String
    let name: CommandName?
    let operatorName: String?
    /// When it was sent or issued, for ordering and display.
    let time: Timestamp
    let progress: CommandProgress
}
