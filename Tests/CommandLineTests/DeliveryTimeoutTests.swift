@testable import flightdeck
import FlightDeckConsole
import FlightDeckKafka
import Testing

/// The console's countdown and librdkafka's message.timeout.ms are one number.
@Suite struct DeliveryTimeoutTests {
    let configuration = ConsoleConfiguration(title: "test", operatorName: "alice", deliveryTimeout: .seconds(10))

    @Test func theProducerGivesUpWhenTheConsoleSaysItWill() {
        let (aligned, producer) = DeliveryTimeout.align(configuration, with: KafkaProperties(["bootstrap.servers": "k:9092"]))
        #expect(producer["message.timeout.ms"] == "10000")
        #expect(producer["bootstrap.servers"] == "k:9092")
        #expect(aligned.deliveryTimeout == .seconds(10))
    }

    @Test func anOperatorsMessageTimeoutWinsAndTheConsoleFollowsIt() {
        let (aligned, producer) = DeliveryTimeout.align(configuration, with: KafkaProperties(["message.timeout.ms": "4500"]))
        #expect(producer["message.timeout.ms"] == "4500")
        #expect(aligned.deliveryTimeout == .milliseconds(4500))
    }

    @Test func aValueLibrdkafkaWillRefuseIsLeftForItToName() {
        let (aligned, producer) = DeliveryTimeout.align(configuration, with: KafkaProperties(["message.timeout.ms": "soon"]))
        #expect(producer["message.timeout.ms"] == "soon")
        #expect(aligned.deliveryTimeout == .seconds(10))
    }

    @Test func durationsBecomeWholeMillisecondsNeverZero() {
        #expect(DeliveryTimeout.milliseconds(.seconds(2)) == 2000)
        #expect(DeliveryTimeout.milliseconds(.milliseconds(1500)) == 1500)
        #expect(DeliveryTimeout.milliseconds(.microseconds(10)) == 1, "0 would mean: never time out")
    }
}
