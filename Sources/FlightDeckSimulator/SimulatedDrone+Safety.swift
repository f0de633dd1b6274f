/// An alert a drone has raised and not yet resolved.
struct OpenAlert: Hashable, Sendable {
    let alert: DroneAlert
    /// Simulated second at which a passing nuisance clears; battery alerts clear by charging instead.
    let resolvesAt: Double?
}

/// The failsafes: battery alerts and the return-home decision, and the passing link, GPS and wind alerts.
extension SimulatedDrone {
    /// Battery percent it takes to fly home from here and land, at this airframe's drain.
    var batteryNeededToReturn: Double {
        let flightTime = distanceFromHome / airframe.cruiseSpeed
        let descentTime = position.up / FlightEnvelope.descentRate
        return airframe.flightDrainRate * (flightTime + descentTime * FlightEnvelope.descentDrainFactor)
    }

    /// Raises battery alerts as thresholds are crossed and turns the drone home, as PX4 does, once the
    /// battery left only covers the flight home with margin, or drops below the low threshold.
    mutating func watchBattery(in context: inout FlightContext) {
        guard mode.isAirborne else { return }
        let needed = batteryNeededToReturn
        if battery < FlightEnvelope.lowBattery && !hasOpenAlert(ofType: "battery_low") {
            raise(.batteryLow, resolvesAt: nil, in: &context)
        }
        if battery < FlightEnvelope.criticalBattery && !hasOpenAlert(ofType: "battery_critical") {
            let landsInPlace = mode != .descending && battery < needed + 1
            raise(.batteryCritical(landsInPlace: landsInPlace), resolvesAt: nil, in: &context)
            if landsInPlace {
                landNow(reason: "电量严重不足，原地降落", in: &context)
                return
            }
        }
        switch mode {
        case .climbing, .patrolling, .transiting, .holding:
            if battery < FlightEnvelope.lowBattery {
                returnHome(reason: "电量低于20%，中止任务返航", in: &context)
            } else if battery <= needed * FlightEnvelope.returnSafetyFactor + FlightEnvelope.landingReserve {
                returnHome(reason: "剩余电量仅够返航，中止任务", in: &context)
            }
        default:
            break
        }
    }

    /// Clears nuisance alerts whose time is up and now and then raises a new one while airborne.
    mutating func watchNuisances(over step: Double, in context: inout FlightContext) {
        let clock = self.clock
        for open in openAlerts where open.resolvesAt.map({ $0 <= clock }) ?? false {
            context.occurrences.append(.alertResolved(open.alert))
        }
        openAlerts.removeAll { $0.resolvesAt.map { $0 <= clock } ?? false }

        guard mode.isAirborne, !openAlerts.contains(where: { $0.resolvesAt != nil }),
              context.generator.happens(ratePerSecond: FlightEnvelope.nuisanceAlertRate, within: step)
        else { return }
        let kind: DroneAlert.Kind
        switch Int.random(in: 0..<3, using: &context.generator) {
        case 0: kind = .linkDegraded
        case 1: kind = .gpsWeak
        default: kind = .highWind(gust: Int.random(in: 11...18, using: &context.generator))
        }
        let duration = Double.random(in: FlightEnvelope.nuisanceAlertDurations, using: &context.generator)
        raise(kind, resolvesAt: clock + duration, in: &context)
    }

    /// Turns home at once, ending the patrol and any command the return overrides.
    private mutating func returnHome(reason: String, in context: inout FlightContext) {
        abandonPatrol(reason: reason, in: &context)
        failPendingCommand(reason: "电量不足，已自动返航", in: &context)
        interruptedMode = nil
        enter(.returning, in: &context)
    }

    /// Comes down where it is: home is out of reach.
    private mutating func landNow(reason: String, in context: inout FlightContext) {
        abandonPatrol(reason: reason, in: &context)
        failPendingCommand(reason: reason, in: &context)
        interruptedMode = nil
        enter(.descending, in: &context)
    }

    private func hasOpenAlert(ofType type: String) -> Bool {
        openAlerts.contains { $0.alert.type == type }
    }

    private mutating func raise(_ kind: DroneAlert.Kind, resolvesAt: Double?, in context: inout FlightContext) {
        let alert = DroneAlert(id: "alert-" + context.generator.hex(count: 12), kind: kind)
        openAlerts.append(OpenAlert(alert: alert, resolvesAt: resolvesAt))
        context.occurrences.append(.alertRaised(alert))
    }
}
