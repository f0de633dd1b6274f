import Foundation
import Testing

@Suite("The demo in a real terminal", .serialized)
struct DemoInTerminalTests {
    @Test("the fleet table fills with live drones, survives a resize, and q restores the shell")
    func demoShowsTheFleet() throws {
        let session = try TmuxSession(command: "\(try Executable.flightdeck) demo --drones 50 --rate 400")
        defer { session.kill() }

        let filled = try eventually(seconds: 40) {
            try Self.droneRows(in: session.screen()) >= 20
        }
        let screen = try session.screen()
        #expect(filled, "the fleet table did not fill:\n\(screen)")
        #expect(screen.contains("DRONE") && screen.contains("BATTERY") && screen.contains("LAST SEEN"), "no table header:\n\(screen)")
        #expect(screen.contains("embedded 127.0.0.1:"), "no bootstrap address in the status line:\n\(screen)")
        #expect(try eventually(seconds: 10) { try session.screen().contains(" ev/s") }, "no event rate in the status line")

        try session.resize(width: 80, height: 24)
        let narrow = try eventually(seconds: 10) {
            let screen = try session.screen()
            // capture-pane ends every row, the last one included, with a newline.
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            return rows.count == 24 && Self.droneRows(in: screen) >= 5
        }
        #expect(narrow, "no fleet rows after resizing to 80×24:\n\(session.snapshot)")

        try session.send("q")
        let exited = try eventually(seconds: 15) { try session.screen().contains("EXITED-0") }
        #expect(exited, "q did not quit cleanly:\n\(session.snapshot)")
    }

    /// Rows of the fleet table: lines that start with a drone id.
    static func droneRows(in screen: String) -> Int {
        screen.split(separator: "\n").filter { $0.drop(while: { $0 == " " || $0 == ">" || $0 == "▶" }).hasPrefix("drone-") }.count
    }
}
