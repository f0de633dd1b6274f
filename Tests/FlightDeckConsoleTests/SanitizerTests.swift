import Testing
@testable import FlightDeckConsole

@Suite struct SanitizerTests {
    static let hostile = "\u{1b}]0;x\u{07}\u{1b}[2J"

    @Test func removesTitleAndClearScreenSequencesWhole() {
        #expect(Sanitizer.clean(Self.hostile).isEmpty)
        #expect(Sanitizer.clean("drone" + Self.hostile + "-1") == "drone-1")
    }

    @Test(arguments: [
        ("\u{1b}[31mred\u{1b}[0m", "red"),
        ("a\u{1b}[?25lb", "ab"),
        ("a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b", "alinkb"),
        ("a\u{1b}]0;title", "a"),
        ("a\u{1b}Pdcs data\u{1b}\\b", "ab"),
        ("a\u{1b}7b\u{1b}(Bc", "abc"),
        ("a\u{9b}2Jb", "ab"),
        ("a\u{9d}0;t\u{9c}b", "ab"),
        ("a\u{1b}]0;t\u{1b}[2Jb", "ab"),
        ("a\u{1b}[巡", "a巡"),
    ])
    func removesEscapeSequences(_ input: String, _ expected: String) {
        #expect(Sanitizer.clean(input) == expected)
    }

    /// Every C0 and C1 control but the line breaks, the tab and those that start a sequence.
    @Test func dropsControlCharactersAndDelete() {
        let startsSequence = [0x09, 0x0A, 0x0D, 0x1B, 0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F]
        let controls = (Array(0..<0x20) + [0x7F] + Array(0x80..<0xA0)).filter { !startsSequence.contains($0) }
        for value in controls {
            let input = "a" + String(Unicode.Scalar(UInt32(value))!) + "b"
            #expect(Sanitizer.clean(input) == "ab", "U+\(String(value, radix: 16))")
        }
    }

    @Test func turnsLineBreaksAndTabsIntoSpaces() {
        #expect(Sanitizer.clean("a\nb\tc\r\nd\u{2028}e") == "a b c  d e")
    }

    @Test func dropsBidiControlsAndZeroWidthCharacters() {
        let invisible: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                   0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
        for value in invisible {
            let input = "ab" + String(Unicode.Scalar(value)!) + "cd"
            #expect(Sanitizer.clean(input) == "abcd", "U+\(String(value, radix: 16))")
        }
    }

    @Test func keepsOrdinaryTextUnchanged() {
        for text in ["drone-7", "巡检点位3", "无人机电量低于20%", "café", "e\u{301}", "🚁 ok", ""] {
            #expect(Sanitizer.clean(text) == text)
        }
    }
}
