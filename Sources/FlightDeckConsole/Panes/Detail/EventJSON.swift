import FlightDeckCore

/// An event's message as indented JSON, one line per member, for the detail view.
///
/// Built from the bytes that came off the wire when there are any, so fields this build does not know show
/// too. Control characters inside strings stay escaped (`\u001b`), and the grid sanitises every line again.
enum EventJSON {
    static func lines(of event: Event) -> [String] {
        do {
            let value = try JSONValue.parse(EventEncoder.encode(event))
            return value.prettyPrinted().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        } catch {
            return ["the message is not valid JSON: \(error.description)"]
        }
    }
}
