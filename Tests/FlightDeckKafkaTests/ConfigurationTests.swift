import FlightDeckKafka
import Testing

@Suite("Client configuration")
struct ConfigurationTests {
    @Test("an unknown property is refused with its name")
    func unknownProperty() {
        #expect(throws: KafkaError.self) { try Producer(properties: KafkaProperties(["no.such.property": "1"])) }
        do {
            _ = try Consumer(properties: KafkaProperties(["bootstrap.servers": "127.0.0.1:1", "no.such.property": "1"]))
            Issue.record("an unknown property was accepted")
        } catch {
            #expect(error.description.contains("no.such.property"))
        }
    }

    @Test("an invalid value names the property and never repeats a secret")
    func invalidValues() {
        do {
            _ = try Producer(properties: KafkaProperties(["socket.timeout.ms": "soon"]))
            Issue.record("an invalid value was accepted")
        } catch {
            #expect(error.description.contains("socket.timeout.ms"))
        }
        let secret = "hunter2-very-secret"
        let properties = KafkaProperties(["sasl.password": secret, "sasl.username": "ops"])
        #expect(!properties.description.contains(secret))
        #expect(properties.description.contains("sasl.username=ops"))
    }

    @Test("-X arguments parse as key=value, the first = separating them")
    func parsesArguments() throws {
        let properties = try KafkaProperties(arguments: ["security.protocol=SASL_SSL", "sasl.jaas=a=b"])
        #expect(properties["security.protocol"] == "SASL_SSL")
        #expect(properties["sasl.jaas"] == "a=b")
        #expect(throws: KafkaError.self) { try KafkaProperties(arguments: ["novalue"]) }
        #expect(throws: KafkaError.self) { try KafkaProperties(arguments: ["=x"]) }
    }

    @Test("a SASL client against the embedded cluster fails with librdkafka's reason, not a crash")
    func saslAgainstMock() throws {
        let cluster = try TestCluster()
        let consumer = try Consumer(properties: cluster.properties([
            "security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "PLAIN",
            "sasl.username": "ops", "sasl.password": "secret-value",
        ]))
        #expect(throws: KafkaError.self) { try consumer.metadata(timeoutMilliseconds: 2000) }
    }
}
