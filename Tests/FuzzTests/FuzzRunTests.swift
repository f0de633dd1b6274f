import Foundation
import ProcessSupport
import Testing

/// The bounded libFuzzer run on the decoder and the reducer (`Tests/Fuzz/run.sh`), as part of `swift test`.
@Suite("Fuzzing the decoder and the reducer")
struct FuzzRunTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seconds = 60

    @Test("60 s of libFuzzer from the hostile corpus: no crash, no hang, no broken invariant",
          .enabled(if: Toolchain.hasLibFuzzer, "this toolchain has no libFuzzer runtime"))
    func boundedRun() throws {
        let script = Self.root.appendingPathComponent("Tests/Fuzz/run.sh").path
        let result = try ChildProcess.run("/bin/bash", [script, "\(Self.seconds)"])
        let log = result.errorText + result.outputText
        #expect(result.status == 0, "the fuzzer found a crashing input (see .build/fuzz/artifacts):\n\(log.suffix(4_000))")
        let runs = try #require(Self.runs(in: log), "no final statistics from libFuzzer:\n\(log.suffix(2_000))")
        #expect(runs > 10_000, "only \(runs) inputs in \(Self.seconds) s")
        print("fuzz: \(runs) inputs in \(Self.seconds) s")
    }

    /// N from libFuzzer's closing "Done N runs in T second(s)".
    static func runs(in log: String) -> Int? {
        guard let line = log.split(separator: "\n").last(where: { $0.hasPrefix("Done ") }) else { return nil }
        return Int(line.split(separator: " ")[1])
    }
}

/// Whether the `swiftc` on the path ships libFuzzer's runtime, which `-sanitize=fuzzer` links.
enum Toolchain {
    static var hasLibFuzzer: Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard let bin = paths.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/swiftc") }) else { return false }
        let clang = URL(fileURLWithPath: String(bin)).deletingLastPathComponent().appendingPathComponent("lib/clang")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: clang.path)) ?? []
        return versions.contains { version in
            let runtime = clang.appendingPathComponent("\(version)/lib/linux/libclang_rt.fuzzer-x86_64.a")
            return FileManager.default.fileExists(atPath: runtime.path)
        }
    }
}
