import Glibc

/// Gives the terminal back when the process crashes while curses holds it.
///
/// curses cannot run in a signal handler, but `tcsetattr` and `write` can: the handler puts back the terminal
/// modes saved before curses started, leaves the alternate screen, shows the cursor, and then hands the signal
/// to whoever handled it before (the Swift runtime's crash report, which is now readable), or to the default action.
enum CrashRescue {
    static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    // Raw memory, written before the handlers are installed: a handler must not touch Swift's access checks.
    private nonisolated(unsafe) static let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    /// Indexed by signal number; Linux numbers signals below 65.
    private nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    /// Saves the terminal's modes and installs the handlers. Call before curses changes the modes.
    static func arm() {
        guard tcgetattr(STDIN_FILENO, savedModes) == 0 else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { number, info, _ in CrashRescue.handle(number, info) }
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        for number in signals {
            sigaction(number, &action, previous + Int(number))
        }
    }

    /// Puts the previous handlers back, once the terminal has been restored the normal way.
    static func disarm() {
        for number in signals {
            sigaction(number, previous + Int(number), nil)
        }
    }

    private static func handle(_ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        tcsetattr(STDIN_FILENO, TCSANOW, savedModes)
        let reset: StaticString = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
        sigaction(number, previous + Int(number), nil)
        // A fault raised by the CPU happens again on return, now reaching the previous handler with its
        // real context; a signal sent by someone (si_code <= 0) must be raised again.
        if let info, info.pointee.si_code > 0 { return }
        raise(number)
    }
}
