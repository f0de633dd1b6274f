import Foundation
import Testing

/// The committed hostile-input corpus (`Tests/Corpus/hostile`, written by `Tests/Corpus/generate.py`):
/// one Kafka message per file, named by what the decoder must do with it.
struct HostileMessage: CustomTestStringConvertible {
    enum Expectation: String {
        /// Decodes into an event.
        case decodes = "ok"
        /// Ends in a decode error.
        case fails = "bad"
        /// Either, without crashing.
        case either = "any"
    }

    let name: String
    let bytes: [UInt8]
    let expectation: Expectation

    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/hostile")

    /// Every message of the corpus, in file-name order.
    static func all() throws -> [HostileMessage] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let prefix = String(name.prefix { $0 != "-" })
            guard let expectation = Expectation(rawValue: prefix) else { throw UnnamedExpectation(name: name) }
            let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
            return HostileMessage(name: name, bytes: Array(bytes), expectation: expectation)
        }
    }

    struct UnnamedExpectation: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) does not start with ok-, bad- or any-" }
    }
}
