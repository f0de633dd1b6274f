import Foundation

/// The figures of one benchmark run, printable for a person or as JSON for scripts.
public protocol BenchmarkReport: Encodable, Sendable {
    /// The figures as lines of text, each saying what it measured.
    var textLines: [String] { get }
}

/// How a report is printed.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json

    public func render(_ report: some BenchmarkReport) -> String {
        switch self {
        case .text:
            return report.textLines.joined(separator: "\n")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(report) else { return "{}" }
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// The machine the figures were measured on: they mean little without it.
public struct MachineInfo: Hashable, Sendable, Codable {
    public var cores: Int
    public var operatingSystem: String

    public static func current() -> MachineInfo {
        MachineInfo(cores: ProcessInfo.processInfo.activeProcessorCount,
                    operatingSystem: ProcessInfo.processInfo.operatingSystemVersionString)
    }

    public var textLine: String { "machine: \(cores) cores, \(operatingSystem)" }
}
