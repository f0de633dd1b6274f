import Foundation
import Testing

/// Every way out of the console gives the terminal back: after it, `stty -a` shows echo and icanon on and
/// the shell still runs commands. The console runs under a non-interactive `sh`, which (unlike an
/// interactive bash) never repairs the terminal itself, so whatever the console leaves behind shows.
@Suite("The terminal is restored on every way out", .serialized)
struct TerminalRestoreTests {
    enum WayOut: String, CaseIterable, CustomTestStringConvertible {
        case quitKey = "q", interrupt = "Ctrl-C", terminate = "SIGTERM", hangUp = "SIGHUP", crash = "SIGSEGV"

        var testDescription: String { rawValue }
        /// The exit status the shell sees.
        var status: Int32 {
            switch self {
            case .quitKey: 0
            case .interrupt: 128 + SIGINT
            case .terminate: 128 + SIGTERM
            case .hangUp: 128 + SIGHUP
            case .crash: 128 + SIGSEGV
            }
        }
    }

    @Test("leaving the console", arguments: WayOut.allCases)
    func leave(_ way: WayOut) throws {
        let marker = "/tmp/fd-restore-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        let script = """
            trap '' INT
            echo $$ > \(marker).pid
            "$1" demo --drones 4 --rate 40
            echo FD-EXIT-$?
            stty -a | tr '\\n' ' '; echo
            echo ALIVE-$((6*7))
            """
        try script.write(toFile: marker + ".sh", atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(atPath: marker + ".sh")
            try? FileManager.default.removeItem(atPath: marker + ".pid")
        }
        // The Swift runtime's crash reporter hangs on a SIGSEGV sent by kill(2) rather than raised by a fault;
        // without it the console's own rescue handler is what gets tested.
        let environment = way == .crash ? "env SWIFT_BACKTRACE=enable=no " : ""
        let session = try TmuxSession(command: "\(environment)sh \(marker).sh \(try Executable.flightdeck)")
        defer { session.kill() }
        #expect(try eventually(seconds: 40) { try session.screen().contains("drone-00") }, "no fleet:\n\(session.snapshot)")

        switch way {
        case .quitKey: try session.send("q")
        case .interrupt: try session.send("C-c")
        case .terminate, .hangUp, .crash:
            let shell = try String(contentsOfFile: marker + ".pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let pid = try #require(Int32(try Executable.run(try Executable.tool("pgrep"), ["-P", shell]).output
                .split(separator: "\n").first ?? ""), "no console process under \(shell)")
            kill(pid, way == .terminate ? SIGTERM : way == .hangUp ? SIGHUP : SIGSEGV)
        }
        let alive = try eventually(seconds: 20) { try session.screen().contains("ALIVE-42") }
        let screen = session.snapshot
        #expect(alive, "the shell did not run after the console:\n\(screen)")
        #expect(screen.contains("FD-EXIT-\(way.status)"), "exit status:\n\(screen)")
        let settings = Self.sttyWords(in: screen)
        #expect(settings.contains("echo") && settings.contains("icanon"), "terminal left in raw mode:\n\(screen)")
        #expect(!settings.contains("-echo") && !settings.contains("-icanon"), "terminal left in raw mode:\n\(screen)")
    }

    @Test("Ctrl-Z gives the shell a sane terminal and fg redraws the whole screen")
    func suspendAndResume() throws {
        let session = try TmuxSession(command: "bash --norc --noprofile -i")
        defer { session.kill() }
        // One command per line: bash goes on with the rest of a list when a job in it stops.
        try session.send("\(try Executable.flightdeck) demo --drones 4 --rate 40", "Enter")
        #expect(try eventually(seconds: 40) { try session.screen().contains("drone-00") }, "no fleet:\n\(session.snapshot)")

        try session.send("C-z")
        #expect(try eventually(seconds: 10) { try session.screen().contains("Stopped") }, "Ctrl-Z did not suspend:\n\(session.snapshot)")
        try session.send("clear; stty -a | tr '\\n' ' '; echo; echo SUSPENDED-$((6*7))", "Enter")
        #expect(try eventually(seconds: 10) { try session.screen().contains("SUSPENDED-42") }, "\(session.snapshot)")
        let settings = Self.sttyWords(in: session.snapshot)
        #expect(settings.contains("echo") && settings.contains("icanon") && !settings.contains("-icanon"),
                "suspended in raw mode:\n\(session.snapshot)")

        try session.send("fg", "Enter")
        let redrawn = try eventually(seconds: 10) {
            let screen = try session.screen()
            return screen.contains(" FlightDeck  1 Fleet") && screen.contains("DRONE") && screen.contains("? help  q quit")
                && !screen.contains("SUSPENDED-42")
        }
        #expect(redrawn, "fg did not redraw the whole screen:\n\(session.snapshot)")
        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("stopped.") }, "q did not quit:\n\(session.snapshot)")
        try session.send("echo FD-EXIT-$?", "Enter")
        #expect(try eventually(seconds: 10) { try session.screen().contains("FD-EXIT-0") }, "\(session.snapshot)")
    }

    /// The words of `stty -a`'s output, joined on one line by the script.
    @Test("a console whose terminal disappears (its tmux session killed) exits instead of spinning on dead input")
    func terminalGone() throws {
        let marker = "hangup-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        let session = try TmuxSession(command: "\(try Executable.flightdeck) demo --drones 4 --rate 40 --operator \(marker)")
        #expect(try eventually(seconds: 30) { try session.screen().contains("drone-004") }, "no fleet:\n\(session.snapshot)")
        let pgrep = try Executable.tool("pgrep")
        #expect(try Executable.run(pgrep, ["-f", "operator \(marker)$"]).status == 0, "the console is not running")
        session.kill()
        let gone = try eventually(seconds: 15) { try Executable.run(pgrep, ["-f", "operator \(marker)$"]).status != 0 }
        #expect(gone, "the console outlived its terminal")
    }

    static func sttyWords(in screen: String) -> Set<Substring> {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("speed") && $0.contains("baud") })
            ?? screen.split(separator: "\n").first(where: { $0.contains("icanon") }) else { return [] }
        let start = screen.range(of: line)!.lowerBound
        return Set(screen[start...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    }
}
