import CNCursesW
import FlightDeckCore
import Glibc

/// Runs the console in the terminal until the operator quits.
public enum ConsoleApp {
    /// Inputs taken from the inbox per pass of the loop, so keys are read between batches even under load.
    static let inputsPerPass = 64

    /// Takes over the terminal, shows the fleet as inputs arrive in `inbox`, and returns when the operator
    /// presses `q` or the process gets SIGINT or SIGTERM. The terminal is restored on every way out, and the
    /// inbox is closed so that a producer waiting in `push` returns.
    ///
    /// `clock` gives the wall-clock time for ages and rates; frame pacing uses a monotonic clock.
    @discardableResult
    public static func run(configuration: ConsoleConfiguration, inbox: ConsoleInbox,
                           clock: () -> Timestamp) throws(TerminalError) -> ConsoleExit {
        setlocale(LC_ALL, "")
        let previousHandlers = StopSignal.install()
        defer {
            previousHandlers.restore()
            inbox.close()
        }
        let terminal = try CursesTerminal(wantsColor: !isNoColorSet)
        defer { terminal.stop() }

        var state = ConsoleState(configuration: configuration)
        if !terminal.usesColor {
            state.theme = .monochrome
        }
        state.reduce(.resized(terminal.size))
        var shown = Grid(size: TerminalSize(rows: 0, columns: 0))
        var pacer = FramePacer(framesPerSecond: configuration.framesPerSecond, start: .now)
        var backlog = false

        while !state.isQuitRequested {
            if let number = StopSignal.received {
                return .signal(number)
            }
            let wait = backlog ? 0 : pacer.millisecondsUntilDue(at: .now)
            switch terminal.nextEvent(waitingUpTo: wait) {
            case .key(let key):
                if let command = KeyMap.command(for: key) {
                    state.reduce(.command(command))
                }
            case .resized:
                terminal.invalidate()
                shown = Grid(size: TerminalSize(rows: 0, columns: 0))
                state.reduce(.resized(terminal.size))
            case nil:
                break
            }
            let inputs = inbox.drain(max: inputsPerPass)
            for input in inputs {
                state.reduce(.received(input))
            }
            backlog = inputs.count == inputsPerPass
            if pacer.takeFrame(at: .now) {
                let now = clock()
                state.reduce(.tick(now))
                let next = ConsoleView.render(state, size: state.size, now: now)
                terminal.draw(GridDiff.runs(from: shown, to: next))
                terminal.refresh()
                shown = next
            }
        }
        return .quit
    }

    /// `NO_COLOR` set to anything but the empty string turns colours off (no-color.org).
    private static var isNoColorSet: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
