import Foundation
import Testing
@testable import FlightDeckBench

@Suite("Numbers in messages and reports")
struct FormattingTests {
    @Test func fixedDecimalsKeepTrailingZerosAndRound() {
        #expect(FixedDecimal.text(22.5431, places: 6) == "22.543100")
        #expect(FixedDecimal.text(85.55, places: 1) == "85.6")
        #expect(FixedDecimal.text(-0.04, places: 2) == "-0.04")
        #expect(FixedDecimal.text(-0.001, places: 2) == "0.00")
        #expect(FixedDecimal.text(99.96, places: 1) == "100.0")
        #expect(FixedDecimal.text(12, places: 0) == "12")
        #expect(FixedDecimal.text(.nan, places: 1) == "0")
    }

    @Test func fixedDecimalsReadBackAsTheRoundedNumber() {
        for value in stride(from: -180.0, through: 180.0, by: 7.123_456_7) {
            let text = FixedDecimal.text(value, places: 6)
            #expect(abs(Double(text)! - value) <= 0.000_000_5 + 1e-9)
        }
    }

    @Test func zeroPadding() {
        #expect(FixedDecimal.zeroPadded(7, width: 3) == "007")
        #expect(FixedDecimal.zeroPadded(12_345, width: 3) == "12345")
    }

    @Test func groupedThousands() {
        #expect(FigureText.grouped(0) == "0")
        #expect(FigureText.grouped(999) == "999")
        #expect(FigureText.grouped(1_000) == "1,000")
        #expect(FigureText.grouped(1_234_567) == "1,234,567")
        #expect(FigureText.grouped(-45_000) == "-45,000")
    }

    @Test func residentMemoryIsReadFromProcStatus() {
        let status = "Name:\tflightdeck\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t9\n"
        let memory = ProcessMemory(status: status)
        #expect(memory.residentBytes == 100 * 1_048_576)
        #expect(memory.peakResidentBytes == 200 * 1_048_576)
        #expect(ProcessMemory(status: "").residentBytes == 0)
    }

    @Test func reportsPrintAsTextOrJSON() throws {
        let frames = try #require(SampleSummary([0.4, 0.5, 0.6]))
        let report = RenderReport(configuration: RenderBenchmark.Configuration(droneCounts: [100], frames: 3),
                                  cases: [RenderCase(drones: 100, screen: RenderBenchmark.Screen(columns: 120, rows: 40),
                                                     view: .fleet, activeTasks: 80, openAlerts: 5, frameMilliseconds: frames, tickMilliseconds: frames,
                                                     changedCellsPerFrame: 321)])
        let text = ReportFormat.text.render(report)
        #expect(text.contains("120×40  fleet") && text.contains("0.500 ms") && text.contains("0.600 ms"))
        let json = try #require(ReportFormat.json.render(report).data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["scenario"] as? String == "render")
        let cases = try #require(object["cases"] as? [[String: Any]])
        let times = try #require(cases.first?["frameMilliseconds"] as? [String: Any])
        #expect(times["median"] as? Double == 0.5)
    }

    @Test func ingestReportComparesTheMedianRuns() throws {
        func run(seconds: Double) -> IngestRun {
            IngestRun(events: 100_000, bytes: 30_000_000, seconds: seconds, threadCPUSeconds: seconds / 2, processCPUSeconds: seconds)
        }
        let report = IngestReport(configuration: IngestBenchmark.Configuration(events: 100_000), partitionsPerTopic: 24,
                                  averageMessageBytes: 300, preloadSeconds: 1, flightDeck: [run(seconds: 2), run(seconds: 1), run(seconds: 4)],
                                  kcat: [run(seconds: 0.5), run(seconds: 0.25)], kcatSkippedBecause: nil, embedded: true,
                                  startedAtPreloadTime: false)
        #expect(report.flightDeckMedian?.seconds == 2)
        #expect(report.flightDeckMedian?.eventsPerSecond == 50_000)
        #expect(report.flightDeckMedian?.eventsPerThreadCPUSecond == 100_000)
        #expect(report.kcatMedian?.seconds == 0.5)
        #expect(report.ratioToKcat == 0.25)
        #expect(ReportFormat.text.render(report).contains("ratio FlightDeck / kcat: 0.25×"))
    }
}
