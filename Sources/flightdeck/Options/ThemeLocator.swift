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
        paths += PackagePaths.candidates("themes")
        paths.append("/usr/share/flightdeck/themes")
        return paths
    }
}
