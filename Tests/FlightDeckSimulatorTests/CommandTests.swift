import FlightDeckCore
import FlightDeckSimulator
import Foundation
import Testing

@Suite struct CommandTests {
    /// A run in which some drone is cruising on patrol, and that drone.
    private func cruising(seed: UInt64, minimumBattery: Double = 60) throws -> (FleetRun, DroneSnapshot) {
        var run = FleetRun(seed: seed)
        let found = run.run(atMost: 120) { $0.cruisingDrone(minimumBattery: minimumBattery) != nil }
        #expect(found)
        return (run, try #require(run.cruisingDrone(minimumBattery: minimumBattery)))
    }

    private func command(_ name: CommandName, _ droneID: String, id: String, target: GeoPoint? = nil) -> DroneCommand {
        DroneCommand(commandID: id, droneID: droneID, command: name, target: target, operatorName: "operator-1")
    }

    /// A point `north` and `east` metres from `origin`.
    private func offset(_ origin: GeoPoint, north: Double, east: Double, altitude: Double? = nil) -> GeoPoint {
        GeoPoint(latitude: origin.latitude + north / 111_320,
                 longitude: origin.longitude + east / (111_320 * cos(origin.latitude * .pi / 180)),
                 altitude: altitude)
    }

    private func isCompleted(_ commandID: String) -> (FleetRun) -> Bool {
        { run in run.answers(to: commandID).contains { $0.type == .commandCompleted } }
    }

    @Test func returnToBaseFliesHomeLandsAndCharges() throws {
        var (run, drone) = try cruising(seed: 11)
        let answer = run.handle(command(.returnToBase, drone.id, id: "cmd-rtb"))
        let types = answer.map(\.type)
        let accepted = try #require(types.firstIndex(of: .commandAccepted))
        let returning = try #require(answer.firstIndex { $0.statusChange?.newStatus == .returning })
        #expect(accepted < returning)
        #expect(answer.contains { $0.type == .taskFailed && $0.taskUpdate?.taskID == drone.taskID })
        #expect(run.simulator.drone(drone.id)?.status == .returning)

        let landed = run.run(atMost: 300, until: isCompleted("cmd-rtb"))
        #expect(landed)
        let home = try #require(run.simulator.drone(drone.id))
        #expect(home.distanceFromHome < 15)
        #expect(home.location.altitude == 0)
        #expect(home.status == .charging || home.status == .idle)
        let statuses = run.events(of: drone.id).compactMap(\.statusChange).filter { $0.oldStatus != nil }.map(\.newStatus)
        #expect(statuses.suffix(3) == [.returning, .landing, .charging])
    }

    @Test func holdFreezesTheDroneUntilResume() throws {
        var (run, drone) = try cruising(seed: 12, minimumBattery: 70)
        let answer = run.handle(command(.hold, drone.id, id: "cmd-hold"))
        #expect(answer.contains { $0.type == .commandAccepted })
        #expect(answer.contains { $0.statusChange?.newStatus == .hovering })
        run.run(seconds: 0.5)
        #expect(run.answers(to: "cmd-hold").map(\.type) == [.commandAccepted, .commandCompleted])

        let frozen = try #require(run.simulator.drone(drone.id))
        let reportsBefore = run.events.count
        run.run(seconds: 3)
        let held = try #require(run.simulator.drone(drone.id))
        #expect(held.location == frozen.location)
        #expect(held.status == .hovering && held.speed == 0)
        let heldReports = run.events[reportsBefore...].filter { $0.droneID == drone.id }.compactMap(\.location)
        #expect(heldReports.count > 5)
        #expect(Set(heldReports).count == 1)

        let resumed = run.handle(command(.resume, drone.id, id: "cmd-resume"))
        #expect(resumed.contains { $0.type == .commandAccepted })
        #expect(resumed.contains { $0.statusChange?.newStatus == .flying })
        run.run(seconds: 2)
        let moving = try #require(run.simulator.drone(drone.id))
        #expect(metres(from: frozen.location, to: moving.location) > 50)
        #expect(moving.taskID == drone.taskID)
        #expect(run.answers(to: "cmd-resume").last?.type == .commandCompleted)
    }

    @Test func goToReachesTheTargetHoversAndResumesThePatrol() throws {
        var (run, drone) = try cruising(seed: 13, minimumBattery: 70)
        let target = offset(drone.home, north: 500, east: -300, altitude: 90)
        let answer = run.handle(command(.goTo, drone.id, id: "cmd-goto", target: target))
        #expect(answer.contains { $0.type == .commandAccepted })

        let reached = run.run(atMost: 120, until: isCompleted("cmd-goto"))
        #expect(reached)
        let arrived = try #require(run.simulator.drone(drone.id))
        #expect(arrived.status == .hovering)
        #expect(metres(from: arrived.location, to: target) < 3)
        #expect(arrived.location.altitude == 90)
        #expect(arrived.taskID == drone.taskID)

        _ = run.handle(command(.resume, drone.id, id: "cmd-continue"))
        let resumedAt = run.events.count
        let progressed = run.run(atMost: 300) { run in
            run.events[resumedAt...].contains { event in
                event.taskUpdate?.taskID == drone.taskID && [.taskProgress, .taskCompleted].contains(event.type)
            }
        }
        #expect(progressed)
        #expect(run.answers(to: "cmd-continue").last?.type == .commandCompleted)
    }

    @Test func landComesDownWhereTheDroneIsAndStaysThere() throws {
        var (run, drone) = try cruising(seed: 14)
        let answer = run.handle(command(.land, drone.id, id: "cmd-land"))
        #expect(answer.contains { $0.statusChange?.newStatus == .landing })
        let spot = try #require(run.simulator.drone(drone.id)).location

        let touchedDown = run.run(atMost: 120, until: isCompleted("cmd-land"))
        #expect(touchedDown)
        let landed = try #require(run.simulator.drone(drone.id))
        #expect(landed.status == .idle)
        #expect(landed.location.altitude == 0)
        #expect(metres(from: spot, to: landed.location) < 1)
        run.run(seconds: 60)
        #expect(run.simulator.drone(drone.id)?.status == .idle)
    }

    @Test func takeOffWithLowBatteryIsRejected() throws {
        var run = FleetRun(seed: 15)
        let drained = try #require(run.simulator.drones.first { !$0.status.isAirborne && $0.battery < 40 })
        let answer = run.handle(command(.takeOff, drained.id, id: "cmd-weak"))
        let answers = answer.filter { $0.type.category == .command }
        #expect(answers.map(\.type) == [.commandRejected])
        #expect(answers.first?.commandResult?.message?.contains("电量") == true)
        #expect(!answer.contains { $0.type == .taskCreated || $0.statusChange?.oldStatus != nil })
        #expect(run.simulator.drone(drained.id)?.status == drained.status)
    }

    @Test func takeOffStartsANewPatrol() throws {
        var run = FleetRun(seed: 16)
        let ready = try #require(run.simulator.drones.first { $0.status == .idle && $0.battery >= 40 })
        let answer = run.handle(command(.takeOff, ready.id, id: "cmd-up"))
        #expect(answer.contains { $0.type == .commandAccepted })
        #expect(answer.contains { $0.type == .taskCreated && $0.taskUpdate?.droneID == ready.id })
        #expect(answer.contains { $0.statusChange?.newStatus == .takingOff })
        let climbed = run.run(atMost: 60, until: isCompleted("cmd-up"))
        #expect(climbed)
        #expect(run.simulator.drone(ready.id)?.status == .flying)
    }

    @Test func unknownDroneIsRejected() {
        var run = FleetRun(seed: 17)
        let answer = run.handle(command(.returnToBase, "drone-999", id: "cmd-ghost"))
        let rejections = answer.filter { $0.type.category == .command }
        #expect(rejections.map(\.type) == [.commandRejected])
        #expect(rejections.first?.commandResult?.message?.contains("drone-999") == true)
        #expect(rejections.first?.droneID == "drone-999")
    }

    static let invalidTargets: [(GeoPoint?, String)] = [
        (nil, "缺少目标"),
        (GeoPoint(latitude: 91, longitude: 114), "无效"),
        (GeoPoint(latitude: 22.5, longitude: -181), "无效"),
        (GeoPoint(latitude: .nan, longitude: 114), "无效"),
        (GeoPoint(latitude: 22.7, longitude: 114.06), "电子围栏"),
        (GeoPoint(latitude: 22.5431, longitude: 114.0579, altitude: 500), "高度"),
    ]

    @Test(arguments: invalidTargets)
    func goToWithoutAValidTargetIsRejected(target: GeoPoint?, reason: String) throws {
        var (run, drone) = try cruising(seed: 18)
        let answer = run.handle(command(.goTo, drone.id, id: "cmd-bad", target: target))
        let rejection = try #require(answer.first { $0.type == .commandRejected })
        #expect(rejection.commandResult?.message?.contains(reason) == true)
        #expect(!answer.contains { $0.type == .commandAccepted })
        #expect(run.simulator.drone(drone.id)?.status == .flying)
    }

    @Test func commandsThatNeedFlightAreRejectedOnTheGround() throws {
        var run = FleetRun(seed: 19)
        let parked = try #require(run.simulator.drones.first { !$0.status.isAirborne })
        let target = offset(parked.home, north: 200, east: 0)
        for name in [CommandName.returnToBase, .land, .hold, .resume, .goTo] {
            let answer = run.handle(command(name, parked.id, id: "cmd-\(name)", target: target))
            #expect(answer.filter { $0.type.category == .command }.map(\.type) == [.commandRejected], "\(name)")
        }
        let unsupported = run.handle(command("self_destruct", parked.id, id: "cmd-boom"))
        #expect(unsupported.first { $0.type == .commandRejected }?.commandResult?.message?.contains("不支持") == true)
    }

    @Test func aNewerCommandReplacesAPendingOne() throws {
        var (run, drone) = try cruising(seed: 20)
        _ = run.handle(command(.goTo, drone.id, id: "cmd-first", target: offset(drone.home, north: -800, east: 800)))
        _ = run.handle(command(.returnToBase, drone.id, id: "cmd-second"))
        let failed = try #require(run.answers(to: "cmd-first").first { $0.type == .commandFailed })
        #expect(failed.commandResult?.message?.contains("cmd-second") == true)
        let returned = run.run(atMost: 300, until: isCompleted("cmd-second"))
        #expect(returned)
        #expect(!run.answers(to: "cmd-first").contains { $0.type == .commandCompleted })
    }

    @Test func batteryFailsafeOverridesAFarGoTo() throws {
        var run = FleetRun(seed: 21)
        let found = run.run(atMost: 600) { run in
            run.simulator.drones.contains { $0.status == .flying && $0.taskID != nil && (25...45).contains($0.battery) }
        }
        #expect(found)
        let drone = try #require(run.simulator.drones.first {
            $0.status == .flying && $0.taskID != nil && (25...45).contains($0.battery)
        })
        let far = offset(drone.home, north: 4_500, east: 0)
        let answer = run.handle(command(.goTo, drone.id, id: "cmd-far", target: far))
        #expect(answer.contains { $0.type == .commandAccepted })
        let settled = run.run(atMost: 120) { $0.answers(to: "cmd-far").count > 1 }
        #expect(settled)
        let outcome = try #require(run.answers(to: "cmd-far").last)
        #expect(outcome.type == .commandFailed)
        #expect(outcome.commandResult?.message?.contains("电量不足") == true)
        #expect(run.simulator.drone(drone.id)?.status == .returning)
    }
}
