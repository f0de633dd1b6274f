import FlightDeckCore
import Testing

@Suite("Alert aggregation")
struct AggregationTests {
    static func condition(_ droneID: String, _ type: String = "link_lost", level: AlertLevel = .warning) -> AlertCondition {
        AlertCondition(key: AlertKey(droneID: droneID, type: type), level: level, message: "\(droneID) \(type)")
    }

    @Test func flappingConditionIsOneAlertWithARepeatCount() {
        var aggregator = AlertAggregator()
        var events: [Event] = []
        for step in 0..<6 {
            events += aggregator.apply(.raised(Self.condition("drone-001"), at: Traffic.at(Double(step) * 2)))
            events += aggregator.apply(.cleared(AlertKey(droneID: "drone-001", type: "link_lost"), at: Traffic.at(Double(step) * 2 + 1)))
            events += aggregator.tick(now: Traffic.at(Double(step) * 2 + 1.5))
        }
        #expect(events.of(.alertCreated).count == 1)
        #expect(events.of(.alertResolved).isEmpty, "still inside the settle time")
        let resolved = aggregator.tick(now: Traffic.at(30))
        #expect(resolved.count == 1)
        #expect(resolved.first?.alert?.alertID == events.first?.alert?.alertID)
        #expect(resolved.first?.alert?.message?.contains("raised 6 times") == true)
        #expect(aggregator.statistics.repeats == 5)
    }

    @Test func idsFollowFromDroneTypeAndEpisodeStart() {
        func run(startingAt seconds: Double) -> String? {
            var aggregator = AlertAggregator()
            return aggregator.apply(.raised(Self.condition("drone-001"), at: Traffic.at(seconds))).first?.alert?.alertID
        }
        #expect(run(startingAt: 3) == run(startingAt: 3))
        #expect(run(startingAt: 3) != run(startingAt: 4))
        #expect(run(startingAt: 3)?.hasPrefix(AlertID.prefix) == true)
        let other = AlertID.make(AlertKey(droneID: "drone-002", type: "link_lost"), startedAt: Traffic.at(3))
        #expect(run(startingAt: 3) != other)
    }

    @Test func perDroneRateLimitHoldsBackAlertsAndTheirResolutions() {
        var policy = AlertPolicy()
        policy.perDroneLimit = 2
        var aggregator = AlertAggregator(policy: policy)
        var events: [Event] = []
        for type in ["a", "b", "c", "d"] {
            events += aggregator.apply(.raised(Self.condition("drone-001", type), at: Traffic.at(0)))
        }
        #expect(events.count == 2)
        #expect(aggregator.statistics.rateLimited == 2)
        for type in ["a", "b", "c", "d"] {
            events += aggregator.apply(.cleared(AlertKey(droneID: "drone-001", type: type), at: Traffic.at(1)))
        }
        #expect(aggregator.tick(now: Traffic.at(20)).count == 2, "only published alerts are resolved")
        #expect(aggregator.apply(.raised(Self.condition("drone-001", "e"), at: Traffic.at(61))).count == 1, "the window has passed")
    }

    @Test func criticalAlertsAreExemptFromThePerDroneLimit() {
        var policy = AlertPolicy()
        policy.perDroneLimit = 1
        var aggregator = AlertAggregator(policy: policy)
        #expect(aggregator.apply(.raised(Self.condition("drone-001", "gps_weak"), at: Traffic.at(0))).count == 1)
        #expect(aggregator.apply(.raised(Self.condition("drone-001", "high_wind"), at: Traffic.at(1))).isEmpty)
        let violation = aggregator.apply(.raised(Self.condition("drone-001", "no_fly_zone_violation", level: .critical), at: Traffic.at(2)))
        #expect(violation.count == 1, "a chatty drone must not hide its own violation")
    }

    @Test func burstAcrossDronesBecomesOneFleetAlert() throws {
        var aggregator = AlertAggregator()
        var events: [Event] = []
        for drone in 1...40 {
            events += aggregator.apply(.raised(Self.condition("drone-\(drone)", level: .critical), at: Traffic.at(Double(drone) * 0.1)))
        }
        let created = events.of(.alertCreated)
        #expect(created.count == 5, "four drones alone, then one fleet alert")
        let fleet = try #require(created.last?.alert)
        #expect(fleet.droneID == nil)
        #expect(fleet.message?.contains("5 drones") == true)
        #expect(aggregator.tick(now: Traffic.at(15)).isEmpty, "updates wait for the fleet update interval")
        let update = aggregator.tick(now: Traffic.at(65))
        #expect(update.count == 1, "the grown list is republished under the same id")
        #expect(update.first?.alert?.alertID == fleet.alertID)
        #expect(update.first?.alert?.message?.contains("40 drones") == true)
        for drone in 1...40 {
            _ = aggregator.apply(.cleared(AlertKey(droneID: "drone-\(drone)", type: "link_lost"), at: Traffic.at(70)))
        }
        let resolved = aggregator.tick(now: Traffic.at(81))
        #expect(resolved.count == 5)
        #expect(resolved.contains { $0.alert?.alertID == fleet.alertID })
        #expect(aggregator.openAlertCount == 0)
    }

    /// 10,000 raw conditions: 500 drones, each raising and clearing four kinds of trouble over five minutes.
    @Test func stormOfTenThousandConditionsYieldsAHandfulOfAlerts() {
        var aggregator = AlertAggregator()
        var published = 0
        let types = ["link_lost", "battery_low", "gps_weak", "no_fly_zone_violation"]
        for round in 0..<5 {
            for drone in 0..<500 {
                let time = Traffic.at(Double(round) * 60 + Double(drone) * 0.1)
                for type in types {
                    published += aggregator.apply(.raised(Self.condition("drone-\(drone)", type), at: time)).of(.alertCreated).count
                }
                if drone % 50 == 0 { published += aggregator.tick(now: time).of(.alertCreated).count }
            }
            for drone in 0..<500 {
                for type in types {
                    _ = aggregator.apply(.cleared(AlertKey(droneID: "drone-\(drone)", type: type), at: Traffic.at(Double(round) * 60 + 55)))
                }
            }
        }
        let statistics = aggregator.statistics
        #expect(statistics.raised == 10_000)
        #expect(published == statistics.published)
        #expect(published <= 60, "published \(published) alerts for 10,000 conditions")
        #expect(statistics.reductionRatio >= 150)
        print("storm: \(statistics.raised) raw conditions → \(statistics.published) alerts published (ratio \(Int(statistics.reductionRatio)):1)")
    }

    @Test func restoredAlertsAreNotRaisedAgainAndResolveUnderTheirOldID() {
        var log = OpenAlertLog()
        let old = "fd-0000000000000001"
        log.apply(Event(id: "e1", type: .alertCreated, source: "alert-service", timestamp: Traffic.at(0),
                        payload: .alert(AlertUpdate(alertID: old, alertType: "link_lost", droneID: "drone-001"))))
        log.apply(Event(id: "e2", type: .alertCreated, source: "alert-service", timestamp: Traffic.at(0),
                        payload: .alert(AlertUpdate(alertID: "fd-0000000000000002", alertType: "battery_low", droneID: "drone-002"))))
        log.apply(Event(id: "e3", type: .alertResolved, source: "alert-service", timestamp: Traffic.at(1),
                        payload: .alert(AlertUpdate(alertID: "fd-0000000000000002"))))
        log.apply(Event(id: "e4", type: .alertCreated, source: "alert-service", timestamp: Traffic.at(0),
                        payload: .alert(AlertUpdate(alertID: "sim-7", alertType: "battery_low", droneID: "drone-003"))))
        #expect(log.openAlerts.map(\.alertID) == [old], "resolved alerts and other services' alerts are not ours to take over")

        var processor = StreamProcessor(configuration: .init())
        #expect(processor.restore(log, at: Traffic.at(100)).isEmpty)
        _ = processor.process(Traffic.location("drone-001", Traffic.shenzhen, at: 100))
        #expect(processor.tick(now: Traffic.at(200)).of(.alertCreated).isEmpty, "the lost link is the one already raised")
        _ = processor.process(Traffic.location("drone-001", Traffic.shenzhen, at: 201))
        let resolved = processor.tick(now: Traffic.at(215))
        #expect(resolved.map { $0.alert?.alertID } == [old])
    }

    @Test func reprocessingAfterARestartPublishesNothingTwice() {
        let zone = NoFlyZone(id: "z", name: "Z", shape: .circle(center: Traffic.shenzhen, radius: 100))
        let traffic = [Traffic.location("drone-001", Traffic.offset(Traffic.shenzhen, north: 500), at: 0),
                       Traffic.location("drone-001", Traffic.shenzhen, at: 5),
                       Traffic.location("drone-001", Traffic.offset(Traffic.shenzhen, north: 500), at: 10)]
        var first = StreamProcessor(configuration: .init(zones: [zone]))
        let published = traffic.flatMap { first.process($0) } + first.tick(now: Traffic.at(30))
        #expect(published.map(\.type) == [.alertCreated, .alertResolved])
        var log = OpenAlertLog()
        published.forEach { log.apply($0) }
        var restarted = StreamProcessor(configuration: .init(zones: [zone]))
        _ = restarted.restore(log, at: Traffic.at(40))
        let again = traffic.flatMap { restarted.process($0) } + restarted.tick(now: Traffic.at(30))
        #expect(again.of(.alertCreated).isEmpty, "the same events name the same alert, already published")
    }

    /// A crash after a batch's alerts were delivered and before its offsets were committed: the restart redoes the
    /// batch, in which a drone that entered the zone in the committed batch before left it and had its alert resolved.
    @Test func redoingAnUncommittedBatchDoesNotRaiseAnEpisodeItResolvedAgain() {
        let zone = NoFlyZone(id: "z", name: "Z", shape: .circle(center: Traffic.shenzhen, radius: 100))
        let outside = Traffic.offset(Traffic.shenzhen, north: 500)
        let committed = [Traffic.location("drone-001", outside, at: 0), Traffic.location("drone-001", Traffic.shenzhen, at: 5)]
        let uncommitted = [Traffic.location("drone-001", Traffic.shenzhen, at: 6), Traffic.location("drone-001", outside, at: 10),
                           Traffic.location("drone-002", outside, at: 30)]
        var first = StreamProcessor(configuration: .init(zones: [zone]))
        var published = committed.flatMap { first.process($0) } + first.tick(now: Traffic.at(5))
        published += uncommitted.flatMap { first.process($0) } + first.tick(now: Traffic.at(30))
        #expect(published.map(\.type) == [.alertCreated, .alertResolved])
        var log = OpenAlertLog()
        published.forEach { log.apply($0) }

        var restarted = StreamProcessor(configuration: .init(zones: [zone]))
        let again = restarted.restore(log, at: Traffic.at(40)) + uncommitted.flatMap { restarted.process($0) }
            + restarted.tick(now: Traffic.at(30))
        #expect(again.isEmpty, "the episode was raised and resolved before the crash: \(again.map(\.type))")
        let later = restarted.process(Traffic.location("drone-001", Traffic.shenzhen, at: 50))
        #expect(later.of(.alertCreated).count == 1, "a new entry after the resolution is a new alert")
    }
}
