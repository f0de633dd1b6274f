/// Every `data` field the typed payloads use, read in one pass whatever the event's type.
/// Absent and `null` fields stay nil.
struct DataFields {
    var droneID: String?
    var oldStatus: String?
    var newStatus: String?
    var status: String?
    var location: GeoPoint?
    var latitude: Double?
    var longitude: Double?
    var altitude: Double?
    var battery: Double?
    var speed: Double?
    var heading: Double?
    var taskID: String?
    var name: String?
    var progress: Double?
    var currentStep: String?
    var estimatedCompletion: Timestamp?
    var reason: String?
    var alertID: String?
    var type: String?
    var level: String?
    var message: String?
    var autoAction: String?
    var operatorName: String?
    var commandID: String?
    var command: String?
    var target: GeoPoint?
    var targetText: String?
    var userID: String?
    var action: String?
    var result: String?
    var host: String?
    var component: String?
    var service: String?
    var value: Double?
    var labels: [String: String] = [:]

    /// Reads the `data` object the reader is placed on.
    init(reading reader: inout ByteReader) throws(DecodeError) {
        try reader.openObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            try read(key, from: &reader)
        }
        if location == nil, let latitude, let longitude {
            location = GeoPoint(latitude: latitude, longitude: longitude, altitude: altitude)
        }
    }

    private mutating func read(_ key: ByteSpan, from reader: inout ByteReader) throws(DecodeError) {
        switch key.utf8Count {
        case 4 where key.equals("type"): type = try Self.string("type", &reader)
        case 4 where key.equals("name"): name = try Self.string("name", &reader)
        case 4 where key.equals("host"): host = try Self.string("host", &reader)
        case 5 where key.equals("speed"): speed = try Self.number("speed", &reader)
        case 5 where key.equals("level"): level = try Self.string("level", &reader)
        case 5 where key.equals("value"): value = try Self.number("value", &reader)
        case 6 where key.equals("status"): status = try Self.string("status", &reader)
        case 6 where key.equals("reason"): reason = try Self.string("reason", &reader)
        case 6 where key.equals("action"): action = try Self.string("action", &reader)
        case 6 where key.equals("target"): targetText = try Self.string("target", &reader)
        case 6 where key.equals("result"): result = try Self.string("result", &reader)
        case 6 where key.equals("labels"): try readLabels(&reader)
        case 7 where key.equals("battery"): battery = try Self.number("battery", &reader, in: 0...100)
        case 7 where key.equals("heading"): heading = try Self.number("heading", &reader)
        case 7 where key.equals("task_id"): taskID = try Self.string("task_id", &reader)
        case 7 where key.equals("message"): message = try Self.string("message", &reader)
        case 7 where key.equals("user_id"): userID = try Self.string("user_id", &reader)
        case 7 where key.equals("command"): command = try Self.string("command", &reader)
        case 7 where key.equals("service"): service = try Self.string("service", &reader)
        case 8 where key.equals("drone_id"): droneID = try Self.string("drone_id", &reader)
        case 8 where key.equals("location"): location = try Self.point("location", &reader)
        case 8 where key.equals("latitude"): latitude = try Self.number("latitude", &reader, in: -90...90)
        case 8 where key.equals("altitude"): altitude = try Self.number("altitude", &reader)
        case 8 where key.equals("progress"): progress = try Self.number("progress", &reader, in: 0...100)
        case 8 where key.equals("alert_id"): alertID = try Self.string("alert_id", &reader)
        case 8 where key.equals("operator"): operatorName = try Self.string("operator", &reader)
        case 9 where key.equals("longitude"): longitude = try Self.number("longitude", &reader, in: -180...180)
        case 9 where key.equals("component"): component = try Self.string("component", &reader)
        case 10 where key.equals("old_status"): oldStatus = try Self.string("old_status", &reader)
        case 10 where key.equals("new_status"): newStatus = try Self.string("new_status", &reader)
        case 10 where key.equals("command_id"): commandID = try Self.string("command_id", &reader)
        case 10 where key.equals("parameters"): target = try Self.point("parameters", &reader)
        case 11 where key.equals("auto_action"): autoAction = try Self.string("auto_action", &reader)
        case 12 where key.equals("current_step"): currentStep = try Self.string("current_step", &reader)
        case 20 where key.equals("estimated_completion"): estimatedCompletion = try Self.timestamp("estimated_completion", &reader)
        default: try reader.skipValue()
        }
    }

    /// Labels are text; a label holding anything else is skipped rather than failing the whole sample.
    private mutating func readLabels(_ reader: inout ByteReader) throws(DecodeError) {
        guard reader.peek() == UInt8(ascii: "{") else {
            if reader.consumeNull() { return }
            throw Self.wrongType("labels", expected: "an object", &reader)
        }
        try reader.openObject()
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if reader.peek() == UInt8(ascii: "\"") {
                labels[key.string] = try reader.readStringSpan().string
            } else {
                try reader.skipValue()
            }
        }
    }

    // The readers below look for the expected kind first and for `null` second: the expected kind is what
    // messages nearly always hold. Field names are taken lazily, since they are only needed for an error.

    static func string(_ field: @autoclosure () -> String, _ reader: inout ByteReader) throws(DecodeError) -> String? {
        try stringSpan(field(), &reader)?.string
    }

    static func stringSpan(_ field: @autoclosure () -> String, _ reader: inout ByteReader) throws(DecodeError) -> ByteSpan? {
        if reader.peek() == UInt8(ascii: "\"") { return try reader.readStringSpan() }
        if reader.consumeNull() { return nil }
        throw wrongType(field(), expected: "a string", &reader)
    }

    static func number(_ field: @autoclosure () -> String, _ reader: inout ByteReader,
                       in range: ClosedRange<Double>? = nil) throws(DecodeError) -> Double? {
        guard let next = reader.peek(), next == UInt8(ascii: "-") || (0x30...0x39).contains(next) else {
            if reader.consumeNull() { return nil }
            throw wrongType(field(), expected: "a number", &reader)
        }
        let start = reader.position
        let value = try reader.readNumber()
        guard value.isFinite, range?.contains(value) ?? true else {
            throw .outOfRange(field: field(), value: reader.text(from: start))
        }
        return value
    }

    static func timestamp(_ field: String, _ reader: inout ByteReader) throws(DecodeError) -> Timestamp? {
        guard reader.peek() == UInt8(ascii: "\"") else {
            if reader.consumeNull() { return nil }
            throw wrongType(field, expected: "an ISO-8601 string", &reader)
        }
        let span = try reader.readStringSpan()
        guard let time = span.hasEscapes ? Timestamp(iso8601: span.string) : Timestamp.parse(iso8601: span.bytes) else {
            throw .invalidTimestamp(span.string)
        }
        return time
    }

    /// `{"latitude": …, "longitude": …, "altitude": …}`; latitude and longitude are required inside it.
    static func point(_ field: String, _ reader: inout ByteReader) throws(DecodeError) -> GeoPoint? {
        guard reader.peek() == UInt8(ascii: "{") else {
            if reader.consumeNull() { return nil }
            throw wrongType(field, expected: "an object", &reader)
        }
        try reader.openObject()
        var latitude: Double?, longitude: Double?, altitude: Double?
        var first = true
        while let key = try reader.nextKey(first: &first) {
            if key.equals("latitude") {
                latitude = try number(field + ".latitude", &reader, in: -90...90)
            } else if key.equals("longitude") {
                longitude = try number(field + ".longitude", &reader, in: -180...180)
            } else if key.equals("altitude") {
                altitude = try number(field + ".altitude", &reader)
            } else {
                try reader.skipValue()
            }
        }
        guard let latitude else { throw .missingField(field + ".latitude") }
        guard let longitude else { throw .missingField(field + ".longitude") }
        return GeoPoint(latitude: latitude, longitude: longitude, altitude: altitude)
    }

    /// `wrongType` when the value is well-formed JSON of another kind; the JSON error when it is not JSON at all,
    /// so `"battery": "50"` and `"battery": tru` are told apart.
    static func wrongType(_ field: String, expected: String, _ reader: inout ByteReader) -> DecodeError {
        do {
            try reader.skipValue()
        } catch {
            return error
        }
        return .wrongType(field: field, expected: expected)
    }
}
