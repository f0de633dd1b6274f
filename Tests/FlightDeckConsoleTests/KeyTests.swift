import CNCursesW
import Testing
@testable import FlightDeckConsole

@Suite struct KeyTests {
    @Test func cursesKeyCodesDecode() {
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_UP)) == .key(.up))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_NPAGE)) == .key(.pageDown))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_END)) == .key(.end))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_F0 + 1)) == .key(.function(1)))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)) == .resized)
    }

    @Test func charactersDecode() {
        #expect(KeyDecoder.decode(status: OK, code: UInt32(("q" as Unicode.Scalar).value)) == .key(.character("q")))
        #expect(KeyDecoder.decode(status: OK, code: 0x5DE1) == .key(.character("巡")))
        #expect(KeyDecoder.decode(status: OK, code: 0x1B) == .key(.escape))
        #expect(KeyDecoder.decode(status: OK, code: 0x0D) == .key(.enter))
        #expect(KeyDecoder.decode(status: OK, code: 0x01) == nil)
        #expect(KeyDecoder.decode(status: ERR, code: 0) == nil)
    }

    @Test func everyBindingMapsToItsCommand() {
        for binding in KeyMap.bindings {
            for key in binding.keys {
                #expect(KeyMap.command(for: key) == binding.command, "\(key.label)")
            }
        }
        #expect(KeyMap.command(for: .character("x")) == nil)
    }

    @Test func theKeysTheBriefNamesAreBound() {
        #expect(KeyMap.command(for: .character("q")) == .quit)
        #expect(KeyMap.command(for: .character("?")) == .toggleHelp)
        #expect(KeyMap.command(for: .character("j")) == .selectNext)
        #expect(KeyMap.command(for: .character("k")) == .selectPrevious)
        #expect(KeyMap.command(for: .home) == .selectFirst)
        #expect(KeyMap.command(for: .pageUp) == .pageUp)
    }
}
