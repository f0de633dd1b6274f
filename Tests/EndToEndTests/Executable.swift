import Foundation
import ProcessSupport

/// The built `flightdeck` binary and the tools the tests drive it with.
enum Executable {
    /// `flightdeck` next to the test bundle (SwiftPM builds it because this target depends on it).
    static var flightdeck: String {
        get throws {
            var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("flightdeck").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                directory.deleteLastPathComponent()
            }
            let fallback = FileManager.default.currentDirectoryPath + "/.build/debug/flightdeck"
            guard FileManager.default.isExecutableFile(atPath: fallback) else { throw Missing(what: "the flightdeck binary") }
            return fallback
        }
    }

    static func tool(_ name: String) throws -> String {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Missing(what: "\(name) (apt-get install \(name))")
    }

    /// Runs a program to completion and returns its standard output.
    @discardableResult
    static func run(_ path: String, _ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(path, arguments, input: input)
        return (result.status, result.outputText)
    }

    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { "cannot find \(what)" }
    }
}

/// Polls `condition` every `poll` seconds until it holds or `seconds` pass.
func eventually(seconds: Double, poll: Double = 0.25, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: poll)
    } while Date() < deadline
    return false
}
