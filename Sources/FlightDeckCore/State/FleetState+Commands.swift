extension FleetState {
    /// Operator commands seen on `drone-commands` by command id, with the drone side's answers.
    public var commands: [String: CommandState] { commandTracker.commands }
}
