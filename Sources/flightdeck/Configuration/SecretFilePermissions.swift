import FlightDeckKafka
import Glibc

/// The ssh rule for settings files: one that holds a secret must not be readable by anyone but its owner.
enum SecretFilePermissions {
    /// A warning when the file at `path` holds secret properties and its group or others may read it; nil otherwise.
    /// Names the properties, never their values.
    static func warning(path: String, properties: [String: String]) -> String? {
        let secrets = properties.keys.filter(KafkaProperties.isSecret).sorted()
        var info = stat()
        guard !secrets.isEmpty, stat(path, &info) == 0 else { return nil }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 != 0 else { return nil }
        let octal = String(mode, radix: 8)
        return "warning: \(path) holds secrets (\(secrets.joined(separator: ", "))) and is readable by others "
            + "(mode \(String(repeating: "0", count: max(0, 4 - octal.count)) + octal)); run: chmod 600 \(path)"
    }
}
