import ArgumentParser
import FlightDeckCore
import Foundation

/// What the stream rules check: the no-fly zones and the lost-link threshold.
struct ProcessingOptions: ParsableArguments {
    static let exampleZones = "config/no-fly-zones.yaml"

    @Option(help: ArgumentHelp("No-fly zones and bases (YAML, see \(Self.exampleZones)).", valueName: "file"))
    var zones: String?

    @Option(help: ArgumentHelp("Seconds without news before link_lost is raised.", valueName: "seconds"))
    var linkSilence: Double = 30

    func validate() throws {
        guard linkSilence > 0, linkSilence.isFinite else { throw ValidationError("--link-silence must be a number of seconds above 0") }
    }

    /// The rules' configuration; without --zones, `fallbackToExample` loads the shipped example when it is found.
    func configuration(fallbackToExample: Bool) throws -> StreamProcessor.Configuration {
        var configuration = StreamProcessor.Configuration()
        configuration.linkSilenceSeconds = linkSilence
        let example = fallbackToExample
            ? PackagePaths.candidates("config").map({ $0 + "/no-fly-zones.yaml" }).first(where: FileManager.default.fileExists(atPath:))
            : nil
        if let path = zones ?? example {
            let file = try ZoneFile.load(path: path)
            configuration.zones = file.zones
            configuration.battery.bases = file.bases
        }
        return configuration
    }
}
