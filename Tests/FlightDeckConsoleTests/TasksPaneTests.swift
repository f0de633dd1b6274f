import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct TasksPaneTests {
    static let small = TerminalSize(rows: 24, columns: 80)
    static let large = TerminalSize(rows: 60, columns: 200)

    var events: [Event] {
        [
            Fixture.task("task-1", drone: "drone-2", name: "巡检任务-0042", progress: 37.5, step: "巡检点位3",
                         eta: Fixture.later(242_000)),
            Fixture.task("task-2", drone: "drone-10", name: "survey north", progress: 80, step: "leg 2",
                         eta: Fixture.later(-90_000)),
            Fixture.task("task-3", drone: "drone-1", progress: 5, step: "a very long step description that cannot fit"),
            Fixture.event(.taskCompleted, .task(TaskUpdate(taskID: "task-4", droneID: "drone-3"))),
        ]
    }

    func render(_ size: TerminalSize, filter: String? = nil) -> Grid {
        var state = Fixture.state(events, size: size)
        state.tap(.character("2"))
        if let filter {
            state.tap(.character("/"))
            state.type(filter)
            state.tap(.enter)
        }
        return ConsoleView.render(state, size: size, now: Fixture.start)
    }

    @Test func oneRowPerActiveTaskOrderedByDrone() {
        let grid = render(Self.small)
        #expect(grid.line(1).hasPrefix("TASK           DRONE      PROGRESS    STEP"))
        #expect(grid.line(2).hasPrefix("task-3         drone-1    ▎        5% a very long step"))
        #expect(grid.line(3).hasPrefix("巡检任务-0042  drone-2    ██▎     38% 巡检点位3 "))
        #expect(grid.line(4).hasPrefix("survey north   drone-10   ████▊   80% leg 2 "))
        #expect(grid.row(containing: "task-4") == nil)
    }

    @Test(arguments: [small, large])
    func chineseTextKeepsEveryColumnAligned(_ size: TerminalSize) {
        let grid = render(size)
        let cjk = grid.row(containing: "巡检任务")!, ascii = grid.row(containing: "survey north")!
        for title in ["DRONE", "PROGRESS", "STEP"] {
            let column = grid.column(of: title, inRow: 1)!
            let cjkText = grid.line(cjk), asciiText = grid.line(ascii)
            #expect(grid[cjk, column].text != " " && grid[ascii, column].text != " ", "\(title): \(cjkText) / \(asciiText)")
        }
        #expect(grid.column(of: "巡检点位3", inRow: cjk) == grid.column(of: "STEP", inRow: 1))
        #expect(grid.column(of: "in 4m", inRow: cjk)! + 5 == grid.column(of: "late 1m", inRow: ascii)! + 7)
        #expect(grid.isWellFormed)
    }

    @Test func etaSaysHowLongIsLeftOrHowLateItIs() {
        let grid = render(Self.small)
        #expect(grid.line(3).hasSuffix("in 4m"))
        #expect(grid.line(4).hasSuffix("late 1m"))
        #expect(grid.line(2).hasSuffix("–"))
        let late = grid.column(of: "late 1m", inRow: 4)!
        #expect(grid[4, late].style.foreground == Theme.default.style(.statusWarn).foreground)
    }

    @Test func longStepsEndInAnEllipsisAtTheColumnEdge() {
        let grid = render(Self.small)
        let step = grid.column(of: "a very", inRow: 2)!
        let eta = grid.column(of: "ETA", inRow: 1)!
        #expect(grid.line(2).contains("…"))
        #expect(grid.column(of: "…", inRow: 2)! < eta)
        #expect(step == grid.column(of: "STEP", inRow: 1))
    }

    @Test func theFilterMatchesNamesStepsAndDrones() {
        #expect(render(Self.small, filter: "巡检").row(containing: "survey") == nil)
        #expect(render(Self.small, filter: "drone-10").row(containing: "survey north") == 2)
        #expect(render(Self.small, filter: "zzz").line(2).hasPrefix("no task matches /zzz"))
    }

    @Test func progressNeverGoesBackAndFinishedTasksLeaveAtTheNextRebuild() {
        var state = Fixture.state(events)
        state.tap(.character("2"))
        state.receive(Fixture.task("task-2", drone: "drone-10", progress: 50, step: "leg 1", at: Fixture.later(10)),
                      Fixture.event(.taskCompleted, .task(TaskUpdate(taskID: "task-1", droneID: "drone-2")), at: Fixture.later(20)))
        #expect(state.fleet.tasks["task-2"]?.progress == 80)
        state.settle()
        #expect(state.tasks.rows.keys == ["task-3", "task-2"])
    }

    @Test func enterOpensTheTasksDrone() {
        var state = Fixture.state(events + [Fixture.status("drone-2", .flying)])
        state.tap(.character("2"), .down, .enter)
        #expect(state.detailDroneID == "drone-2")
    }
}
