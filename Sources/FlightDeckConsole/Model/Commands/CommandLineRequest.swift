import FlightDeckCore

/// What a `:` command line asks for.
enum CommandLineRequest: Hashable, Sendable {
    /// A drone command; without a drone id it goes to the drone selected in the current view.
    case drone(CommandName, droneID: String?, target: GeoPoint?)
    /// Acknowledge an alert by id, or the selected one.
    case acknowledge(alertID: String?)
    /// Send an undeliverable command again as a new one: by id, or what `R` retries in the current view.
    case retry(commandID: String?)
    case showDrone(String)
    case help
    case quit
}
