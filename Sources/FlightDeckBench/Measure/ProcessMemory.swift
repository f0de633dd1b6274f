import Foundation

/// This process's memory as Linux reports it in `/proc/self/status`.
public struct ProcessMemory: Hashable, Sendable, Codable {
    /// Resident set size now (`VmRSS`), in bytes.
    public var residentBytes: Int
    /// The highest resident set size so far (`VmHWM`), in bytes.
    public var peakResidentBytes: Int

    public static func current() -> ProcessMemory {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return ProcessMemory(status: status)
    }

    /// Reads the `VmRSS` and `VmHWM` lines (`VmHWM:   123456 kB`); a missing line reads as 0.
    init(status: String) {
        var resident = 0
        var peak = 0
        for line in status.split(separator: "\n") {
            if line.hasPrefix("VmRSS:") { resident = Self.kilobytes(in: line) * 1024 }
            if line.hasPrefix("VmHWM:") { peak = Self.kilobytes(in: line) * 1024 }
        }
        residentBytes = resident
        peakResidentBytes = peak
    }

    private static func kilobytes(in line: Substring) -> Int {
        line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    }
}
