import FlightDeckCore

/// Everything the console shows, in one value. Only `reduce(_:)` changes it; `ConsoleView` draws it.
public struct ConsoleState: Sendable {
    public let configuration: ConsoleConfiguration
    /// The theme in use: the configured one, or `Theme.monochrome` where colours are off.
    public var theme: Theme
    public internal(set) var fleet: FleetState
    /// The fleet's drone ids in display order.
    var roster = DroneRoster()
    /// The selected drone; `nil` selects the first one. Kept as an id so the selection stays on its drone
    /// when others appear above it.
    public internal(set) var selectedID: String?
    /// Index of the first fleet row on screen.
    var scrollOffset = 0
    public internal(set) var isHelpVisible = false
    public internal(set) var broker = BrokerStatus(state: .connecting)
    /// Events received, duplicates and late ones included.
    public internal(set) var eventsConsumed = 0
    public internal(set) var decodeFailures = 0
    public internal(set) var lastDecodeFailure: String?
    public internal(set) var notice: String?
    var throughput = ThroughputMeter()
    /// The terminal size the last frame was laid out for; paging moves by its fleet table height.
    public internal(set) var size = TerminalSize(rows: 24, columns: 80)
    public internal(set) var isQuitRequested = false

    public init(configuration: ConsoleConfiguration, fleetLimits: FleetLimits = FleetLimits()) {
        self.configuration = configuration
        self.theme = configuration.theme
        self.fleet = FleetState(limits: fleetLimits)
    }

    /// The row of the selected drone in `roster`, or `nil` while there are no drones.
    var selectedIndex: Int? {
        guard roster.count > 0 else { return nil }
        guard let selectedID else { return 0 }
        return min(roster.index(of: selectedID), roster.count - 1)
    }

    public var eventsPerSecond: Double { throughput.eventsPerSecond }
}
