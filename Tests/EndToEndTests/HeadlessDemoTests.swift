import Foundation
import Testing

@Suite("The embedded cluster seen from another process")
struct HeadlessDemoTests {
    @Test("kcat connects to the demo's embedded cluster and reads the fleet's events")
    func kcatReadsTheDemo() throws {
        let demo = Process()
        demo.executableURL = URL(fileURLWithPath: try Executable.flightdeck)
        demo.arguments = ["demo", "--headless", "--drones", "20", "--rate", "200"]
        let output = Pipe()
        demo.standardOutput = output
        demo.standardError = FileHandle.nullDevice
        try demo.run()
        defer {
            demo.terminate()
            demo.waitUntilExit()
        }
        let firstLine = String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self)
        let bootstrap = try #require(firstLine.split(separator: " ").last.map(String.init), "no bootstrap line: \(firstLine)")
        #expect(bootstrap.hasPrefix("127.0.0.1:"))

        let kcat = try Executable.tool("kcat")
        let read = try Executable.run(kcat, ["-b", bootstrap, "-C", "-t", "drone-events", "-o", "beginning", "-c", "50",
                                             "-q", "-X", "fetch.wait.max.ms=5", "-f", "%k\t%s\n"])
        #expect(read.status == 0)
        let lines = read.output.split(separator: "\n")
        #expect(lines.count == 50)
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1)
            #expect(parts.count == 2 && parts[0].hasPrefix("drone-"), "unexpected line: \(line)")
            let json = try JSONSerialization.jsonObject(with: Data(parts.last!.utf8)) as? [String: Any]
            let data = json?["data"] as? [String: Any]
            #expect(data?["drone_id"] as? String == String(parts[0]), "key and drone_id differ: \(line)")
        }
    }
}

extension FileHandle {
    /// Reads one line, blocking until it is complete.
    func availableLine() -> Data {
        var line = Data()
        while true {
            let byte = readData(ofLength: 1)
            if byte.isEmpty || byte.first == UInt8(ascii: "\n") { return line }
            line.append(byte)
        }
    }
}
