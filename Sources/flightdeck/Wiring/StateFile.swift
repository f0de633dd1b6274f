import FlightDeckCore
import Foundation

/// Reads and writes the fleet snapshot that `--save-state` leaves for `flightdeck verify`: one JSON document.
enum StateFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ snapshot: FleetSnapshot, to path: String) throws(Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try encoder.encode(snapshot).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure(description: "could not write the fleet state to \(path): \(error.localizedDescription)")
        }
    }

    static func read(from path: String) throws(Failure) -> FleetSnapshot {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(description: "could not read \(path): \(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(FleetSnapshot.self, from: data)
        } catch {
            throw Failure(description: "\(path) is not a state file written by --save-state: \(error)")
        }
    }
}
