import Foundation
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

@Suite("One set of properties for every client")
struct ClientRoleTests {
    final class Warnings: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func record(_ event: ClientEvent) {
            guard case .log(_, let facility, let message) = event, facility == "CONFWARN" else { return }
            lock.withLock { lines.append(message) }
        }
        var all: [String] { lock.withLock { lines } }
    }

    @Test("a consumer's property given to a producer, or a producer's to a consumer, draws no CONFWARN")
    func eachClientTakesItsOwn() throws {
        let cluster = try TestCluster(partitions: 1)
        let properties = cluster.properties(["fetch.wait.max.ms": "5", "group.id": "ops", "linger.ms": "1", "message.timeout.ms": "5000"])
        let warnings = Warnings()
        _ = try Producer(properties: properties, onEvent: warnings.record)
        _ = try Consumer(properties: properties, onEvent: warnings.record)
        #expect(warnings.all.isEmpty, "\(warnings.all)")
        #expect(properties.forProducer()["linger.ms"] == "1" && properties.forProducer()["fetch.wait.max.ms"] == nil)
        #expect(properties.forConsumer()["fetch.wait.max.ms"] == "5" && properties.forConsumer()["linger.ms"] == nil)
    }
}
