import FlightDeckCore

/// Everything the console shows, in one value. Only `reduce(_:)` changes it; `ConsoleView` draws it.
public struct ConsoleState: Sendable {
    public let configuration: ConsoleConfiguration
    /// The theme in use: the configured one, or `Theme.monochrome` where colours are off.
    public var theme: Theme
    public internal(set) var fleet: FleetState
    /// The time of the last frame tick. Command ids and delivery timeouts use it, so reducing never reads a clock.
    public internal(set) var now = Timestamp(millisecondsSinceEpoch: 0)
    public internal(set) var pane = Pane.fleet
    /// The drone detail view, open over the pane.
    var detail: DroneDetail?
    var overlay: Overlay?
    /// The filter or command being typed on the bottom line.
    var lineInput: LineInput?
    var message: OperatorMessage?

    var fleetTable = FleetTable()
    var tasks = PaneList()
    var alertFeed = AlertFeed()
    var lag = LagBoard()
    var outbox = CommandOutbox()
    var acknowledgements = AcknowledgementLog()
    /// The header's counts, as of `summaryTakenAt`.
    private(set) var summary = FleetSummary()
    private var summaryTakenAt: Timestamp?
    /// Whether events arrived since the last count.
    var summaryMissesEvents = false
    /// Effects recorded by the reducer and not yet taken by the loop that performs them.
    var effects: [ConsoleEffect] = []

    public internal(set) var broker = BrokerStatus(state: .connecting)
    /// When the console lost the cluster, while it stays lost: drones fresh at that moment are unheard, not silent.
    public internal(set) var clusterLostAt: Timestamp?
    /// Events received, duplicates and late ones included.
    public internal(set) var eventsConsumed = 0
    /// The offsets the fleet state was built from, for `--save-state` and `flightdeck verify`.
    public internal(set) var consumed = ConsumedRanges()
    public internal(set) var decodeFailures = 0
    public internal(set) var lastDecodeFailure: String?
    public internal(set) var notice: String?
    var throughput = ThroughputMeter()
    /// The terminal size the last frame was laid out for; paging moves by the visible rows at this size.
    public internal(set) var size = TerminalSize(rows: 24, columns: 80)
    public internal(set) var isQuitRequested = false

    public init(configuration: ConsoleConfiguration, fleetLimits: FleetLimits = FleetLimits()) {
        self.configuration = configuration
        self.theme = configuration.theme
        self.fleet = FleetState(limits: fleetLimits)
    }

    /// Hands over the effects recorded since the last call, oldest first, for the caller to perform.
    public mutating func takeEffects() -> [ConsoleEffect] {
        defer { effects.removeAll() }
        return effects
    }

    public var eventsPerSecond: Double { throughput.eventsPerSecond }

    public var isHelpVisible: Bool {
        if case .help = overlay { return true }
        return false
    }

    /// The drone selected in the fleet table.
    public var selectedDroneID: String? { fleetTable.list.selectedKey }

    /// The drone whose detail view is open.
    public var detailDroneID: String? { detail?.droneID }

    /// Where keys land: the detail view when it is open, else the pane.
    var keyContext: KeyContext {
        detail == nil ? KeyContext(pane: pane) : .detail
    }
}

extension ConsoleState {
    /// Milliseconds between two counts of the header's summary.
    static let summaryInterval: Int64 = 250

    /// Counts the fleet again when `summaryInterval` has passed since the last count (ages move on even without
    /// events), when the first events arrive, or at once when `force`d by a change that alters every count, such as
    /// losing the cluster.
    mutating func refreshSummary(force: Bool = false) {
        let due: Bool
        if let taken = summaryTakenAt {
            due = now < taken || now.millisecondsSinceEpoch - taken.millisecondsSinceEpoch >= Self.summaryInterval
        } else {
            due = summaryMissesEvents
        }
        guard force || due else { return }
        summary = FleetSummary(fleet: fleet, now: now, staleAfter: configuration.staleAfterMilliseconds, clusterLostAt: clusterLostAt)
        summaryTakenAt = now
        summaryMissesEvents = false
    }
}
