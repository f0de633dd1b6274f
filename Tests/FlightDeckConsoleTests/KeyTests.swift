import CNCursesW
import Testing
@testable import FlightDeckConsole

@Suite struct KeyTests {
    @Test func cursesKeyCodesDecode() {
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_UP)) == .key(.up))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_NPAGE)) == .key(.pageDown))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_END)) == .key(.end))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_BTAB)) == .key(.backTab))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_F0 + 1)) == .key(.function(1)))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)) == .resized)
    }

    @Test func charactersDecode() {
        #expect(KeyDecoder.decode(status: OK, code: UInt32(("q" as Unicode.Scalar).value)) == .key(.character("q")))
        #expect(KeyDecoder.decode(status: OK, code: 0x5DE1) == .key(.character("巡")))
        #expect(KeyDecoder.decode(status: OK, code: 0x1B) == .key(.escape))
        #expect(KeyDecoder.decode(status: OK, code: 0x0D) == .key(.enter))
        #expect(KeyDecoder.decode(status: OK, code: 0x09) == .key(.tab))
        #expect(KeyDecoder.decode(status: OK, code: 0x01) == nil)
        #expect(KeyDecoder.decode(status: ERR, code: 0) == nil)
    }

    @Test(arguments: KeyContext.allCases)
    func noKeyMeansTwoThingsInOneView(_ context: KeyContext) {
        var seen: [Key: ConsoleCommand] = [:]
        for binding in KeyMap.bindings where binding.contexts.contains(context) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key.label) is bound twice in \(context)")
                seen[key] = binding.command
                #expect(KeyMap.command(for: key, in: context) == binding.command)
            }
        }
        #expect(KeyMap.command(for: .character("x"), in: context) == nil)
    }

    @Test func theKeysTheIssueNamesAreBound() {
        #expect(KeyMap.command(for: .character("q"), in: .fleet) == .quit)
        #expect(KeyMap.command(for: .character("?"), in: .lag) == .toggleHelp)
        #expect(KeyMap.command(for: .character(":"), in: .tasks) == .startCommandLine)
        #expect(KeyMap.command(for: .character("j"), in: .alerts) == .selectNext)
        #expect(KeyMap.command(for: .home, in: .fleet) == .selectFirst)
        #expect(KeyMap.command(for: .pageUp, in: .detail) == .pageUp)
        #expect(KeyMap.command(for: .character("s"), in: .fleet) == .cycleSortColumn)
        #expect(KeyMap.command(for: .character("S"), in: .fleet) == .reverseSort)
        #expect(KeyMap.command(for: .character("/"), in: .fleet) == .startFilter)
        #expect(KeyMap.command(for: .enter, in: .fleet) == .openDetail)
        #expect(KeyMap.command(for: .character("a"), in: .alerts) == .acknowledgeSelected)
        #expect(KeyMap.command(for: .character("A"), in: .alerts) == .acknowledgeAllShown)
        #expect(KeyMap.command(for: .character("p"), in: .detail) == .toggleEventJSON)
        for pane in Pane.allCases {
            #expect(KeyMap.command(for: pane.key, in: .detail) == .showPane(pane))
        }
    }

    @Test func droneCommandsWorkInTheFleetTableAndTheDetailViewOnly() {
        let droneKeys: [(Character, ConsoleCommand)] = [
            ("r", .droneCommand(.returnToBase)), ("l", .droneCommand(.land)), ("h", .droneCommand(.hold)),
            ("u", .droneCommand(.resume)), ("t", .droneCommand(.takeOff)), ("g", .openGoToForm),
        ]
        for (character, command) in droneKeys {
            #expect(KeyMap.command(for: .character(character), in: .fleet) == command)
            #expect(KeyMap.command(for: .character(character), in: .detail) == command)
            #expect(KeyMap.command(for: .character(character), in: .lag) == nil)
        }
    }

    @Test func aReadOnlyKeyBarHidesWhatWouldPublish() {
        let hints = KeyMap.hints(in: .fleet, readOnly: false).compactMap(\.hint)
        #expect(hints.contains("rtb") && hints.contains("filter"))
        let readOnly = KeyMap.hints(in: .fleet, readOnly: true).compactMap(\.hint)
        #expect(readOnly.contains("filter") && !readOnly.contains("rtb"))
        #expect(KeyMap.hints(in: .alerts, readOnly: true).allSatisfy { !$0.publishes })
    }
}
