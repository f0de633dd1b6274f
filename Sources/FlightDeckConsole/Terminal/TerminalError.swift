/// Why the console could not take over the terminal.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a CI job).
    case notATerminal
    /// ncurses does not know the terminal type in `TERM`.
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the console needs a terminal: standard input and output must both be a TTY"
        case .unknownTerminalType(let type):
            "cannot start the console on terminal type '\(type)'; set TERM to one your system knows, e.g. xterm-256color"
        }
    }
}
