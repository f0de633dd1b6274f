import CNCursesW
import Glibc

/// The ncursesw back end: takes over the terminal, reads keys, draws changed cells.
///
/// Only this type calls curses. `stop()` gives the terminal back and must run on every way out.
final class CursesTerminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// Whether the console draws in colour: the terminal has colours and `NO_COLOR` is not set.
    let usesColor: Bool
    private var pairs: ColorPairs
    private var buffer: [wchar_t] = []
    private var isStopped = false

    /// Starts curses on standard input and output: no echo, no line buffering, keypad keys decoded,
    /// cursor hidden, and colours with the terminal's own defaults when `wantsColor` and the terminal has them.
    init(wantsColor: Bool) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        Self.unblockTerminalSignals()
        CrashRescue.arm()
        guard let screen = newterm(nil, fd_stdout(), fd_stdin()) else {
            CrashRescue.disarm()
            throw .unknownTerminalType(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        set_term(screen)
        self.screen = screen
        self.window = fd_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        Self.defineHomeAndEndVariants()
        set_escdelay(25)
        curs_set(0)
        usesColor = wantsColor && has_colors()
        var hasDefaultColors = false
        if usesColor {
            start_color()
            hasDefaultColors = use_default_colors() == OK
        }
        pairs = ColorPairs(colors: Int(fd_colors()), hasDefaultColors: hasDefaultColors)
    }

    /// The thread can arrive here with signals blocked (seen with the Kafka clients of the demo started
    /// first): curses needs SIGWINCH to notice a resize, and the stop handlers need SIGINT, SIGTERM and SIGHUP.
    private static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT] {
            sigaddset(&signals, number)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Home and End arrive as different sequences depending on the terminal and on tmux or screen in between;
    /// a `TERM` that does not match the real terminal would otherwise lose them.
    private static func defineHomeAndEndVariants() {
        let variants: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, key) in variants {
            define_key(sequence, key)
        }
    }

    var size: TerminalSize {
        TerminalSize(rows: Int(getmaxy(window)), columns: Int(getmaxx(window)))
    }

    /// Waits up to `milliseconds` for a key or a resize; `nil` when none came.
    func nextEvent(waitingUpTo milliseconds: Int) -> TerminalEvent? {
        wtimeout(window, Int32(clamping: milliseconds))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == ERR, Self.inputHungUp { return .hungUp }
        return KeyDecoder.decode(status: status, code: code)
    }

    /// Whether standard input's terminal has hung up: reads would fail at once forever, and the loop would spin.
    private static var inputHungUp: Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) == 1 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Forgets what is on screen so the next refresh repaints everything, as after a resize.
    func invalidate() {
        wclear(window)
    }

    func draw(_ runs: [CellRun]) {
        for run in runs {
            var column = run.column
            var segmentColumn = column
            var segmentStyle = run.cells.first?.style ?? .plain
            for cell in run.cells where !cell.isContinuation {
                if cell.style != segmentStyle {
                    flush(row: run.row, column: segmentColumn, style: segmentStyle)
                    segmentStyle = cell.style
                    segmentColumn = column
                }
                for scalar in cell.text.unicodeScalars {
                    buffer.append(wchar_t(bitPattern: scalar.value))
                }
                column += Int(cell.width)
            }
            flush(row: run.row, column: segmentColumn, style: segmentStyle)
        }
    }

    func refresh() {
        wrefresh(window)
    }

    /// Restores the terminal: cursor, modes and screen as they were before `init`.
    func stop() {
        guard !isStopped else { return }
        isStopped = true
        curs_set(1)
        endwin()
        delscreen(screen)
        CrashRescue.disarm()
    }

    private func flush(row: Int, column: Int, style: Style) {
        guard !buffer.isEmpty else { return }
        let pair = usesColor ? pairs.pair(for: style) : 0
        wattr_set(window, attributes(of: style), pair, nil)
        mvwaddnwstr(window, Int32(row), Int32(column), buffer, Int32(buffer.count))
        buffer.removeAll(keepingCapacity: true)
    }

    private func attributes(of style: Style) -> attr_t {
        var attributes = fd_attr_normal()
        if style.attributes.contains(.bold) { attributes |= fd_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= fd_attr_dim() }
        if style.attributes.contains(.reverse) { attributes |= fd_attr_reverse() }
        if style.attributes.contains(.underline) { attributes |= fd_attr_underline() }
        return attributes
    }
}
