/// A configuration file that cannot be used, with where the problem is.
struct ConfigError: Error, CustomStringConvertible, Equatable {
    let file: String
    let line: Int?
    let message: String

    var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
