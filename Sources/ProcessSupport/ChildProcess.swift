import CSpawn

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started with `posix_spawn` and reaped with `waitpid`.
///
/// Foundation's `Process` on Linux learns that a child ended by a socket the child inherits; a child
/// that starts a daemon (`tmux new-session -d`) hands that socket on, and `waitUntilExit()` then
/// never returns (swift-corelibs-foundation#4795). `waitpid` has no such blind spot, and every pipe
/// here is close-on-exec, so no other child started at the same moment can hold one open.
public final class ChildProcess {
    /// Where one of the child's standard streams goes.
    public enum Stream: Sendable {
        /// A pipe this object reads (output) or writes (input).
        case pipe
        /// `/dev/null`.
        case null
        /// The same stream as this process.
        case inherit
    }

    public let pid: pid_t
    /// Read end of the child's standard output when it was `.pipe`.
    public private(set) var standardOutput: Int32?
    /// Read end of the child's standard error when it was `.pipe`.
    public private(set) var standardError: Int32?
    /// Write end of the child's standard input when it was `.pipe`.
    public private(set) var standardInput: Int32?
    private var exitStatus: Int32?

    /// Starts `path` with `arguments` (not including the program name).
    public init(path: String, arguments: [String], input: Stream = .null, output: Stream = .pipe, error: Stream = .null) throws(ChildProcessError) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }

        var parentEnds: [Int32] = []
        var childEnds: [Int32] = []
        func connect(_ stream: Stream, to target: Int32, childReads: Bool) throws(ChildProcessError) -> Int32? {
            switch stream {
            case .inherit:
                return nil
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", childReads ? O_RDONLY : O_WRONLY, 0)
                return nil
            case .pipe:
                var ends: [Int32] = [-1, -1]
                guard cspawn_pipe_cloexec(&ends) == 0 else { throw ChildProcessError(path: path, step: "pipe", code: errno) }
                let (childEnd, parentEnd) = childReads ? (ends[0], ends[1]) : (ends[1], ends[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, target)
                childEnds.append(childEnd)
                parentEnds.append(parentEnd)
                return parentEnd
            }
        }
        do {
            standardInput = try connect(input, to: 0, childReads: true)
            standardOutput = try connect(output, to: 1, childReads: false)
            standardError = try connect(error, to: 2, childReads: false)
        } catch {
            (childEnds + parentEnds).forEach { _ = close($0) }
            throw error
        }

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, nil, argv, environ)
        childEnds.forEach { _ = close($0) }
        guard result == 0 else {
            parentEnds.forEach { _ = close($0) }
            throw ChildProcessError(path: path, step: "start", code: result)
        }
        pid = child
        // A child that exits before reading all its input must not end this process with SIGPIPE.
        if standardInput != nil { signal(SIGPIPE, SIG_IGN) }
    }

    deinit {
        [standardInput, standardOutput, standardError].compactMap { $0 }.forEach { _ = close($0) }
    }

    /// Closes the child's standard input, which tells most programs the input has ended.
    public func closeInput() {
        if let writer = standardInput { _ = close(writer) }
        standardInput = nil
    }

    /// Closes the read end of standard output or error once it has reached its end.
    func closeReader(_ descriptor: Int32) {
        _ = close(descriptor)
        if descriptor == standardOutput { standardOutput = nil }
        if descriptor == standardError { standardError = nil }
    }

    /// Sends `signal` (default SIGTERM) unless the child was already reaped.
    public func terminate(signal: Int32 = SIGTERM) {
        if exitStatus == nil { kill(pid, signal) }
    }

    /// Waits for the child to end: its exit code, or 128 + the signal that ended it, as shells report it.
    @discardableResult
    public func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        exitStatus = code
        return code
    }

    /// Reads standard output up to and without the next newline; nil at end of output.
    public func readLine() -> String? {
        guard let reader = standardOutput else { return nil }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(reader, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
                line.append(byte)
            } else if count == -1 && errno == EINTR {
                continue
            } else {
                return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
            }
        }
    }
}

/// Why a child process could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
    public var path: String
    public var step: String
    public var code: Int32

    public var description: String {
        "cannot \(step) \(path): \(String(cString: strerror(code)))"
    }
}
