import ArgumentParser

/// Where the settings file is.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Settings file (YAML). Default: $FLIGHTDECK_CONFIG or ~/.config/flightdeck/config.yaml; flags override it.",
                               valueName: "path"))
    var config: String?

    func load() throws -> ConfigFile {
        try ConfigFile.load(path: config)
    }
}
