import FlightDeckCore

extension ConsoleState {
    /// A key goes to the input line while one is open, else to the dialog on top, else to the view's bindings.
    mutating func press(_ key: Key) {
        message = nil
        if let input = lineInput {
            edit(input, with: key)
            return
        }
        switch overlay {
        case .help(let firstLine):
            scrollHelp(from: firstLine, with: key)
        case .confirmation(let confirmation):
            answer(confirmation, with: key)
        case .goTo(let form):
            fill(form, with: key)
        case nil:
            if let command = KeyMap.command(for: key, in: keyContext) {
                perform(command)
            }
        }
    }

    private mutating func edit(_ input: LineInput, with key: Key) {
        var input = input
        switch key {
        case .enter:
            lineInput = nil
            if case .command = input.purpose {
                runCommandLine(input.text)
            }
            return
        case .escape:
            lineInput = nil
            if case .filter(let pane) = input.purpose {
                setFilter("", on: pane)
            }
            return
        case .backspace where input.text.isEmpty:
            lineInput = nil
            return
        case .backspace:
            input.deleteBackward()
        case .character(let character):
            input.insert(character)
        default:
            return
        }
        lineInput = input
        if case .filter(let pane) = input.purpose {
            setFilter(input.text, on: pane)
        }
    }

    /// Filters a pane's rows at once, as the operator types.
    mutating func setFilter(_ text: String, on pane: Pane) {
        switch pane {
        case .fleet:
            fleetTable.list.filter = text
            rebuildFleetTable()
        case .tasks:
            tasks.filter = text
            rebuildTasks()
        case .alerts:
            alertFeed.list.filter = text
            rebuildAlertFeed()
        case .lag:
            break
        }
    }

    private mutating func scrollHelp(from firstLine: Int, with key: Key) {
        let page = max(1, HelpPane.visibleLines(in: size))
        let last = max(0, HelpPane.lines.count - page)
        switch key {
        case .up, .character("k"): overlay = .help(firstLine: max(0, firstLine - 1))
        case .down, .character("j"): overlay = .help(firstLine: min(last, firstLine + 1))
        case .pageUp, .character("b"): overlay = .help(firstLine: max(0, firstLine - page))
        case .pageDown, .character("f"), .character(" "): overlay = .help(firstLine: min(last, firstLine + page))
        case .home: overlay = .help(firstLine: 0)
        case .end: overlay = .help(firstLine: last)
        case .escape, .character("?"), .function(1): overlay = nil
        case .character("q"): isQuitRequested = true
        default: break
        }
    }

    private mutating func answer(_ confirmation: Confirmation, with key: Key) {
        switch key {
        case .character("y"), .character("Y"):
            overlay = nil
            for effect in confirmation.effects {
                send(effect)
            }
            if let failedID = confirmation.retrying {
                noteRetry(of: failedID, by: confirmation.effects)
            }
        case .character("n"), .character("N"), .escape:
            overlay = nil
            message = .info("cancelled: nothing was sent")
        default:
            break
        }
    }

    private mutating func fill(_ form: GoToForm, with key: Key) {
        var form = form
        switch key {
        case .escape:
            overlay = nil
            message = .info("cancelled: nothing was sent")
            return
        case .enter:
            guard let target = form.validatedTarget() else { break }
            overlay = nil
            requestCommand(.goTo, droneID: form.droneID, target: target)
            return
        case .tab, .down: form.focusNext()
        case .backTab, .up: form.focusPrevious()
        case .backspace: form.deleteBackward()
        case .character(let character): form.type(character)
        default: break
        }
        overlay = .goTo(form)
    }
}
