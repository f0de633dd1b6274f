import FlightDeckCore

/// Everything that can change the console's state: the only inputs of `ConsoleState.reduce(_:)`.
public enum ConsoleAction: Sendable {
    case received(ConsoleInput)
    case command(ConsoleCommand)
    case resized(TerminalSize)
    /// A frame is due; carries the time so the state never reads a clock.
    case tick(Timestamp)
}
