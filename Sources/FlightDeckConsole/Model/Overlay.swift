/// A box over the view that takes every key until it closes.
enum Overlay: Hashable, Sendable {
    /// The key list, scrolled to `firstLine`.
    case help(firstLine: Int)
    case confirmation(Confirmation)
    case goTo(GoToForm)
}
