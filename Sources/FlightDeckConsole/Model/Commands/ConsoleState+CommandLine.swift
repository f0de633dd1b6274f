extension ConsoleState {
    /// Runs what the operator typed after `:`, or says what is wrong with it.
    mutating func runCommandLine(_ line: String) {
        let request: CommandLineRequest?
        do {
            request = try CommandLineParser.parse(line)
        } catch {
            message = .error(error.description)
            return
        }
        switch request {
        case nil:
            break
        case .drone(let name, let droneID, let target):
            requestCommand(name, droneID: droneID, target: target)
        case .acknowledge(let alertID?):
            acknowledgeAlert(id: alertID)
        case .acknowledge(nil):
            guard keyContext == .alerts || configuration.readOnly else {
                message = .error("ack: select an alert in the alert feed (3) or name it, e.g. :ack alert-9")
                return
            }
            acknowledgeSelectedAlert()
        case .retry(let commandID?):
            retryCommand(id: commandID)
        case .retry(nil):
            retry()
        case .showDrone(let named):
            guard let droneID = knownDroneID(named) else {
                message = .error("drone: unknown drone '\(named)'")
                return
            }
            showDetail(of: droneID)
        case .help:
            overlay = .help(firstLine: 0)
        case .quit:
            isQuitRequested = true
        }
    }
}
