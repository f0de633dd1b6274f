/// What reading the terminal produced.
enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; read the new size from the terminal.
    case resized
    /// The terminal is gone (its window closed, its tmux session killed) without a SIGHUP reaching the console.
    case hungUp
}
