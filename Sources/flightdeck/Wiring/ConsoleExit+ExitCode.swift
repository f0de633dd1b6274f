import ArgumentParser
import FlightDeckConsole

extension ConsoleExit {
    /// Ends the process the shell's way after a signal: status 128 + the signal's number.
    func throwIfSignalled() throws {
        if case .signal(let number) = self {
            throw ExitCode(128 + number)
        }
    }

    /// How the audit trail names the way the console ended.
    var auditResult: String {
        switch self {
        case .quit: "quit"
        case .signal(let number): "signal \(number)"
        }
    }
}
