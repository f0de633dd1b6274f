extension ConsoleState {
    /// A read-only console's answer to anything that would publish: said on screen, and recorded as an
    /// effect so the audit trail notes who tried what.
    mutating func refuseReadOnly(_ action: String, target: String?) {
        message = .readOnly
        effects.append(.refuse(action: action, target: target))
    }
}
