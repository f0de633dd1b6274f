import ArgumentParser
import Foundation

/// Where the settings file is.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Settings file (YAML). Default: $FLIGHTDECK_CONFIG or ~/.config/flightdeck/config.yaml; flags override it.",
                               valueName: "path"))
    var config: String?

    /// Reads the file, warning on standard error when it holds secrets others can read.
    func load() throws -> ConfigFile {
        let file = try ConfigFile.load(path: config)
        if let warning = SecretFilePermissions.warning(path: config ?? ConfigFile.defaultPath, properties: file.properties) {
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
        return file
    }
}
