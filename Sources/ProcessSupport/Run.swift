#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a program printed and how it ended.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var output: [UInt8]
    public var error: [UInt8]

    public var outputText: String { String(decoding: output, as: UTF8.self) }
    public var errorText: String { String(decoding: error, as: UTF8.self) }
}

extension ChildProcess {
    /// Runs a program to its end, feeding it `input` and collecting both its outputs.
    public static func run(_ path: String, _ arguments: [String], input: String? = nil) throws(ChildProcessError) -> ProcessResult {
        let child = try ChildProcess(path: path, arguments: arguments, input: input == nil ? .null : .pipe, output: .pipe, error: .pipe)
        let (output, error) = child.exchange(input: Array((input ?? "").utf8))
        return ProcessResult(status: child.wait(), output: output, error: error)
    }

    /// Writes `input` and reads standard output and error at the same time, so a child that fills
    /// one pipe while this side waits on another cannot stall both.
    func exchange(input: [UInt8]) -> (output: [UInt8], error: [UInt8]) {
        var output: [UInt8] = [], error: [UInt8] = []
        var written = 0
        if input.isEmpty { closeInput() }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var watched: [pollfd] = []
            if let writer = standardInput { watched.append(pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)) }
            if let reader = standardOutput { watched.append(pollfd(fd: reader, events: Int16(POLLIN), revents: 0)) }
            if let reader = standardError { watched.append(pollfd(fd: reader, events: Int16(POLLIN), revents: 0)) }
            if watched.isEmpty { return (output, error) }
            if poll(&watched, nfds_t(watched.count), -1) == -1 {
                if errno == EINTR { continue }
                return (output, error)
            }
            for entry in watched where entry.revents != 0 {
                if entry.fd == standardInput {
                    let count = input[written...].withUnsafeBytes { write(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    if count < 0 && errno != EINTR || written == input.count { closeInput() }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if entry.fd == standardOutput { output += buffer[..<count] } else { error += buffer[..<count] }
                } else if count == 0 || errno != EINTR {
                    closeReader(entry.fd)
                }
            }
        }
    }

    /// Reads standard output to its end, handing each chunk to `body` as it arrives.
    public func readOutput(_ body: (UnsafeRawBufferPointer) -> Void) {
        guard let reader = standardOutput else { return }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            } else if count == 0 || errno != EINTR {
                return
            }
        }
    }
}
