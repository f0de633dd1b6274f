@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Testing

@Suite("The settings file")
struct ConfigFileTests {
    static let full = """
        # console settings
        kafka:
          brokers: kafka1:9092,kafka2:9092
          group_id: flightdeck-console
          auto_offset_reset: earliest
          session_timeout: 30000
          commit_interval: 5000
          compression_codec: snappy
          properties:
            security.protocol: SASL_SSL
            sasl.password: hunter2
        console:
          operator: 李工
          theme: light
          read_only: true
          stale_after: 4.5
          topics: [drone-events, alert-events]
        """

    @Test("every setting of the seed's shape is read")
    func readsEverything() throws {
        let config = try ConfigFile.parse(Self.full, file: "ops.yaml")
        #expect(config.brokers == "kafka1:9092,kafka2:9092")
        #expect(config.groupID == "flightdeck-console")
        #expect(config.autoOffsetReset == "earliest")
        #expect(config.properties == ["session.timeout.ms": "30000", "auto.commit.interval.ms": "5000",
                                      "compression.codec": "snappy", "security.protocol": "SASL_SSL", "sasl.password": "hunter2"])
        #expect(config.operatorName == "李工" && config.theme == "light" && config.readOnly == true)
        #expect(config.staleAfter == 4.5)
        #expect(config.topics == ["drone-events", "alert-events"])
    }

    @Test("mistakes name the file, the line and the key", arguments: [
        ("kafka:\n  brokers: a:1\n  bogus: 1\n", 3, "unknown setting 'kafka.bogus'"),
        ("kafka:\n  session_timeout: soon\n", 2, "'session_timeout' should be a whole number of milliseconds"),
        ("console:\n  read_only: maybe\n", 2, "'read_only' should be true or false"),
        ("kafka:\n  auto_offset_reset: middle\n", 2, "kafka.auto_offset_reset is 'middle': use earliest or latest"),
        ("cluster:\n  brokers: a:1\n", 1, "unknown section 'cluster': use kafka or console"),
        ("kafka:\n  brokers: [a:1\n", 3, "not valid YAML"),
    ])
    func mistakes(text: String, line: Int, message: String) {
        do {
            _ = try ConfigFile.parse(text, file: "ops.yaml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.file == "ops.yaml")
            #expect(error.line == line)
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test("a secret's value never appears in an error about it")
    func secretsStayOut() {
        do {
            _ = try ConfigFile.parse("kafka:\n  properties:\n    sasl.password: [hunter2]\n", file: "ops.yaml")
            Issue.record("a list was accepted as a password")
        } catch {
            #expect(!error.description.contains("hunter2"))
            #expect(error.description.contains("sasl.password"))
        }
    }

    @Test("flags override the file; the file fills in what flags leave out")
    func flagsOverride() throws {
        let config = try ConfigFile.parse(Self.full, file: "ops.yaml")
        let fromFile = try ConnectionOptions.parse([]).kafkaProperties(config)
        #expect(fromFile["bootstrap.servers"] == "kafka1:9092,kafka2:9092")
        #expect(fromFile["security.protocol"] == "SASL_SSL")
        let overridden = try ConnectionOptions.parse(["--brokers", "other:9092", "-X", "security.protocol=SSL"]).kafkaProperties(config)
        #expect(overridden["bootstrap.servers"] == "other:9092")
        #expect(overridden["security.protocol"] == "SSL")
        #expect(throws: (any Error).self) { try ConnectionOptions.parse([]).kafkaProperties(ConfigFile()) }

        let console = try ConsoleOptions.parse(["--operator", "王工"])
        #expect(console.operatorName(config) == "王工")
        #expect(try console.startPosition(now: Fixed.now, settings: config, fallback: .end) == .beginning)
        #expect(try ConsoleOptions.parse(["--from", "end"]).startPosition(now: Fixed.now, settings: config, fallback: .beginning) == .end)
    }
}

enum Fixed {
    static let now = Timestamp(millisecondsSinceEpoch: 1_754_217_000_000)
}
