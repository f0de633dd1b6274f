/// Frame times for one fleet size at one terminal size.
public struct RenderCase: Hashable, Sendable, Codable {
    public var drones: Int
    public var screen: RenderBenchmark.Screen
    public var view: RenderView
    public var activeTasks: Int
    public var openAlerts: Int
    /// Render plus diff, per frame.
    public var frameMilliseconds: SampleSummary
    /// The state's work on each frame's tick, before drawing.
    public var tickMilliseconds: SampleSummary
    public var changedCellsPerFrame: Double
}

/// What `flightdeck bench render` measured.
public struct RenderReport: BenchmarkReport {
    public var scenario = "render"
    public var machine = MachineInfo.current()
    public var configuration: RenderBenchmark.Configuration
    public var cases: [RenderCase]

    public var textLines: [String] {
        var lines = [
            "render: ConsoleView.render + GridDiff.runs per frame, \(configuration.frames) frames each, "
                + "\(configuration.eventsPerFrame) events folded between frames (untimed)",
            machine.textLine,
            "drones   tasks  alerts  screen  view      median       p99       max   cells changed   tick median     p99",
        ]
        for item in cases {
            let times = item.frameMilliseconds
            lines.append(Self.padded(FigureText.grouped(item.drones), 6) + Self.padded(FigureText.grouped(item.activeTasks), 8)
                         + Self.padded(String(item.openAlerts), 8) + Self.padded(item.screen.description, 8) + "  "
                         + item.view.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                         + Self.padded(FigureText.milliseconds(times.median), 12) + Self.padded(FigureText.milliseconds(times.p99), 10)
                         + Self.padded(FigureText.milliseconds(times.max), 10) + Self.padded(FixedDecimal.text(item.changedCellsPerFrame, places: 0), 16)
                         + Self.padded(FigureText.milliseconds(item.tickMilliseconds.median), 14)
                         + Self.padded(FigureText.milliseconds(item.tickMilliseconds.p99), 10))
        }
        lines.append("(tasks: active tasks; alerts: open alerts; median, p99, max: render + diff; cells changed: average per frame;")
        lines.append(" tick: the state's own work each frame before drawing, e.g. rebuilding sorted lists — not in the frame figures)")
        return lines
    }

    /// `text` right-aligned in `width` columns.
    private static func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
