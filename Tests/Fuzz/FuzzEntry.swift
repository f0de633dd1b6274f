// libFuzzer's entry point for the decoder and the reducer. `Tests/Fuzz/run.sh` compiles it into the
// FlightDeckCore module with `swiftc -sanitize=fuzzer`; SwiftPM never sees this folder.
//
// One input is read two ways: as one message, and as messages one per line, the way a poll hands over a
// batch. Whatever decodes is folded into a fresh fleet state; an input that breaks an invariant below traps,
// and libFuzzer keeps it as a crash.

private let decoder = EventDecoder()
/// Small caps, so that eviction is reached within one input.
private let limits = FleetLimits(recentEventsPerDrone: 3, rememberedEventIDs: 8, finishedTasks: 2, tasks: 4,
                                 resolvedAlerts: 2, alerts: 4, drones: 4)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: count)
    var fleet = FleetState(limits: limits)
    var decoded = 0
    for message in [bytes[...]] + bytes.split(separator: 0x0A) {
        let message = Array(message)
        _ = try? JSONValue.parse(message).prettyPrinted()
        guard let event = try? decoder.decode(message) else { continue }
        decoded += 1
        checkRoundTrip(event)
        fleet.apply(event)
    }
    checkInvariants(fleet, decoded: decoded)
    return 0
}

/// What the decoder accepted, the encoder writes back in a form the decoder accepts again.
private func checkRoundTrip(_ event: Event) {
    var typed = event
    typed.raw = nil
    guard let again = try? decoder.decode(EventEncoder.encode(typed)) else {
        fatalError("re-encoded event does not decode: \(event.id.prefix(40))")
    }
    precondition(again.id == event.id && again.type == event.type && again.timestamp == event.timestamp)
    precondition(again.droneID == event.droneID)
}

private func checkInvariants(_ fleet: FleetState, decoded: Int) {
    let counters = fleet.counters
    precondition(counters.applied + counters.duplicates + counters.outOfOrder == decoded)
    precondition(fleet.drones.count <= limits.drones && fleet.tasks.count <= limits.tasks && fleet.alerts.count <= limits.alerts)
    for drone in fleet.drones.values {
        precondition(drone.recentEvents.count <= limits.recentEventsPerDrone)
        if let battery = drone.battery { precondition((0...100).contains(battery)) }
        if let location = drone.location {
            precondition((-90...90).contains(location.latitude) && (-180...180).contains(location.longitude))
            precondition(location.altitude?.isFinite ?? true)
        }
        precondition(drone.speed?.isFinite ?? true)
        precondition(drone.heading?.isFinite ?? true)
    }
    for task in fleet.tasks.values {
        precondition((0...100).contains(task.progress))
    }
}
