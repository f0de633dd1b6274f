import FlightDeckCore
import Testing

@Suite("Lost link and trajectories")
struct LinkAndTrackTests {
    @Test func silenceRaisesLinkLostAndHearingResolvesIt() {
        var processor = StreamProcessor(configuration: .init())
        _ = processor.process(Traffic.location("drone-001", Traffic.shenzhen, at: 0))
        _ = processor.process(Traffic.location("drone-002", Traffic.shenzhen, at: 25))
        #expect(processor.tick(now: Traffic.at(30)).isEmpty, "30 s is the threshold, not past it")
        let lost = processor.tick(now: Traffic.at(31))
        #expect(lost.alertTypes == ["link_lost"])
        #expect(lost.first?.alert?.droneID == "drone-001")
        #expect(lost.first?.alert?.level == .critical)
        #expect(processor.tick(now: Traffic.at(40)).isEmpty, "raised once")
        _ = processor.process(Traffic.location("drone-001", Traffic.shenzhen, at: 41))
        _ = processor.process(Traffic.location("drone-002", Traffic.shenzhen, at: 41))
        let resolved = processor.tick(now: Traffic.at(52))
        #expect(resolved.map(\.type) == [.alertResolved])
        #expect(resolved.first?.alert?.alertID == lost.first?.alert?.alertID)
    }

    @Test func trajectoryIsBoundedInPointsAndTime() {
        var track = Trajectory(limits: .init(maxPoints: 5, windowSeconds: 60))
        for step in 0..<10 {
            track.append(Traffic.offset(Traffic.shenzhen, north: Double(step) * 100), at: Traffic.at(Double(step)))
        }
        #expect(track.points.count == 5)
        #expect(abs(track.distance - 400) < 1, "four 100 m legs kept, got \(track.distance)")
        #expect(abs((track.averageSpeed ?? 0) - 100) < 0.5)
        track.append(Traffic.offset(Traffic.shenzhen, north: 1_000), at: Traffic.at(100))
        #expect(track.points.count == 1, "everything older than a minute is gone")
        #expect(track.distance == 0)
        #expect(track.averageSpeed == nil)
    }

    @Test func trajectoryIgnoresOutOfOrderPositions() {
        var track = Trajectory()
        track.append(Traffic.shenzhen, at: Traffic.at(10))
        track.append(Traffic.offset(Traffic.shenzhen, east: 50), at: Traffic.at(5))
        track.append(Traffic.offset(Traffic.shenzhen, east: 30), at: Traffic.at(20))
        #expect(track.points.count == 2)
        #expect(abs(track.distance - 30) < 0.5)
        #expect(abs((track.averageSpeed ?? 0) - 3) < 0.05)
    }

    @Test func processorKeepsEachDronesTrack() {
        var processor = StreamProcessor(configuration: .init())
        for step in 0..<20 {
            _ = processor.process(Traffic.location("drone-001", Traffic.offset(Traffic.shenzhen, east: Double(step) * 10), at: Double(step)))
        }
        let track = processor.trajectories["drone-001"]
        #expect(track?.points.count == 20)
        #expect(abs((track?.distance ?? 0) - 190) < 1)
    }
}
