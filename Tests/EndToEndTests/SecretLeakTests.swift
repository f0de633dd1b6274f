import Foundation
import ProcessSupport
import Testing

/// A known secret goes in through `-X` and the settings file; no output of any command may contain it.
@Suite("Secrets never leak", .serialized)
struct SecretLeakTests {
    static let secret = "Zq8-leak-probe-\(getpid())"
    static let unreachable = "127.0.0.1:1"

    /// A settings file holding the secret, with `mode`. librdkafka here is built without OIDC, so `oauth`
    /// (the client secret) makes every command stop at the configuration.
    static func settingsFile(mode: Int, oauth: Bool = true, extra: String = "") throws -> String {
        let path = "/tmp/fd-secret-\(getpid())-\(Int.random(in: 0..<1_000_000)).yaml"
        let text = """
            kafka:
              brokers: \(unreachable)
              properties:
                security.protocol: SASL_PLAINTEXT
                sasl.mechanism: PLAIN
                sasl.username: ops
                sasl.password: \(secret)
                \(oauth ? "sasl.oauthbearer.client.secret: \(secret)" : "")
            \(extra)
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode_t(mode))
        return path
    }

    /// Runs flightdeck and returns everything it printed, both streams.
    static func run(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let result = try ChildProcess.run(try Executable.flightdeck, arguments)
        return (result.status, result.outputText + result.errorText)
    }

    static let send = ["send", "--drone", "7", "hold", "--timeout", "2"]

    @Test("command lines that fail in every way print no secret", arguments: [
        ["-X", "sasl.password=\(secret)", "-X", "no.such.property=1"],
        ["-X", "security.protocol=SSL", "-X", "ssl.key.password=\(secret)", "-X", "ssl.key.location=/nonexistent/key.pem"],
        ["-X", "sasl.password=\(secret)", "-X", "sasl.mechanism=NOT-A-MECHANISM"],
        ["-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanism=PLAIN", "-X", "sasl.username=u",
         "-X", "sasl.password=\(secret)", "-X", "debug=conf,security,broker"],
        ["-X", "sasl.oauthbearer.client.secret=\(secret)", "-X", "sasl.password"],
        ["-X", "sasl.password=\(secret)", "--help"],
    ])
    func commandLine(_ properties: [String]) throws {
        let result = try Self.run(Self.send + ["--brokers", Self.unreachable] + properties)
        #expect(!result.text.contains(Self.secret), "\(result.text)")
        #expect(result.status != 0 || properties.contains("--help"), "\(result.text)")
        if properties.contains("no.such.property=1") { #expect(result.text.contains("no.such.property")) }
    }

    @Test("help of every command prints no secret")
    func help() throws {
        for command in [[], ["console"], ["send"], ["tail"], ["demo"], ["simulate"], ["topics"]] {
            let result = try Self.run(command + ["--help", "-X", "sasl.password=\(Self.secret)"])
            #expect(!result.text.contains(Self.secret), "\(command): \(result.text)")
        }
    }

    @Test("a settings file others can read draws a warning naming the properties, not their values")
    func readableSettingsFile() throws {
        let open = try Self.settingsFile(mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: open) }
        let warned = try Self.run(Self.send + ["--config", open, "-X", "debug=conf"])
        #expect(warned.text.contains("warning: \(open) holds secrets (sasl.oauthbearer.client.secret, sasl.password)"), "\(warned.text)")
        #expect(warned.text.contains("chmod 600"))
        #expect(!warned.text.contains(Self.secret), "\(warned.text)")

        let closed = try Self.settingsFile(mode: 0o600, oauth: false)
        defer { try? FileManager.default.removeItem(atPath: closed) }
        let quiet = try Self.run(Self.send + ["--config", closed])
        #expect(!quiet.text.contains("warning:"), "\(quiet.text)")
        #expect(!quiet.text.contains(Self.secret), "\(quiet.text)")
    }

    @Test("a settings file with a mistake next to the secret prints no secret")
    func brokenSettingsFile() throws {
        for extra in ["  bogus: [", "console:\n  stale_after: \(Self.secret)"] {
            let path = try Self.settingsFile(mode: 0o600, extra: extra)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = try Self.run(Self.send + ["--config", path])
            #expect(result.status != 0)
            #expect(!result.text.contains(Self.secret), "\(result.text)")
        }
    }

    @Test("the console in a terminal, with librdkafka's debug logs on, shows no secret on its way to failing")
    func consoleScreen() throws {
        let path = try Self.settingsFile(mode: 0o600, oauth: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let session = try TmuxSession(command: "\(try Executable.flightdeck) console --config \(path) -X debug=conf,security")
        defer { session.kill() }
        let ended = try eventually(seconds: 30) { try session.screen().contains("EXITED-") }
        #expect(ended, "\(session.snapshot)")
        #expect(session.snapshot.contains("Broker transport failure"), "\(session.snapshot)")
        #expect(!session.snapshot.contains(Self.secret), "\(session.snapshot)")
    }
}
