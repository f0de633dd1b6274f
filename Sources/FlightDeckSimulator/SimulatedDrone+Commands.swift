import FlightDeckCore

/// An accepted command whose manoeuvre has not finished yet.
struct PendingCommand: Hashable, Sendable {
    let command: DroneCommand
    /// Where a goto ends, in the drone's frame.
    let target: LocalPoint?

    func isAchieved(by drone: SimulatedDrone) -> Bool {
        switch drone.mode {
        case .charging:
            return command.command == .returnToBase || command.command == .land
        case .idle:
            return command.command == .land || (command.command == .returnToBase && drone.isAtHome)
        case .holding:
            if command.command == .hold { return true }
            guard command.command == .goTo, let target else { return false }
            return drone.position.horizontalDistance(to: target) <= FlightEnvelope.arrivalRadius
        case .patrolling:
            return command.command == .takeOff || command.command == .resume
        case .climbing, .returning, .descending, .transiting:
            return command.command == .resume
        }
    }
}

/// The drone side of operator commands: accepting or refusing them and starting the manoeuvre.
extension SimulatedDrone {
    /// Starts `command`, or throws why the drone refuses it. A command accepted while another is
    /// still pending replaces it, and the earlier one is reported failed.
    mutating func execute(_ command: DroneCommand, in context: inout FlightContext) throws(CommandRejection) {
        switch command.command {
        case .takeOff:
            guard !mode.isAirborne else { throw .alreadyAirborne(status) }
            guard battery >= FlightEnvelope.minimumTakeoffBattery else {
                throw .batteryTooLow(battery: battery, required: FlightEnvelope.minimumTakeoffBattery)
            }
            replacePendingCommand(with: PendingCommand(command: command, target: nil), in: &context)
            takeOff(on: context.makePatrol(), in: &context)
        case .returnToBase:
            guard mode.isAirborne else { throw .notAirborne(status) }
            replacePendingCommand(with: PendingCommand(command: command, target: nil), in: &context)
            abandonPatrol(reason: "操作员指令返航", in: &context)
            interruptedMode = nil
            enter(.returning, in: &context)
        case .land:
            guard mode.isAirborne else { throw .notAirborne(status) }
            replacePendingCommand(with: PendingCommand(command: command, target: nil), in: &context)
            abandonPatrol(reason: "操作员指令降落", in: &context)
            interruptedMode = nil
            enter(.descending, in: &context)
        case .hold:
            guard mode.isAirborne else { throw .notAirborne(status) }
            replacePendingCommand(with: PendingCommand(command: command, target: nil), in: &context)
            interrupt(with: .holding, in: &context)
        case .resume:
            guard mode == .holding else { throw .notHolding(status) }
            replacePendingCommand(with: PendingCommand(command: command, target: nil), in: &context)
            let next = interruptedMode ?? (patrol == nil ? .returning : .patrolling)
            interruptedMode = nil
            enter(next, in: &context)
        case .goTo:
            let target = try goToTarget(of: command)
            replacePendingCommand(with: PendingCommand(command: command, target: target), in: &context)
            interrupt(with: .transiting(to: target), in: &context)
        default:
            throw .unsupported(command.command)
        }
    }

    /// Reports the pending command completed once its manoeuvre is done.
    mutating func settlePendingCommand(in context: inout FlightContext) {
        guard let pending = pendingCommand, pending.isAchieved(by: self) else { return }
        pendingCommand = nil
        context.occurrences.append(.commandCompleted(pending.command))
    }

    /// Reports the pending command failed, when there is one.
    mutating func failPendingCommand(reason: String, in context: inout FlightContext) {
        guard let pending = pendingCommand else { return }
        pendingCommand = nil
        context.occurrences.append(.commandFailed(pending.command, reason: reason))
    }

    private mutating func replacePendingCommand(with pending: PendingCommand, in context: inout FlightContext) {
        let newer = pending.command
        failPendingCommand(reason: "被新指令 \(newer.command)（\(newer.commandID)）取代", in: &context)
        pendingCommand = pending
    }

    /// Pauses what the drone is doing for a hold or goto, remembering it for a resume.
    private mutating func interrupt(with newMode: FlightMode, in context: inout FlightContext) {
        if mode.isResumable {
            interruptedMode = mode
        }
        enter(newMode, in: &context)
    }

    /// The goto target in this drone's frame, once it is valid, reachable and the drone is flying.
    private func goToTarget(of command: DroneCommand) throws(CommandRejection) -> LocalPoint {
        guard let target = command.target else { throw .missingTarget }
        guard target.latitude.isFinite, target.longitude.isFinite,
              (-90...90).contains(target.latitude), (-180...180).contains(target.longitude) else {
            throw .invalidTarget(latitude: target.latitude, longitude: target.longitude)
        }
        if let altitude = target.altitude, !FlightEnvelope.commandedAltitudes.contains(altitude) {
            throw .altitudeOutOfRange(altitude, allowed: FlightEnvelope.commandedAltitudes)
        }
        guard mode.isAirborne else { throw .notAirborne(status) }
        let currentAltitude = min(max(position.up, FlightEnvelope.commandedAltitudes.lowerBound),
                                  FlightEnvelope.commandedAltitudes.upperBound)
        let point = frame.localPoint(of: target, defaultAltitude: currentAltitude)
        let distance = point.horizontalDistance(to: .origin)
        guard distance <= FlightEnvelope.geofenceRadius else {
            throw .outsideGeofence(distance: distance, limit: FlightEnvelope.geofenceRadius)
        }
        return point
    }
}
