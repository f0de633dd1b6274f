import FlightDeckKafka
import Foundation
import Yams

/// The settings file: the seed's `kafka:` block plus the console's own settings. Flags override it.
///
/// ```yaml
/// kafka:
///   brokers: kafka1:9092,kafka2:9092
///   group_id: flightdeck-console
///   auto_offset_reset: latest
///   session_timeout: 30000
///   commit_interval: 5000
///   compression_codec: snappy
///   properties: {security.protocol: SASL_SSL, sasl.mechanism: SCRAM-SHA-512}
/// console:
///   operator: 李工
///   theme: default
///   read_only: false
///   stale_after: 10
///   topics: [drone-events, alert-events]
///   lag_groups: [alert-service, monitor-service, analytics-service]
///   lag_interval: 3          # seconds between lag samples
///   lag_window: 10           # samples a group is judged over (Burrow's window)
///   lag_alert_threshold: 1000
///   lag_alert_after: 300     # seconds above the threshold before a system alert
/// ```
struct ConfigFile: Equatable {
    var brokers: String?
    var groupID: String?
    /// `earliest` or `latest`: where a reader without --from starts.
    var autoOffsetReset: String?
    /// librdkafka properties from the named keys and from `kafka.properties`.
    var properties: [String: String] = [:]
    var operatorName: String?
    var theme: String?
    var readOnly: Bool?
    var staleAfter: Double?
    var topics: [String]?
    /// Consumer groups shown in the lag pane.
    var lagGroups: [String]?
    /// Seconds between lag samples.
    var lagInterval: Double?
    /// Samples per group and partition that the lag evaluation looks at.
    var lagWindow: Int?
    /// Lag above this, held for `lagAlertAfter` seconds, raises a system alert.
    var lagAlertThreshold: Int?
    var lagAlertAfter: Double?

    /// `$FLIGHTDECK_CONFIG`, else `~/.config/flightdeck/config.yaml`.
    static var defaultPath: String {
        if let configured = ProcessInfo.processInfo.environment["FLIGHTDECK_CONFIG"] { return configured }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config/flightdeck/config.yaml").path
    }

    /// Reads `path`; a missing file at the default path is no error, an explicitly named one is.
    static func load(path: String?) throws(ConfigError) -> ConfigFile {
        let file = path ?? defaultPath
        guard FileManager.default.fileExists(atPath: file) else {
            if path == nil { return ConfigFile() }
            throw ConfigError(file: file, line: nil, message: "no such file")
        }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigError(file: file, line: nil, message: "cannot be read: \(error.localizedDescription)")
        }
        return try parse(text, file: file)
    }

    static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: Self.line(of: error), message: "not valid YAML: \(Self.problem(of: error))")
        } catch {
            throw ConfigError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
        guard let root else { return ConfigFile() }
        var config = ConfigFile()
        let reader = ConfigReader(file: file)
        try reader.sections(of: root) { (section, key, value) throws(ConfigError) in
            try config.set(section: section, key: key, value: value, reader: reader)
        }
        return config
    }

    private mutating func set(section: String, key: String, value: Node, reader: ConfigReader) throws(ConfigError) {
        switch (section, key) {
        case ("kafka", "brokers"): brokers = try reader.string(value, key)
        case ("kafka", "group_id"): groupID = try reader.string(value, key)
        case ("kafka", "auto_offset_reset"):
            let reset = try reader.string(value, key)
            guard ["earliest", "latest"].contains(reset) else {
                throw reader.error(at: value, "kafka.auto_offset_reset is '\(reset)': use earliest or latest")
            }
            autoOffsetReset = reset
        case ("kafka", "session_timeout"): properties["session.timeout.ms"] = String(try reader.integer(value, key))
        case ("kafka", "commit_interval"): properties["auto.commit.interval.ms"] = String(try reader.integer(value, key))
        case ("kafka", "compression_codec"): properties["compression.codec"] = try reader.string(value, key)
        case ("kafka", "properties"): properties.merge(try reader.stringMap(value, key)) { _, new in new }
        case ("console", "operator"): operatorName = try reader.string(value, key)
        case ("console", "theme"): theme = try reader.string(value, key)
        case ("console", "read_only"): readOnly = try reader.bool(value, key)
        case ("console", "stale_after"): staleAfter = try reader.seconds(value, key)
        case ("console", "topics"): topics = try reader.strings(value, key)
        case ("console", "lag_groups"): lagGroups = try reader.strings(value, key)
        case ("console", "lag_interval"): lagInterval = try reader.seconds(value, key)
        case ("console", "lag_window"): lagWindow = try reader.count(value, key, atLeast: 2)
        case ("console", "lag_alert_threshold"): lagAlertThreshold = try reader.count(value, key, atLeast: 0)
        case ("console", "lag_alert_after"): lagAlertAfter = try reader.seconds(value, key)
        default:
            throw reader.error(at: value, "unknown setting '\(section).\(key)'")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}
