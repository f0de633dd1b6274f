import FlightDeckCore
import FlightDeckSimulator
import Testing

/// Twenty wall-clock minutes (over three simulated hours) of an unattended 50-drone fleet, shared by the checks below.
let unattendedRun: FleetRun = {
    var run = FleetRun(seed: 2025)
    run.run(seconds: 20 * 60)
    return run
}()

/// The status changes a drone can go through: its normal cycle plus holds, gotos, landings and failsafes.
let allowedTransitions: [DroneStatus: Set<DroneStatus>] = [
    .idle: [.takingOff],
    .charging: [.idle, .takingOff],
    .takingOff: [.flying, .hovering, .returning, .landing],
    .flying: [.hovering, .returning, .landing],
    .hovering: [.flying, .takingOff, .returning, .landing],
    .returning: [.landing, .hovering, .flying],
    .landing: [.charging, .idle, .hovering, .returning, .flying],
]

@Suite struct FleetInvariantTests {
    let run = unattendedRun
    var homes: [String: GeoPoint] {
        Dictionary(uniqueKeysWithValues: run.simulator.drones.map { ($0.id, $0.home) })
    }

    @Test func batteryStaysBetweenEmptyAndFull() {
        var readings = 0
        for event in run.events {
            let battery: Double? = switch event.payload {
            case .telemetry(let telemetry): telemetry.battery
            case .droneStatus(let change): change.battery
            default: nil
            }
            guard let battery else { continue }
            readings += 1
            #expect((0...100).contains(battery), "\(event.droneID ?? "") battery \(battery)")
        }
        #expect(readings > 10_000)
        #expect(run.simulator.drones.allSatisfy { (0...100).contains($0.battery) })
    }

    @Test func positionsStayValidAndNearBase() {
        let homes = self.homes
        for event in run.events {
            guard let location = event.location, let droneID = event.droneID, let home = homes[droneID] else { continue }
            #expect((-90...90).contains(location.latitude) && (-180...180).contains(location.longitude))
            #expect(metres(from: home, to: location) < 2_100, "\(droneID) strayed to \(location)")
            #expect((0...150).contains(location.altitude ?? -1))
        }
    }

    @Test func timestampsOfEachDroneNeverGoBack() {
        var latest: [String: Timestamp] = [:]
        for event in run.events {
            guard let droneID = event.droneID else { continue }
            if let previous = latest[droneID] {
                #expect(event.timestamp >= previous)
            }
            latest[droneID] = event.timestamp
        }
        #expect(latest.count == 50)
        #expect(run.events.last?.timestamp == run.now)
    }

    @Test func statusChangesFollowTheFlightCycle() {
        var current: [String: DroneStatus] = [:]
        var transitions = 0
        for event in run.events {
            guard let change = event.statusChange else { continue }
            if let old = change.oldStatus {
                #expect(old == current[change.droneID], "\(change.droneID) changed from \(old)")
                #expect(allowedTransitions[old]?.contains(change.newStatus) == true, "\(old) → \(change.newStatus)")
                transitions += 1
            } else if let known = current[change.droneID] {
                #expect(change.newStatus == known, "report of \(change.newStatus) while \(known)")
            }
            current[change.droneID] = change.newStatus
        }
        #expect(transitions > 1_000)
        let seen = Set(current.values)
        #expect(seen.isSubset(of: [.idle, .charging, .takingOff, .flying, .hovering, .returning, .landing]))
    }

    @Test func flightsStayInTheOperatingEnvelope() {
        var status: [String: DroneStatus] = [:]
        var reportedSinceChange: Set<String> = []
        var cruisingReports = 0
        for event in run.events {
            if let change = event.statusChange {
                status[change.droneID] = change.newStatus
                reportedSinceChange.remove(change.droneID)
            }
            guard let report = event.positionReport, let droneID = event.droneID else { continue }
            #expect((0...15).contains(report.speed))
            #expect((0..<360).contains(report.heading))
            if status[droneID] == .flying {
                #expect((60...150).contains(report.location.altitude ?? 0))
                if reportedSinceChange.contains(droneID) {
                    cruisingReports += 1
                    #expect((8...15).contains(report.speed))
                }
            }
            if status[droneID] == .idle || status[droneID] == .charging {
                #expect(report.speed == 0 && report.location.altitude == 0)
            }
            reportedSinceChange.insert(droneID)
        }
        #expect(cruisingReports > 10_000)
    }

    @Test func headingFollowsTheGroundTrack() {
        var last: [String: GeoPoint] = [:]
        var compared = 0
        var aligned = 0
        for event in run.events {
            guard case .droneLocation(let update) = event.payload else { continue }
            defer { last[update.droneID] = update.location }
            guard let previous = last[update.droneID], let heading = update.heading, (update.speed ?? 0) > 0,
                  metres(from: previous, to: update.location) > 20 else { continue }
            compared += 1
            if angleBetween(bearing(from: previous, to: update.location), heading) < 10 { aligned += 1 }
        }
        #expect(compared > 5_000)
        #expect(Double(aligned) > 0.9 * Double(compared))
    }

    @Test func onlyPartOfTheFleetFliesAtOnce() {
        var airborne: [String: Bool] = [:]
        var samples: [Int] = []
        for (index, event) in run.events.enumerated() {
            if let change = event.statusChange { airborne[change.droneID] = change.newStatus.isAirborne }
            if index % 5_000 == 0 && index > 50_000 { samples.append(airborne.values.count { $0 }) }
        }
        #expect(samples.count > 10)
        #expect(samples.allSatisfy { $0 > 5 && $0 < 45 })
    }

    @Test func everyEventCarriesThePayloadItsTypeNames() {
        for event in run.events {
            let matches = switch (event.type.category, event.payload) {
            case (.drone, .droneStatus): event.type == .droneStatusChanged
            case (.drone, .droneLocation): event.type == .droneLocationUpdated
            case (.drone, .telemetry): event.type == .droneTelemetry
            case (.task, .task), (.alert, .alert), (.system, .system), (.metric, .metric), (.log, .log): true
            default: false
            }
            #expect(matches, "\(event.type) carries \(event.payload)")
            #expect(!event.source.isEmpty && event.raw == nil)
        }
    }

    @Test func everyFamilyOfTheFeedCarriesTraffic() {
        let topics = Set(run.events.map { Topic.destination(of: $0.type) })
        #expect(topics == [.droneEvents, .taskEvents, .alertEvents, .systemEvents, .monitoringData, .applicationLogs])

        let metricNames = Set(run.events.compactMap { event -> String? in
            if case .metric(let sample) = event.payload { return sample.name }
            return nil
        })
        #expect(metricNames.isSuperset(of: ["fleet_airborne", "fleet_avg_battery"]))

        let alertTypes = Set(run.events.compactMap { $0.type == .alertCreated ? $0.alertUpdate?.alertType : nil })
        #expect(alertTypes.isSuperset(of: ["battery_low", "link_degraded", "gps_weak", "high_wind"]))

        let services = ServiceNames()
        for event in run.events {
            switch event.type.category {
            case .task: #expect(event.source == services.tasks)
            case .alert: #expect(event.source == services.alerts)
            case .metric: #expect(event.source == services.monitoring)
            case .drone:
                let expected = event.type == .droneStatusChanged ? services.droneControl : services.telemetry
                #expect(event.source == expected)
            default: break
            }
        }
    }
}
