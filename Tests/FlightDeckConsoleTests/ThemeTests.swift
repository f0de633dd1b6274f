import Foundation
import Testing
@testable import FlightDeckConsole

@Suite struct ThemeTests {
    /// The repository's `themes/` folder.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    func parse(_ text: String) throws(ThemeError) -> Theme {
        try ThemeParser.parse(text, file: "test.theme")
    }

    @Test func theShippedDefaultThemeEqualsTheBuiltInOne() throws {
        let loaded = try Theme.load(named: "default", searchPath: ["/nonexistent", Self.themesDirectory])
        #expect(loaded == Theme.default)
        #expect(Set(Theme.default.styles.keys) == Set(ThemeRole.allCases))
    }

    static var shippedThemes: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory).filter { $0.hasSuffix(".theme") }.sorted()) ?? []
    }

    @Test func everyNamedThemeIsShipped() {
        #expect(Self.shippedThemes == ["default.theme", "high-contrast.theme", "light.theme", "monochrome.theme"])
    }

    @Test(arguments: shippedThemes)
    func everyShippedThemeLoadsAndSetsEveryRole(_ file: String) throws {
        let name = String(file.dropLast(".theme".count))
        let theme = try Theme.load(named: name, searchPath: [Self.themesDirectory])
        let text = try String(contentsOfFile: Self.themesDirectory + "/" + file, encoding: .utf8)
        for role in ThemeRole.allCases {
            #expect(text.contains("\n" + role.rawValue + " "), "\(file) sets \(role.rawValue)")
        }
        #expect(theme.style(.selected) != theme.style(.text), "\(file): the selection must stand out")
        #expect(theme.style(.alertCritical) != theme.style(.alertWarning), "\(file)")
    }

    @Test func theShippedMonochromeThemeEqualsTheBuiltInOne() throws {
        #expect(try Theme.load(named: "monochrome", searchPath: [Self.themesDirectory]) == Theme.monochrome)
    }

    @Test func criticalIsRedWhereverThereIsColour() throws {
        for name in ["default", "light", "high-contrast"] {
            let critical = try Theme.load(named: name, searchPath: [Self.themesDirectory]).style(.alertCritical)
            #expect([TerminalColor.palette(1), .palette(9), .palette(160), .palette(196)].contains(critical.background), "\(name)")
        }
    }

    @Test func theMonochromeThemeHasEveryRoleAndNoColour() {
        #expect(Set(Theme.monochrome.styles.keys) == Set(ThemeRole.allCases))
        for style in Theme.monochrome.styles.values {
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        }
    }

    @Test func parsesRolesColoursAndAttributes() throws {
        let theme = try parse("""
            # comment
            header = bright-white 21 bold underline   # trailing comment

              stale=default red
            """)
        #expect(theme.style(.header) == Style(foreground: .palette(15), background: .palette(21), attributes: [.bold, .underline]))
        #expect(theme.style(.stale) == Style(foreground: .terminalDefault, background: .palette(1)))
        #expect(theme.style(.selected) == Theme.default.style(.selected))
    }

    @Test(arguments: [
        ("header = red", ThemeError.malformedLine(file: "test.theme", line: 2, text: "header = red")),
        ("header red blue", .malformedLine(file: "test.theme", line: 2, text: "header red blue")),
        ("= red blue", .malformedLine(file: "test.theme", line: 2, text: "= red blue")),
        ("heading = red blue", .unknownRole(file: "test.theme", line: 2, role: "heading")),
        ("header = crimson blue", .unknownColor(file: "test.theme", line: 2, role: "header", color: "crimson")),
        ("header = red 256", .unknownColor(file: "test.theme", line: 2, role: "header", color: "256")),
        ("header = red blue blink", .unknownAttribute(file: "test.theme", line: 2, role: "header", attribute: "blink")),
        ("text = red blue", .duplicateRole(file: "test.theme", line: 2, role: "text")),
    ])
    func reportsTheFileLineAndRoleOfAMistake(_ line: String, _ expected: ThemeError) {
        #expect(throws: expected) {
            try parse("text = default default\n" + line)
        }
    }

    @Test func errorMessagesNameFileLineAndRole() {
        let error = ThemeError.unknownColor(file: "mine.theme", line: 7, role: "header", color: "crimson")
        #expect(error.description.hasPrefix("mine.theme:7: role 'header': unknown colour 'crimson'"))
        let missing = ThemeError.notFound(name: "solar", searched: ["/a", "/b"])
        #expect(missing.description.contains("/a, /b"))
    }

    @Test func aMissingThemeSaysWhereItLooked() {
        #expect(throws: ThemeError.notFound(name: "solar", searched: [Self.themesDirectory])) {
            try Theme.load(named: "solar", searchPath: [Self.themesDirectory])
        }
    }

    @Test func aFileThemeReportsItsPath() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).theme").path
        try "header = red\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ThemeError.malformedLine(file: path, line: 1, text: "header = red")) {
            try Theme.load(file: path)
        }
    }

    @Test func colourNamesParse() {
        #expect(TerminalColor(name: "default") == .terminalDefault)
        #expect(TerminalColor(name: "Black") == .palette(0))
        #expect(TerminalColor(name: "white") == .palette(7))
        #expect(TerminalColor(name: "bright-black") == .palette(8))
        #expect(TerminalColor(name: "255") == .palette(255))
        #expect(TerminalColor(name: "bright-") == nil)
        #expect(TerminalColor(name: "-1") == nil)
    }
}
