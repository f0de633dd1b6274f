/// A rectangle of cells that a pane draws into.
struct Rect: Hashable, Sendable {
    var row: Int
    var column: Int
    var height: Int
    var width: Int

    init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    var isEmpty: Bool { height == 0 || width == 0 }
}
