import CNCursesW
import FlightDeckCore
import Glibc

/// Runs the console in the terminal until the operator quits.
public enum ConsoleApp {
    /// Inputs taken from the inbox per pass of the loop, so keys are read between batches even under load.
    static let inputsPerPass = 64

    /// Takes over the terminal, shows the fleet as inputs arrive in `inbox`, and returns when the operator
    /// quits or the process gets SIGINT, SIGTERM or SIGHUP. The terminal is restored on every way out, and the
    /// inbox is closed so that a producer waiting in `push` returns.
    ///
    /// Commands and acknowledgements leave as `ConsoleEffect`s: `perform` gets each one on this thread right
    /// after the key that caused it, must not block (publish asynchronously), and reports Kafka's delivery
    /// back through `inbox` as `ConsoleInput.delivery`.
    ///
    /// `clock` gives the wall-clock time for ages, rates, command ids and delivery timeouts; frame pacing
    /// uses a monotonic clock. `atExit` sees the state as it was when the console stopped, however it stopped.
    @discardableResult
    public static func run(configuration: ConsoleConfiguration, inbox: ConsoleInbox, clock: () -> Timestamp,
                           perform: (ConsoleEffect) -> Void,
                           atExit: (ConsoleState) -> Void = { _ in }) throws(TerminalError) -> ConsoleExit {
        setlocale(LC_ALL, "")
        let previousHandlers = StopSignal.install()
        defer {
            previousHandlers.restore()
            inbox.close()
        }
        let terminal = try CursesTerminal(wantsColor: !isNoColorSet)
        defer { terminal.stop() }

        var state = ConsoleState(configuration: configuration)
        defer { atExit(state) }
        if !terminal.usesColor {
            state.theme = .monochrome
        }
        state.reduce(.resized(terminal.size))
        state.reduce(.tick(clock()))
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
                state.reduce(.key(key))
                for effect in state.takeEffects() {
                    perform(effect)
                }
            case .resized:
                terminal.invalidate()
                shown = Grid(size: TerminalSize(rows: 0, columns: 0))
                state.reduce(.resized(terminal.size))
            case .hungUp:
                return .signal(SIGHUP)
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

    /// The console without an effect runner: nothing can be published, so it runs read-only and says so.
    @discardableResult
    public static func run(configuration: ConsoleConfiguration, inbox: ConsoleInbox,
                           clock: () -> Timestamp) throws(TerminalError) -> ConsoleExit {
        var readOnly = configuration
        readOnly.readOnly = true
        return try run(configuration: readOnly, inbox: inbox, clock: clock) { _ in }
    }

    /// `NO_COLOR` set to anything but the empty string turns colours off (no-color.org).
    private static var isNoColorSet: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
