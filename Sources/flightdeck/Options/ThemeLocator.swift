import FlightDeckConsole
import Foundation

/// Finds `themes/NAME.theme`: in $FLIGHTDECK_THEMES, the working directory, or beside the checkout the binary was built in.
enum ThemeLocator {
    static func load(named name: String) throws -> Theme {
        do {
            return try Theme.load(named: name, searchPath: searchPath)
        } catch let error where name == "default" {
            if case .notFound = error { return .default }
            throw error
        }
    }

    static var searchPath: [String] {
        var paths: [String] = []
        if let configured = ProcessInfo.processInfo.environment["FLIGHTDECK_THEMES"] {
            paths.append(configured)
        }
        paths.append(FileManager.default.currentDirectoryPath + "/themes")
        // .build/<configuration>/flightdeck → the package root is three levels up.
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        paths.append(binary.deletingLastPathComponent().appendingPathComponent("../../../themes").standardized.path)
        paths.append("/usr/share/flightdeck/themes")
        return paths
    }
}
