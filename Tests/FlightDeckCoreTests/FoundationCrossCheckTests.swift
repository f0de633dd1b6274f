import FlightDeckCore
import Foundation
import Testing

@Suite("Agreement with Foundation's JSON reader")
struct FoundationCrossCheckTests {
    @Test("the fast decoder reads the same drone ids, batteries and positions as JSONSerialization")
    func agreesWithFoundation() throws {
        let decoder = EventDecoder()
        var generator = SeededGenerator(seed: 2025)
        for index in 0..<300 {
            // Six decimals is how positioning services write coordinates; Foundation reads those exactly.
            let battery = Double(Int.random(in: 0...1000, using: &generator)) / 10
            let latitude = (Double.random(in: -90...90, using: &generator) * 1e6).rounded() / 1e6
            let longitude = (Double.random(in: -180...180, using: &generator) * 1e6).rounded() / 1e6
            let text = #"{"id":"\#(index)","type":"drone.telemetry","source":"s","timestamp":"2025-08-03T10:30:00.5Z","data":{"drone_id":"drone-\#(index)-无人机","battery":\#(battery),"location":{"latitude":\#(latitude),"longitude":\#(longitude),"altitude":-3e1}}}"#
            let reference = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let data = try #require(reference["data"] as? [String: Any])
            let location = try #require(data["location"] as? [String: Any])
            guard case .telemetry(let telemetry) = try decoder.decode(text).payload else {
                Issue.record("not telemetry")
                return
            }
            #expect(telemetry.droneID == data["drone_id"] as? String)
            #expect(telemetry.battery == (data["battery"] as? NSNumber)?.doubleValue)
            #expect(telemetry.location?.latitude == (location["latitude"] as? NSNumber)?.doubleValue)
            #expect(telemetry.location?.longitude == (location["longitude"] as? NSNumber)?.doubleValue)
            #expect(telemetry.location?.altitude == (location["altitude"] as? NSNumber)?.doubleValue)
        }
    }
}
