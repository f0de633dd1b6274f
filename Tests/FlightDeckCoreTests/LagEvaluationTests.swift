import FlightDeckCore
import Testing

@Suite("Burrow-style lag evaluation")
struct LagEvaluationTests {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)
    static let policy = LagPolicy(windowSize: 5)

    /// Samples 10 s apart from (committed, end) pairs.
    static func window(_ offsets: [(Int64?, Int64)]) -> [LagSample] {
        offsets.enumerated().map { index, pair in
            LagSample(takenAt: start.adding(milliseconds: Int64(index) * 10_000), committed: pair.0, end: pair.1)
        }
    }

    static func verdict(_ offsets: [(Int64?, Int64)]) -> (status: PartitionStatus, reason: String) {
        PartitionEvaluator.evaluate(window(offsets), policy: policy)
    }

    @Test("offsets moving while lag only grows is WARN")
    func growing() {
        let result = Self.verdict([(100, 150), (120, 180), (140, 220), (160, 260), (180, 300)])
        #expect(result.status == .warning)
        #expect(result.reason == "lag grew from 50 to 120 over 40s while consuming")
    }

    @Test("an unmoved offset with nothing new arriving is STALL")
    func stalled() {
        let result = Self.verdict(Array(repeating: (100, 140), count: 5))
        #expect(result.status == .stalled)
        #expect(result.reason == "committed offset stuck at 100 for 40s with lag 40")
    }

    @Test("an unmoved offset while producers go on is STOP")
    func stopped() {
        let result = Self.verdict([(100, 110), (100, 130), (100, 150), (100, 170), (100, 190)])
        #expect(result.status == .stopped)
        #expect(result.reason == "no progress for 40s while 80 new messages arrived; lag 90")
    }

    @Test("a consumer working its backlog down is OK, and so is one that caught up anywhere in the window")
    func recovering() {
        #expect(Self.verdict([(100, 400), (200, 420), (300, 440), (400, 460), (450, 470)]).status == .ok)
        #expect(Self.verdict([(100, 100), (100, 130), (100, 150), (100, 170), (100, 190)]) == (.ok, "caught up within the last 40s"))
        #expect(Self.verdict([(100, 150), (120, 180), (140, 220), (160, 260), (260, 260)]) == (.ok, "caught up"))
    }

    @Test("a committed offset that went back and stayed back is REWIND; one that climbed back past its peak is not")
    func rewind() {
        let result = Self.verdict([(100, 200), (120, 210), (50, 220), (60, 230), (70, 240)])
        #expect(result.status == .rewound)
        #expect(result.reason == "committed offset went back from 120 to 70 and has not recovered")
        #expect(Self.verdict([(100, 300), (120, 300), (50, 300), (90, 300), (130, 300)]).status == .ok)
    }

    @Test("nothing is judged until the window is full or while nothing is committed")
    func notEnoughSamples() {
        #expect(Self.verdict(Array(repeating: (100, 140), count: 4)) == (.ok, "collecting samples (4 of 5)"))
        #expect(Self.verdict(Array(repeating: (nil, 140), count: 5)) == (.ok, "nothing committed"))
        #expect(Self.verdict([(nil, 100), (100, 140), (100, 140), (100, 140), (100, 140)]) == (.ok, "collecting samples (4 of 5)"))
    }

    @Test("allowed lag counts as caught up")
    func allowedLag() {
        let lenient = LagPolicy(windowSize: 5, allowedLag: 50)
        #expect(PartitionEvaluator.evaluate(Self.window(Array(repeating: (100, 140), count: 5)), policy: lenient).status == .ok)
        #expect(PartitionEvaluator.evaluate(Self.window(Array(repeating: (100, 160), count: 5)), policy: lenient).status == .stalled)
    }

    @Test("a group is as bad as its worst partition, says which, and sums its lag per topic")
    func groupStatus() {
        var monitor = LagMonitor(policy: Self.policy)
        var evaluations: [GroupEvaluation] = []
        for step in 0..<5 {
            let reading = GroupLag(group: "alert-service", partitions: [
                PartitionLag(topic: "drone-events", partition: 0, committed: 10 + Int64(step) * 10, end: 20 + Int64(step) * 10),
                PartitionLag(topic: "drone-events", partition: 1, committed: 5, end: 6 + Int64(step) * 4),
                PartitionLag(topic: "alert-events", partition: 0, committed: 7, end: 9),
            ])
            evaluations = monitor.record([reading], at: Self.start.adding(milliseconds: Int64(step) * 2_000))
        }
        let group = try! #require(evaluations.first)
        #expect(group.partitions.map(\.status) == [.stalled, .warning, .stopped])
        #expect(group.partitions.map(\.name) == ["alert-events[0]", "drone-events[0]", "drone-events[1]"])
        #expect(group.status == .error)
        #expect(group.reason == "STALL alert-events[0]: committed offset stuck at 7 for 8s with lag 2 (+1 more)")
        #expect(group.totalLag == 2 + 10 + 17)
        #expect(group.lagByTopic.map(\.topic) == ["alert-events", "drone-events"])
        #expect(group.lagByTopic.map(\.lag) == [2, 27])
    }

    @Test("a group that resumes returns to OK once its window has caught up")
    func resumes() {
        var monitor = LagMonitor(policy: Self.policy)
        var status: [GroupStatus] = []
        let committed: [Int64] = [0, 0, 0, 0, 0, 0, 60, 70]
        for (step, offset) in committed.enumerated() {
            let reading = GroupLag(group: "g", partitions: [PartitionLag(topic: "t", partition: 0, committed: offset, end: 10 * Int64(step) + 10)])
            status.append(monitor.record([reading], at: Self.start.adding(milliseconds: Int64(step) * 1_000))[0].status)
        }
        #expect(status == [.ok, .ok, .ok, .ok, .error, .error, .ok, .ok])
        let caughtUp = GroupLag(group: "g", partitions: [PartitionLag(topic: "t", partition: 0, committed: 90, end: 90)])
        #expect(monitor.record([caughtUp], at: Self.start.adding(milliseconds: 9_000))[0].status == .ok)
    }

    @Test("lag in seconds interpolates when the end offset passed the committed one")
    func lagSeconds() {
        // Offset 125 was written halfway between t=10 s (end 120) and t=20 s (end 130): 25 s behind at t=40 s.
        let window = Self.window([(100, 110), (110, 120), (115, 130), (120, 140), (125, 150)])
        #expect(LagTime.estimate(window) == 25)
        #expect(LagTime.estimate(Self.window([(150, 150)])) == 0)
        #expect(LagTime.estimate(Self.window([(10, 110), (10, 120)])) == nil)
    }

    @Test("lag in seconds is the age of the oldest unhandled message when it could be read, whatever the samples say")
    func lagSecondsFromTheMessage() {
        let window = Self.window([(100, 110), (110, 120), (115, 130), (120, 140), (125, 150)])
        let written = window.last!.takenAt.adding(milliseconds: -42_500)
        #expect(LagTime.estimate(window, committedMessageTime: written) == 42.5)
        let stuck = Self.window([(10, 110), (10, 120)])
        #expect(LagTime.estimate(stuck, committedMessageTime: stuck.last!.takenAt.adding(milliseconds: -42_500)) == 42.5,
                "known even where interpolation has nothing to go on")
        #expect(LagTime.estimate(Self.window([(150, 150)]), committedMessageTime: written) == 0, "caught up is 0")
        #expect(LagTime.estimate(window, committedMessageTime: window.last!.takenAt.adding(milliseconds: 5_000)) == 0,
                "a message stamped in the future is not negative lag")
    }
}
