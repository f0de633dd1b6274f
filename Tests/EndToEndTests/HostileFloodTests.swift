import Foundation
import Testing

/// The hostile corpus (`Tests/Corpus/hostile`) produced by kcat into a running demo, as anyone with write
/// access to the topics could: the console stays up, draws nothing it should not, and keeps its real drones.
@Suite("Hostile input through a running console", .serialized)
struct HostileFloodTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/hostile")
    /// A fleet row of a demo drone: id, a status word, and a battery percentage further on.
    static let droneRow = #"^drone-0\d\d +[a-z_]+ .* \d{1,3}% "#

    @Test("kcat floods drone-events and alert-events with the corpus; the console stays up and correct")
    func floodFromKcat() throws {
        let session = try TmuxSession(command: "\(try Executable.flightdeck) demo --drones 12 --rate 200")
        defer { session.kill() }
        let bootstrap = try #require(try session.bootstrapAddress(), "no bootstrap address:\n\(session.snapshot)")
        #expect(try eventually(seconds: 40) { try Self.demoRows(in: session.screen()) == 12 }, "no fleet:\n\(session.snapshot)")

        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".json") }.sorted()
        let files = names.map { Self.corpus.appendingPathComponent($0).path }
        let refused = names.filter { $0.hasPrefix("bad-") }.count
        #expect(files.count >= 300)
        let kcat = try Executable.tool("kcat")
        for (topic, key) in [("drone-events", "drone-001"), ("alert-events", "\u{1}\u{7f}\u{fffd}\u{1b}[2Jkey")] {
            // Each file is one message; the 1 MB one needs a larger limit than the producer's default.
            let produced = try Executable.run(kcat, ["-b", bootstrap, "-P", "-t", topic, "-k", key,
                                                     "-X", "message.max.bytes=4000000"] + files)
            #expect(produced.status == 0, "kcat could not produce to \(topic)")
        }

        var counted = 0
        let allCounted = try eventually(seconds: 60) {
            counted = Self.decodeErrors(in: try session.screen()) ?? 0
            return counted >= 2 * refused
        }
        #expect(allCounted, "status line counted \(counted) decode errors, expected at least \(2 * refused):\n\(session.snapshot)")
        Thread.sleep(forTimeInterval: 2)
        let status = try session.screen().split(separator: "\n").first { $0.contains("decode errors") } ?? ""
        #expect(status.range(of: #"decode errors [\d,]+  \(\S"#, options: .regularExpression) != nil, "no reason after the count: \(status)")

        let screen = try session.screen()
        #expect(!screen.contains("EXITED"), "the console stopped:\n\(screen)")
        #expect(Self.demoRows(in: screen) == 12, "the demo's drones are no longer listed correctly:\n\(screen)")
        for garbage in ["[2J", "]0;", "]8;;", "[31", "[6n", "pwned", "\u{FFFD}[", "\u{202E}", "\u{200B}"] {
            #expect(!screen.contains(garbage), "'\(garbage)' reached the screen:\n\(screen)")
        }
        #expect(try !session.title().contains("pwned"), "a message retitled the terminal")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == 40, "the screen lost its shape:\n\(screen)")
        #expect(rows.allSatisfy { Self.columns($0) <= 120 }, "a row is wider than the terminal:\n\(screen)")

        try session.send("q")
        #expect(try eventually(seconds: 15) { try session.screen().contains("EXITED-0") }, "q did not quit cleanly")
    }

    /// Fleet rows of the demo's own drones that still look right.
    static func demoRows(in screen: String) -> Int {
        screen.split(separator: "\n").filter { $0.range(of: droneRow, options: .regularExpression) != nil }.count
    }

    /// N from "decode errors N" on the status line.
    static func decodeErrors(in screen: String) -> Int? {
        guard let range = screen.range(of: #"decode errors [\d,]+"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("decode errors ".count).filter(\.isNumber))
    }

    /// Display columns of a captured row: CJK and other wide characters take two.
    static func columns(_ row: Substring) -> Int {
        row.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD: total + 2
            case 0x300...0x36F, 0x200B...0x200F: total
            default: total + 1
            }
        }
    }
}
