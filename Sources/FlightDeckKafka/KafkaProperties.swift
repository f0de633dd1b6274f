import CRdKafka

/// librdkafka configuration properties, as given with `-X key=value` (the kcat convention) or a config file.
///
/// Values of secret properties never appear in descriptions or error messages.
public struct KafkaProperties: Hashable, Sendable, CustomStringConvertible {
    public private(set) var entries: [String: String]

    public init(_ entries: [String: String] = [:]) {
        self.entries = entries
    }

    /// Parses `key=value` arguments; the first `=` separates the key from the value.
    public init(arguments: [String]) throws(KafkaError) {
        var entries: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw .malformedProperty(Self.isSecret(argument) ? "<redacted>" : argument)
            }
            entries[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
        }
        self.entries = entries
    }

    public subscript(name: String) -> String? {
        get { entries[name] }
        set { entries[name] = newValue }
    }

    /// These properties with `overrides` laid over them.
    public func merging(_ overrides: KafkaProperties) -> KafkaProperties {
        KafkaProperties(entries.merging(overrides.entries) { _, new in new })
    }

    /// Properties are only filled in where the operator has not set them.
    public func withDefaults(_ defaults: [String: String]) -> KafkaProperties {
        KafkaProperties(entries.merging(defaults) { own, _ in own })
    }

    /// Whether a property holds a secret: passwords, client secrets, keys and their like.
    public static func isSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["password", "secret", "sasl.oauthbearer.config", "ssl.key.pem", "ssl_key"].contains { lowered.contains($0) }
    }

    public var description: String {
        entries.keys.sorted().map { key in
            "\(key)=\(Self.isSecret(key) ? "****" : entries[key]!)"
        }.joined(separator: " ")
    }

    /// A librdkafka configuration holding these properties; the caller owns it.
    func makeConfiguration() throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        for (name, value) in entries.sorted(by: { $0.key < $1.key }) {
            var errstr = [CChar](repeating: 0, count: 512)
            let result = rd_kafka_conf_set(conf, name, value, &errstr, errstr.count)
            guard result == RD_KAFKA_CONF_OK else {
                rd_kafka_conf_destroy(conf)
                var reason = String(errorBuffer: errstr)
                if Self.isSecret(name), !value.isEmpty {
                    reason = reason.replacingOccurrences(of: value, with: "****")
                }
                throw .invalidProperty(name: name, reason: reason)
            }
        }
        return conf
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
