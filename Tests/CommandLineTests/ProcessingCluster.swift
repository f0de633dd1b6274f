@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

/// An embedded cluster with drones flying through a no-fly zone, for the stream-processing tests.
struct ProcessingCluster {
    static let centre = GeoPoint(latitude: 22.5431, longitude: 114.0579)
    static let zone = NoFlyZone(id: "civic", name: "Civic centre", shape: .circle(center: centre, radius: 200))
    static let zoneYAML = """
        zones:
          - id: civic
            name: Civic centre
            circle: {latitude: 22.5431, longitude: 114.0579, radius: 200}
        """

    let cluster: EmbeddedCluster
    let producer: Producer
    /// Event times count back from now, so the lost-link rule (run on the wall clock when idle) sees live drones.
    let base = Clock.now().adding(milliseconds: -120_000)

    init() throws {
        cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 2)
        producer = try Producer(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers])
            .withDefaults(EmbeddedCluster.producerTuning))
    }

    var properties: KafkaProperties { KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]) }

    /// `droneID` flies north through the zone, one position a second (inside between seconds 21 and 39).
    func fly(_ droneID: String, from startSecond: Int, through endSecond: Int) throws {
        for second in startSecond..<endSecond {
            let north = Double(second - 30) * 20
            let point = GeoPoint(latitude: Self.centre.latitude + north / 111_195, longitude: Self.centre.longitude, altitude: 100)
            try producer.send(Event(id: "\(droneID)-\(second)", type: .droneLocationUpdated, source: "test",
                                    timestamp: base.adding(milliseconds: Int64(second) * 1000),
                                    payload: .droneLocation(DroneLocation(droneID: droneID, location: point, speed: 20))))
        }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
    }

    /// Everything on `topic`, read from the beginning.
    func events(on topic: String) throws -> [Event] {
        try TopicSnapshot.events(properties: properties.withDefaults(EmbeddedCluster.consumerTuning), topic: topic)
    }
}

extension Event {
    var alertUpdate: AlertUpdate? {
        if case .alert(let update) = payload { return update }
        return nil
    }
}
