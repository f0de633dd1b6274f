/// A question the operator answers with y or n before anything is published: for dangerous commands and
/// for acknowledging many alerts at once.
struct Confirmation: Hashable, Sendable {
    /// The question, naming what will happen to what, e.g. "Land drone-007?".
    let question: String
    /// What the operator should know before answering, one line each.
    let details: [String]
    /// Published when the answer is yes.
    let effects: [ConsoleEffect]
    /// The undeliverable command whose place the command in `effects` takes, when this asks about a retry.
    var retrying: String? = nil
}
