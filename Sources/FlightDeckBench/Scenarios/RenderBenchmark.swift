import FlightDeckConsole
import FlightDeckCore

/// Times drawing the console's screen (`ConsoleView.render`) and diffing it against the previous frame
/// (`GridDiff.runs`) for fleets of several sizes, at several terminal sizes, in each of the main views.
///
/// Between frames a frame's share of the event rate is folded in (not timed), so drones move, tasks progress
/// and alerts come and go: the diff has real changes to find.
public struct RenderBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, Codable {
        public var droneCounts: [Int]
        /// Terminal sizes as columns × rows.
        public var screens: [Screen]
        public var views: [RenderView]
        /// Frames timed per fleet and screen, after a few untimed ones.
        public var frames: Int
        /// Events folded between two frames: the event rate over 20 frames a second.
        public var eventsPerFrame: Int
        public var seed: UInt64

        public init(droneCounts: [Int] = [100, 1_000, 10_000],
                    screens: [Screen] = [Screen(columns: 120, rows: 40), Screen(columns: 240, rows: 70)],
                    views: [RenderView] = RenderView.allCases, frames: Int = 500, eventsPerFrame: Int = 500, seed: UInt64 = 1) {
            self.droneCounts = droneCounts
            self.screens = screens
            self.views = views
            self.frames = frames
            self.eventsPerFrame = eventsPerFrame
            self.seed = seed
        }
    }

    public struct Screen: Hashable, Sendable, Codable, CustomStringConvertible {
        public var columns: Int
        public var rows: Int

        public init(columns: Int, rows: Int) {
            self.columns = columns
            self.rows = rows
        }

        var size: TerminalSize { TerminalSize(rows: rows, columns: columns) }
        public var description: String { "\(columns)×\(rows)" }
    }

    public let configuration: Configuration
    public let log: @Sendable (String) -> Void

    static let untimedFrames = 20
    static let frameMilliseconds: Int64 = 50

    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    public func run() throws -> RenderReport {
        guard configuration.frames > 0, configuration.droneCounts.allSatisfy({ $0 > 0 }) else {
            throw BenchmarkError.invalidParameter("--frames and --drones must be at least 1")
        }
        var cases: [RenderCase] = []
        for drones in configuration.droneCounts {
            var state = BenchConsole.freshState()
            var feed = WorkloadFeed(drones: drones, seed: configuration.seed)
            let history = max(20 * drones, 20_000)
            var now = BenchConsole.workloadStart
            feed.feed(history, into: &state, from: now, stepMilliseconds: 5_000 / Double(history))
            now = now.adding(milliseconds: 5_000)
            for screen in configuration.screens {
                state.reduce(.resized(screen.size))
                for view in configuration.views {
                    log("rendering \(drones) drones at \(screen), \(view) view…")
                    state.reduce(.command(.showPane(view.pane)))
                    cases.append(measure(view, at: screen, state: &state, feed: &feed, now: &now))
                }
            }
        }
        return RenderReport(configuration: configuration, cases: cases)
    }

    /// Draws frames of one view, folding a frame's events in before each. The frame's tick (the state's own
    /// per-frame work, such as rebuilding sorted lists) is timed apart from drawing and diffing.
    private func measure(_ view: RenderView, at screen: Screen, state: inout ConsoleState, feed: inout WorkloadFeed,
                         now: inout Timestamp) -> RenderCase {
        var previous = ConsoleView.render(state, size: screen.size, now: now)
        var frameTimes: [Double] = []
        var tickTimes: [Double] = []
        var changedCells = 0
        frameTimes.reserveCapacity(configuration.frames)
        tickTimes.reserveCapacity(configuration.frames)
        for frame in 0..<(Self.untimedFrames + configuration.frames) {
            feed.feed(configuration.eventsPerFrame, into: &state, from: now,
                      stepMilliseconds: Double(Self.frameMilliseconds) / Double(max(1, configuration.eventsPerFrame)))
            now = now.adding(milliseconds: Self.frameMilliseconds)
            let tickStart = MonotonicClock.nanoseconds()
            state.reduce(.tick(now))
            let start = MonotonicClock.nanoseconds()
            let next = ConsoleView.render(state, size: screen.size, now: now)
            let runs = GridDiff.runs(from: previous, to: next)
            let end = MonotonicClock.nanoseconds()
            previous = next
            guard frame >= Self.untimedFrames else { continue }
            tickTimes.append(Double(start - tickStart) / 1e6)
            frameTimes.append(Double(end - start) / 1e6)
            changedCells += runs.reduce(0) { $0 + $1.cells.count }
        }
        let openAlerts = state.fleet.alerts.values.count { $0.phase == .open }
        let activeTasks = state.fleet.tasks.values.count { $0.phase == .active }
        return RenderCase(drones: state.fleet.drones.count, screen: screen, view: view, activeTasks: activeTasks, openAlerts: openAlerts,
                          frameMilliseconds: SampleSummary(frameTimes)!, tickMilliseconds: SampleSummary(tickTimes)!,
                          changedCellsPerFrame: Double(changedCells) / Double(configuration.frames))
    }
}

/// The console's main views, as the benchmark shows them.
public enum RenderView: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    case fleet, tasks, alerts

    var pane: Pane {
        switch self {
        case .fleet: .fleet
        case .tasks: .tasks
        case .alerts: .alerts
        }
    }

    public var description: String { rawValue }
}
