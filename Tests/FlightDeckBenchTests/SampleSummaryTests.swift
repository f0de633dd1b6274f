import Testing
@testable import FlightDeckBench

@Suite("Percentiles of frame times")
struct SampleSummaryTests {
    @Test func nearestRankOfOneToAHundred() throws {
        let summary = try #require(SampleSummary((1...100).map(Double.init).shuffled()))
        #expect(summary.count == 100)
        #expect(summary.median == 50)
        #expect(summary.p99 == 99)
        #expect(summary.min == 1)
        #expect(summary.max == 100)
        #expect(summary.mean == 50.5)
    }

    @Test func percentilesAreAlwaysMeasuredValues() throws {
        let samples = [0.3, 9.5, 0.2, 0.25]
        let summary = try #require(SampleSummary(samples))
        #expect(summary.median == 0.25)
        #expect(summary.p99 == 9.5)
        #expect(samples.contains(summary.median) && samples.contains(summary.p99))
    }

    @Test func oneSampleIsEveryPercentile() throws {
        let summary = try #require(SampleSummary([4.2]))
        #expect(summary.median == 4.2 && summary.p99 == 4.2 && summary.max == 4.2)
    }

    @Test func theTopOnePercentIsAboveTheNinetyNinth() {
        let sorted = (1...1_000).map(Double.init)
        #expect(SampleSummary.percentile(99, ofSorted: sorted) == 990)
        #expect(SampleSummary.percentile(99.9, ofSorted: sorted) == 999)
        #expect(SampleSummary.percentile(100, ofSorted: sorted) == 1_000)
        #expect(SampleSummary.percentile(0, ofSorted: sorted) == 1)
    }

    @Test func noSamplesNoSummary() {
        #expect(SampleSummary([]) == nil)
    }
}

@Suite("Latency histograms")
struct LatencyRecorderTests {
    @Test func percentilesInMillisecondsWithinThreeSignificantDigits() throws {
        var recorder = LatencyRecorder()
        for millisecond in 1...1_000 {
            recorder.record(nanoseconds: UInt64(millisecond) * 1_000_000)
        }
        let summary = try #require(recorder.summary)
        #expect(summary.count == 1_000)
        #expect(abs(summary.p50 - 500) <= 0.5)
        #expect(abs(summary.p99 - 990) <= 1)
        #expect(abs(summary.p999 - 999) <= 1)
        #expect(abs(summary.max - 1_000) <= 1)
    }

    @Test func recordersFromSeveralThreadsAddUp() throws {
        var first = LatencyRecorder()
        var second = LatencyRecorder()
        first.record(nanoseconds: 2_000_000)
        second.record(nanoseconds: 8_000_000)
        second.record(nanoseconds: 9_000_000)
        first.add(second)
        let summary = try #require(first.summary)
        #expect(summary.count == 3)
        #expect(abs(summary.p50 - 8) < 0.01)
    }

    @Test func subMicrosecondLatenciesCountAsOneMicrosecond() throws {
        var recorder = LatencyRecorder()
        recorder.record(nanoseconds: 10)
        #expect(try #require(recorder.summary).max == 0.001)
        #expect(LatencyRecorder().summary == nil)
    }
}
