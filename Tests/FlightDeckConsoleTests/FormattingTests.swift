import FlightDeckCore
import Testing
@testable import FlightDeckConsole

@Suite struct FormattingTests {
    @Test func fixedDecimals() {
        #expect(CellText.fixed(31.230416, decimals: 4) == "31.2304")
        #expect(CellText.fixed(-151.20929, decimals: 5) == "-151.20929")
        #expect(CellText.fixed(121.4737, decimals: 5) == "121.47370")
        #expect(CellText.fixed(0.00004, decimals: 4) == "0.0000")
        #expect(CellText.fixed(-0.00004, decimals: 4) == "0.0000")
        #expect(CellText.fixed(12.35, decimals: 1) == "12.4")
        #expect(CellText.fixed(119.6, decimals: 0) == "120")
        #expect(CellText.fixed(.nan, decimals: 2) == "?")
    }

    @Test func groupedThousands() {
        #expect(CellText.grouped(0) == "0")
        #expect(CellText.grouped(999) == "999")
        #expect(CellText.grouped(1000) == "1,000")
        #expect(CellText.grouped(1_234_567) == "1,234,567")
        #expect(CellText.grouped(-12_345) == "-12,345")
    }

    @Test func ages() {
        #expect(CellText.age(milliseconds: 3_400) == "3s")
        #expect(CellText.age(milliseconds: 125_000) == "2m")
        #expect(CellText.age(milliseconds: 7_300_000) == "2h")
        #expect(CellText.age(milliseconds: 200_000_000) == "2d")
        #expect(CellText.age(milliseconds: -5_000) == "0s")
    }

    @Test func barsFillInEighths() {
        #expect(BlockGauge.bar(percent: 100, width: 4) == "████")
        #expect(BlockGauge.bar(percent: 50, width: 4) == "██  ")
        #expect(BlockGauge.bar(percent: 0, width: 4) == "    ")
        #expect(BlockGauge.bar(percent: 12.5, width: 4) == "▌   ")
        #expect(BlockGauge.bar(percent: 140, width: 2) == "██")
        for percent in stride(from: 0.0, through: 100, by: 0.7) {
            #expect(TextWidth.of(BlockGauge.bar(percent: percent, width: 10)) == 10)
        }
    }

    @Test func clockTimesAreUTCWithMilliseconds() {
        #expect(CellText.clock(Timestamp(millisecondsSinceEpoch: 1_754_217_000_250)) == "10:30:00.250")
        #expect(CellText.clock(Timestamp(millisecondsSinceEpoch: 0)) == "00:00:00.000")
        #expect(CellText.clock(Timestamp(millisecondsSinceEpoch: -1)) == "23:59:59.999")
    }

    @Test func paletteColoursFallBackToTheNearestBasicColour() {
        #expect(ColorPairs.basicColor(nearest: 3) == 3)
        #expect(ColorPairs.basicColor(nearest: 9) == 1)
        #expect(ColorPairs.basicColor(nearest: 196) == 1)
        #expect(ColorPairs.basicColor(nearest: 21) == 4)
        #expect(ColorPairs.basicColor(nearest: 236) == 0)
        #expect(ColorPairs.basicColor(nearest: 252) == 7)
    }
}
