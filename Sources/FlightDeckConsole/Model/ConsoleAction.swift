import FlightDeckCore

/// Everything that can change the console's state: the only inputs of `ConsoleState.reduce(_:)`.
public enum ConsoleAction: Sendable {
    case received(ConsoleInput)
    /// A key the operator pressed; what it does depends on the view, dialog or input line it lands in.
    case key(Key)
    /// A command resolved from a key.
    case command(ConsoleCommand)
    case resized(TerminalSize)
    /// A frame is due; carries the wall-clock time, so the state never reads a clock.
    case tick(Timestamp)
}
