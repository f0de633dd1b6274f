/// The y/n question before a dangerous command or a bulk acknowledgement, naming what it will do to what.
struct ConfirmationPane {
    let confirmation: Confirmation
    let theme: Theme

    func draw(on grid: inout Grid) {
        let style = theme.style(.help)
        let answer = "y  yes, send it     n / Esc  no"
        let lines = [confirmation.question, ""] + confirmation.details + ["", answer]
        let width = (lines.map { TextWidth.of(Sanitizer.clean($0)) }.max() ?? 0) + 4
        guard let box = DialogBox(title: "Confirm", width: max(44, width), height: lines.count + 2, style: style,
                                  on: &grid) else { return }
        for (offset, line) in lines.prefix(box.inner.height).enumerated() {
            let isQuestion = offset == 0
            let lineStyle = isQuestion ? theme.style(.statusWarn).layered(on: style.layered(on: Style(attributes: .bold))) : style
            grid.write(line, row: box.inner.row + offset, column: box.inner.column, width: box.inner.width, style: lineStyle)
        }
    }
}
