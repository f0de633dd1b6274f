import Testing
@testable import FlightDeckConsole

@Suite struct TextWidthTests {
    @Test(arguments: ["a", "Z", "~", " ", "é", "Ω", "ж", "€", "│", "█"])
    func narrowCharactersTakeOneColumn(_ character: Character) {
        #expect(TextWidth.of(character) == 1)
    }

    @Test(arguments: ["巡", "检", "点", "位", "无", "人", "机", "ア", "あ", "한", "가", "Ａ", "０", "，", "。", "🚁", "😀", "🔋", "⚡", "𠀀"])
    func wideCharactersTakeTwoColumns(_ character: Character) {
        #expect(TextWidth.of(character) == 2)
    }

    @Test(arguments: [0x0301, 0x0308, 0x20DD, 0x200B, 0x200D, 0x2060, 0xFEFF, 0x1160] as [UInt32])
    func combiningAndZeroWidthScalarsTakeNoColumns(_ value: UInt32) {
        #expect(TextWidth.of(Unicode.Scalar(value)!) == 0)
    }

    @Test func controlCharactersTakeNoColumns() {
        for value: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9B] {
            #expect(TextWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
    }

    @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("cafe\u{301}") == 4)
    }

    @Test func stringsAddUpTheirCharacters() {
        #expect(TextWidth.of("巡检点位3") == 9)
        #expect(TextWidth.of("无人机电量低于20%") == 17)
        #expect(TextWidth.of("drone-7") == 7)
        #expect(TextWidth.of("") == 0)
    }

    @Test func wideRangesAreSortedAndDisjoint() {
        let ranges = TextWidth.wideRanges
        for (previous, next) in zip(ranges, ranges.dropFirst()) {
            #expect(previous.upperBound < next.lowerBound, "\(previous) overlaps or precedes \(next)")
        }
    }

    @Test func rangeEdgesAreWideAndTheirNeighboursAreNot() {
        for range in TextWidth.wideRanges {
            #expect(TextWidth.isWide(range.lowerBound))
            #expect(TextWidth.isWide(range.upperBound))
        }
        #expect(!TextWidth.isWide(0x10FF))
        #expect(!TextWidth.isWide(0x3040))
        #expect(!TextWidth.isWide(0xD7A4))
        #expect(!TextWidth.isWide(0xFF61))
    }
}
