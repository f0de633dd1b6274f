import Foundation

/// Where files shipped with the checkout (themes/, config/) are found: the working directory, then beside
/// the checkout the binary was built in.
enum PackagePaths {
    static func candidates(_ folder: String) -> [String] {
        // .build/<configuration>/flightdeck → the package root is three levels up.
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return [FileManager.default.currentDirectoryPath + "/" + folder,
                binary.deletingLastPathComponent().appendingPathComponent("../../../" + folder).standardized.path]
    }
}
