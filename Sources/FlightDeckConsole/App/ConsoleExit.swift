/// How a console run ended, so the executable can choose its exit status.
public enum ConsoleExit: Hashable, Sendable {
    /// The operator pressed `q`.
    case quit
    /// The process got this signal (SIGINT, SIGTERM or SIGHUP); shells expect exit status 128 + the signal number.
    case signal(Int32)
}
