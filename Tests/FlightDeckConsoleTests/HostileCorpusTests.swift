import Testing
@testable import FlightDeckConsole
import FlightDeckCore

/// The hostile corpus through the decoder, the fleet state and the screen, as the console would take it off the wire.
@Suite("Hostile input corpus")
struct HostileCorpusTests {
    static let messages = (try? HostileMessage.all()) ?? []
    static let decoder = EventDecoder()

    /// The decodable messages as events, in corpus order.
    static var events: [Event] {
        messages.compactMap { try? decoder.decode($0.bytes) }
    }

    static var failures: [DecodeError] {
        messages.compactMap { message -> DecodeError? in
            if case .failure(let error) = decoded(message) { return error }
            return nil
        }
    }

    static func decoded(_ message: HostileMessage) -> Result<Event, DecodeError> {
        Result { () throws(DecodeError) -> Event in try decoder.decode(message.bytes) }
    }

    @Test("the corpus is committed and covers every case")
    func corpusIsThere() throws {
        let messages = try HostileMessage.all()
        #expect(messages.count >= 300)
        let cases = Set(messages.map { $0.name.split(separator: "-").dropFirst().dropLast().joined(separator: "-") })
        for expected in ["truncated", "wrong-type", "missing", "null", "range", "extreme", "huge-string", "deep", "invalid-utf8",
                         "nul", "escapes", "timestamp", "duplicate", "out-of-order", "empty", "binary"] {
            #expect(cases.contains(expected), "no \(expected) messages in \(HostileMessage.directory.path)")
        }
    }

    @Test("each message decodes or is refused, as its name says", arguments: messages)
    func decodesAsNamed(_ message: HostileMessage) {
        let result = Self.decoded(message)
        switch (message.expectation, result) {
        case (.decodes, .failure(let error)): Issue.record("refused: \(error)")
        case (.fails, .success(let event)): Issue.record("decoded: \(event.type) \(event.id)")
        default: break
        }
        if case .failure(let error) = result {
            #expect(!error.description.isEmpty)
            #expect(error.description.utf8.count <= 160, "a reason the status line can show: \(error.description.prefix(200))")
        }
    }

    @Test("nesting is bounded whatever the parser: 100,000 levels are refused, not a stack overflow")
    func nestingIsBounded() throws {
        let deep = try #require(Self.messages.first { $0.bytes.count > 100_000 && $0.name.contains("-deep-") })
        #expect(throws: DecodeError.tooDeep(limit: 64)) { try Self.decoder.decode(deep.bytes) }
        #expect(throws: DecodeError.tooDeep(limit: 512)) { try JSONValue.parse(deep.bytes, maxDepth: .max) }
    }

    @Test("folding every decodable message keeps the fleet's invariants")
    func foldKeepsInvariants() {
        let events = Self.events
        var fleet = FleetState()
        for event in events { fleet.apply(event) }
        let counters = fleet.counters
        #expect(counters.applied + counters.duplicates + counters.outOfOrder == events.count)
        #expect(counters.duplicates >= 3)
        #expect(counters.outOfOrder >= 9)
        for drone in fleet.drones.values {
            if let battery = drone.battery { #expect((0...100).contains(battery), "\(drone.id.prefix(40))") }
            if let location = drone.location {
                #expect((-90...90).contains(location.latitude) && (-180...180).contains(location.longitude))
                #expect(location.altitude.map(\.isFinite) ?? true)
            }
            for value in [drone.speed, drone.heading].compactMap({ $0 }) { #expect(value.isFinite) }
        }
        #expect(fleet.drones["hostile-dup"]?.battery == 90, "a redelivered id changed the state")
        #expect(fleet.drones["hostile-late"]?.battery == 10, "an older event overwrote a newer one")
        #expect(fleet.drones["hostile-dk-b"]?.battery == 95, "the last of duplicate keys counts")
    }

    @Test("every view of a console fed the corpus is safe to put on a terminal", arguments: PaneLayoutTests.sizes)
    func screensStaySafe(_ size: TerminalSize) {
        var state = Fixture.state(Fixture.fleet(count: 5) + Self.events, size: size)
        let failures = Self.failures
        state.reduce(.received(.decodeFailures(count: failures.count, lastReason: failures.last?.description ?? "")))
        state.settle()
        for view in PaneLayoutTests.views {
            var shown = state
            for key in view.keys { shown.tap(key) }
            let grid = ConsoleView.render(shown, size: size, now: shown.now)
            #expect(grid.isWellFormed, "\(view.name)")
            #expect(grid.hasNoControlCharacters, "\(view.name)")
            #expect(grid.hasNoInvisibleFormatting, "\(view.name)")
            for row in 0..<size.rows {
                #expect(TextWidth.of(grid.line(row)) == size.columns, "\(view.name) row \(row): \(grid.line(row))")
            }
        }
    }

    @Test("the status line counts the refused messages and says why the last one failed")
    func statusLineShowsDecodeErrors() throws {
        let failures = Self.failures
        let last = try #require(failures.last)
        var state = Fixture.state(Fixture.fleet(count: 3), size: TerminalSize(rows: 40, columns: 120))
        state.reduce(.received(.decodeFailures(count: failures.count, lastReason: last.description)))
        let grid = ConsoleView.render(state, size: state.size, now: state.now)
        let status = grid.line(state.size.rows - 2)
        #expect(status.contains("decode errors \(CellText.grouped(failures.count))"), "\(status)")
        #expect(status.contains("(\(Sanitizer.clean(last.description).prefix(10))"), "\(status)")
    }

    @Test("a grapheme with hundreds of combining marks takes one cell with a bounded text")
    func combiningMarksAreBounded() {
        let state = Fixture.state([Fixture.status("zalgo-e" + String(repeating: "\u{301}", count: 300), .flying)])
        let grid = ConsoleView.render(state, size: state.size, now: state.now)
        #expect(grid.cells.allSatisfy { $0.text.unicodeScalars.count <= Grid.scalarsPerCell })
        #expect(grid.row(containing: "zalgo-") != nil)
    }
}

extension Grid {
    /// True when no cell holds a bidi override, zero-width or other invisible formatting character.
    var hasNoInvisibleFormatting: Bool {
        cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.properties.generalCategory != .format } }
    }
}
