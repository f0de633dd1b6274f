import FlightDeckCore
import Testing

@Suite("Consumed offset ranges")
struct ConsumedRangesTests {
    @Test("offsets in order make one range per partition, with nothing repeated or skipped")
    func inOrder() {
        var ranges = ConsumedRanges()
        for offset in 5..<9 { ranges.record(topic: "drone-events", partition: 1, offset: Int64(offset)) }
        ranges.record(topic: "alert-events", partition: 0, offset: 0)
        #expect(ranges.ranges == [ConsumedRanges.Range(topic: "alert-events", partition: 0, first: 0, next: 1),
                                  ConsumedRanges.Range(topic: "drone-events", partition: 1, first: 5, next: 9)])
        #expect(ranges.repeated == 0 && ranges.skipped == 0)
        #expect(ranges.next(topic: "drone-events", partition: 1) == 9)
        #expect(ranges.next(topic: "drone-events", partition: 2) == nil)
    }

    @Test("an offset read again counts as repeated; a jump counts the offsets skipped")
    func repeatsAndGaps() {
        var ranges = ConsumedRanges()
        for offset: Int64 in [0, 1, 2, 1, 2, 6] { ranges.record(topic: "t", partition: 0, offset: offset) }
        #expect(ranges.repeated == 2)
        #expect(ranges.skipped == 3)
        #expect(ranges.next(topic: "t", partition: 0) == 7)
    }

    @Test("appending batch after batch equals recording every offset; overlaps and gaps between batches are counted")
    func appendingBatches() {
        let offsets: [[Int64]] = [[0, 1, 2], [3, 4], [3, 4, 5], [9]]
        var recorded = ConsumedRanges()
        var appended = ConsumedRanges()
        for batch in offsets {
            var part = ConsumedRanges()
            for offset in batch {
                recorded.record(topic: "t", partition: 0, offset: offset)
                part.record(topic: "t", partition: 0, offset: offset)
            }
            appended.append(part)
        }
        #expect(appended == recorded)
        #expect(appended.repeated == 2)
        #expect(appended.skipped == 3)
    }

    @Test("the shortfall against a target names each range not read to its end and where reading got to")
    func shortfall() {
        let target = ConsumedRanges([ConsumedRanges.Range(topic: "a", partition: 0, first: 2, next: 6),
                                     ConsumedRanges.Range(topic: "b", partition: 1, first: 0, next: 3)])
        var read = ConsumedRanges()
        for offset: Int64 in 2..<6 { read.record(topic: "a", partition: 0, offset: offset) }
        read.record(topic: "b", partition: 1, offset: 0)
        let missing = read.shortfall(against: target)
        #expect(missing.map(\.range.topic) == ["b"])
        #expect(missing.first?.reached == 1)
        #expect(ConsumedRanges().shortfall(against: target).map(\.reached) == [2, 0])
        #expect(target.shortfall(against: target).isEmpty)
    }
}

@Suite("Comparing a live fleet with a rebuilt one")
struct SnapshotComparisonTests {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)

    func telemetry(_ drone: String, battery: Double, second: Int64) -> Event {
        Event(id: "\(drone)-\(second)", type: .droneTelemetry, source: "t", timestamp: Self.start.adding(milliseconds: second * 1000),
              payload: .telemetry(DroneTelemetry(droneID: drone, battery: battery)))
    }

    func snapshot(_ events: [Event]) -> FleetSnapshot {
        var fleet = FleetState()
        events.forEach { fleet.apply($0) }
        return FleetSnapshot(fleet: fleet, consumed: ConsumedRanges())
    }

    @Test("the same events give identical snapshots")
    func identical() {
        let events = [telemetry("drone-1", battery: 90, second: 1), telemetry("drone-2", battery: 80, second: 2)]
        #expect(SnapshotComparison(live: snapshot(events), rebuilt: snapshot(events)).isIdentical)
    }

    @Test("a field that differs is named with both values; a drone on one side only is named too")
    func differences() {
        let live = snapshot([telemetry("drone-1", battery: 90, second: 1), telemetry("drone-1", battery: 85, second: 2)])
        let rebuilt = snapshot([telemetry("drone-1", battery: 90, second: 1), telemetry("drone-2", battery: 50, second: 1)])
        let found = SnapshotComparison(live: live, rebuilt: rebuilt).differences.map(\.description)
        #expect(found.contains("drone drone-1: battery live 85.0, rebuilt 90.0"))
        #expect(found.contains("drone drone-1: last seen live 2025-08-03T10:13:22Z, rebuilt 2025-08-03T10:13:21Z"))
        #expect(found.contains("drone drone-2: presence live absent, rebuilt present"))
        #expect(found.contains("fleet: events applied live 2, rebuilt 2") == false)
    }

    @Test("tasks and alerts held by one side only are counted, not failed: the caps forget them in arrival order")
    func heldByOneSide() {
        let alert = Event(id: "a", type: .alertCreated, source: "t", timestamp: Self.start,
                          payload: .alert(AlertUpdate(alertID: "alert-1", level: .warning, message: "m")))
        let comparison = SnapshotComparison(live: snapshot([alert]), rebuilt: snapshot([]))
        #expect(comparison.alertsHeldByOneSide == 1)
        #expect(comparison.differences.allSatisfy { $0.subject == "fleet" })
    }
}
