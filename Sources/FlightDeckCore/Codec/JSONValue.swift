/// Any JSON value, for reading fields the typed payloads do not know and for the detail view's pretty print.
/// Not for the hot path: `EventDecoder` reads events without building one of these.
public indirect enum JSONValue: Hashable, Sendable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func parse(_ bytes: [UInt8], maxDepth: Int = 64) throws(DecodeError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DecodeError) -> JSONValue in
            var reader = ByteReader(buffer, maxDepth: maxDepth)
            guard reader.peek() != nil else { throw .empty }
            let value = try read(&reader)
            try reader.expectEnd()
            return value
        }
    }

    /// The member named `key` of an object; nil for other values or a missing key.
    /// When a key repeats, the last member counts, as it does for `EventDecoder`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Indented JSON, one member or element per line.
    public func prettyPrinted(indent: Int = 2) -> String {
        var text = ""
        write(to: &text, indent: indent, level: 0)
        return text
    }

    private func write(to text: inout String, indent: Int, level: Int) {
        let padding = String(repeating: " ", count: indent * (level + 1))
        let closing = String(repeating: " ", count: indent * level)
        switch self {
        case .object(let members) where members.isEmpty: text += "{}"
        case .array(let elements) where elements.isEmpty: text += "[]"
        case .object(let members):
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += padding + Self.quoted(member.key) + ": "
                member.value.write(to: &text, indent: indent, level: level + 1)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += closing + "}"
        case .array(let elements):
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += padding
                element.write(to: &text, indent: indent, level: level + 1)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += closing + "]"
        case .string(let value): text += Self.quoted(value)
        case .number(let value):
            var bytes: [UInt8] = []
            JSONWriter.appendNumber(value, to: &bytes)
            text += String(decoding: bytes, as: UTF8.self)
        case .bool(let value): text += value ? "true" : "false"
        case .null: text += "null"
        }
    }

    private static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.appendString(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func read(_ reader: inout ByteReader) throws(DecodeError) -> JSONValue {
        switch reader.peek() {
        case UInt8(ascii: "{"):
            try reader.openObject()
            var members: [(key: String, value: JSONValue)] = []
            var first = true
            while let key = try reader.nextKey(first: &first) {
                members.append((key.string, try read(&reader)))
            }
            return .object(members)
        case UInt8(ascii: "["):
            try reader.openArray()
            var elements: [JSONValue] = []
            var first = true
            while try reader.nextElement(first: &first) {
                elements.append(try read(&reader))
            }
            return .array(elements)
        case UInt8(ascii: "\""):
            return .string(try reader.readStringSpan().string)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try reader.readBool())
        case UInt8(ascii: "n"):
            try reader.readNull()
            return .null
        case nil:
            throw reader.failure("unexpected end of input")
        default:
            let start = reader.position
            let value = try reader.readNumber()
            guard value.isFinite else {
                throw .invalidJSON(offset: start, reason: "number \(DecodeError.excerpt(reader.text(from: start))) does not fit in a Double")
            }
            return .number(value)
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        case .array(let elements): hasher.combine(elements)
        case .string(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .bool(let value): hasher.combine(value)
        case .null: hasher.combine(0)
        }
    }
}
