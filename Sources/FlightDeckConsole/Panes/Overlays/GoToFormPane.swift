/// The go-to form: latitude, longitude and altitude, each with what is wrong with it right below.
struct GoToFormPane {
    let form: GoToForm
    let theme: Theme

    static let labelWidth = 14
    static let fieldWidth = 18

    func draw(on grid: inout Grid) {
        let style = theme.style(.help)
        let height = 2 + GoToField.allCases.count * 2 + 2 + 2
        guard let box = DialogBox(title: "Go to — \(form.droneID)", width: 70, height: height, style: style,
                                  on: &grid) else { return }
        var row = box.inner.row
        grid.write("Where should \(form.droneID) fly?", row: row, column: box.inner.column, width: box.inner.width, style: style)
        row += 2
        for field in GoToField.allCases {
            let range = "\(CellText.fixed(field.range.lowerBound, decimals: 0)) to \(CellText.fixed(field.range.upperBound, decimals: 0))"
            grid.write(field.label, row: row, column: box.inner.column, width: Self.labelWidth, style: style)
            let isFocused = field == form.focus
            let text = form.text(of: field) + (isFocused ? "█" : "")
            let fieldStyle = isFocused ? theme.style(.input) : theme.style(.text).layered(on: style)
            grid.write(text, row: row, column: box.inner.column + Self.labelWidth, width: Self.fieldWidth, style: fieldStyle)
            grid.write(" " + range, row: row, column: box.inner.column + Self.labelWidth + Self.fieldWidth,
                       width: max(1, box.inner.width - Self.labelWidth - Self.fieldWidth),
                       style: theme.style(.dim).layered(on: style))
            if let error = form.errors[field] {
                grid.write(error.description, row: row + 1, column: box.inner.column + 2, width: box.inner.width - 2,
                           style: theme.style(.statusBad).layered(on: style))
            }
            row += 2
        }
        grid.write("Tab next field  ·  Enter send  ·  Esc cancel", row: box.inner.row + box.inner.height - 1,
                   column: box.inner.column, width: box.inner.width, style: theme.style(.dim).layered(on: style))
    }
}
