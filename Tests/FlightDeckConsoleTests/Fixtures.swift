import Foundation
@testable import FlightDeckConsole
import FlightDeckCore

/// Hand-made events and states for the console tests.
enum Fixture {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_217_000_000)

    static func event(_ type: EventType, _ payload: Payload, at time: Timestamp = start) -> Event {
        Event(id: UUID().uuidString, type: type, source: "test", timestamp: time, payload: payload)
    }

    static func status(_ drone: String, _ status: DroneStatus, battery: Double? = nil,
                       location: GeoPoint? = nil, at time: Timestamp = start) -> Event {
        event(.droneStatusChanged, .droneStatus(DroneStatusChange(droneID: drone, oldStatus: nil, newStatus: status,
                                                                  location: location, battery: battery)), at: time)
    }

    static func telemetry(_ drone: String, battery: Double? = nil, speed: Double? = nil,
                          at time: Timestamp = start) -> Event {
        event(.droneTelemetry, .telemetry(DroneTelemetry(droneID: drone, battery: battery, speed: speed)), at: time)
    }

    static func taskProgress(_ task: String, drone: String, step: String?, at time: Timestamp = start) -> Event {
        event(.taskProgress, .task(TaskUpdate(taskID: task, droneID: drone, progress: 10, currentStep: step)), at: time)
    }

    static func alert(_ id: String, level: AlertLevel, message: String, drone: String, at time: Timestamp = start) -> Event {
        event(.alertCreated, .alert(AlertUpdate(alertID: id, alertType: "test", level: level, message: message,
                                                droneID: drone)), at: time)
    }

    static func task(_ task: String, drone: String, name: String? = nil, progress: Double, step: String?,
                     eta: Timestamp? = nil, at time: Timestamp = start) -> Event {
        event(.taskProgress, .task(TaskUpdate(taskID: task, droneID: drone, name: name, progress: progress, currentStep: step,
                                              estimatedCompletion: eta)), at: time)
    }

    static func acknowledged(_ alert: String, drone: String, by operatorName: String = "alice",
                             at time: Timestamp = start) -> Event {
        event(.alertAcknowledged, .alert(AlertUpdate(alertID: alert, droneID: drone, operatorName: operatorName)), at: time)
    }

    static func answer(_ type: EventType, to command: DroneCommand, message: String? = nil, at time: Timestamp = start) -> Event {
        event(type, .commandResult(CommandResult(commandID: command.commandID, droneID: command.droneID,
                                                 command: command.command, message: message)), at: time)
    }

    static func issued(_ command: DroneCommand, at time: Timestamp = start) -> Event {
        event(.commandIssued, .command(command), at: time)
    }

    static func configuration(readOnly: Bool = false) -> ConsoleConfiguration {
        ConsoleConfiguration(title: "embedded 127.0.0.1:39021", operatorName: "alice", readOnly: readOnly)
    }

    /// A console state of the given size that has received `events` in one batch.
    static func state(_ events: [Event], size: TerminalSize = TerminalSize(rows: 24, columns: 80),
                      configuration: ConsoleConfiguration = configuration()) -> ConsoleState {
        var state = ConsoleState(configuration: configuration)
        state.reduce(.resized(size))
        state.reduce(.tick(start))
        state.reduce(.received(.events(events)))
        return state
    }

    /// A time `milliseconds` after `start`.
    static func later(_ milliseconds: Int64) -> Timestamp {
        start.adding(milliseconds: milliseconds)
    }

    /// Drones `drone-1` … `drone-<count>`, flying.
    static func fleet(count: Int) -> [Event] {
        (1...count).map { status("drone-\($0)", .flying, battery: 80) }
    }
}

extension ConsoleState {
    /// Presses keys one after another, as the operator would.
    mutating func tap(_ keys: Key...) {
        for key in keys {
            reduce(.key(key))
        }
    }

    /// Types text key by key.
    mutating func type(_ text: String) {
        for character in text {
            reduce(.key(.character(character)))
        }
    }

    mutating func receive(_ events: Event...) {
        reduce(.received(.events(events)))
    }

    /// Lets the lists catch up with the events, as the next frame a second later would.
    mutating func settle(after milliseconds: Int64 = RebuildSchedule.interval) {
        reduce(.tick(now.adding(milliseconds: milliseconds)))
    }

    /// The fleet table's drone ids in display order.
    var fleetRowIDs: [String] { fleetTable.list.rows.keys }

    /// The effects recorded so far, without taking them.
    var recordedEffects: [ConsoleEffect] { effects }

    /// The text of the key bar at the bottom of an 80×24 screen.
    var keyBarText: String {
        ConsoleView.render(self, size: size, now: now).line(size.rows - 1)
    }
}

extension Grid {
    /// Every row's text, one per line.
    var text: String {
        (0..<rows).map(line).joined(separator: "\n")
    }

    /// True when a wide character is always followed by its continuation cell and nothing else is.
    var isWellFormed: Bool {
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = self[row, column]
                if cell.isWide && (column + 1 == columns || !self[row, column + 1].isContinuation) { return false }
                if cell.isContinuation && (column == 0 || !self[row, column - 1].isWide) { return false }
            }
        }
        return true
    }

    /// True when no cell holds a control character.
    var hasNoControlCharacters: Bool {
        cells.allSatisfy { cell in
            cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }
        }
    }

    /// The display column where `needle` starts in `row`, counting a wide character as two columns.
    func column(of needle: String, inRow row: Int) -> Int? {
        var characters: [(character: Character, column: Int)] = []
        for column in 0..<columns {
            let cell = self[row, column]
            if !cell.isContinuation, let character = cell.text.first {
                characters.append((character, column))
            }
        }
        let target = Array(needle)
        guard target.count <= characters.count else { return nil }
        for start in 0...(characters.count - target.count)
        where (0..<target.count).allSatisfy({ characters[start + $0].character == target[$0] }) {
            return characters[start].column
        }
        return nil
    }

    /// The first row below the header whose text contains `needle`.
    func row(containing needle: String) -> Int? {
        (1..<rows).first { line($0).contains(needle) }
    }

    /// This grid after a terminal drew `runs` on it: each grapheme put where the run says, continuation
    /// cells left to the wide character before them, as the curses back end does.
    func applying(_ runs: [CellRun]) -> Grid {
        var grid = self
        for run in runs {
            var column = run.column
            for cell in run.cells {
                if !cell.isContinuation {
                    grid.put(cell.text, width: Int(cell.width), row: run.row, column: column, style: cell.style)
                }
                column += 1
            }
        }
        return grid
    }
}
