import FlightDeckCore
import Testing
@testable import FlightDeckConsole

@Suite("Task rows rebuilt from the previous rows")
struct TaskListTests {
    static func fleet(_ tasks: [(task: String, drone: String)]) -> FleetState {
        var fleet = FleetState()
        for (task, drone) in tasks {
            fleet.apply(Fixture.task(task, drone: drone, progress: 10, step: nil))
        }
        return fleet
    }

    @Test("merging new tasks into earlier rows gives the same order as sorting from scratch")
    func mergeMatchesFullSort() {
        var generator = SeededGenerator(seed: 7)
        var tasks: [(task: String, drone: String)] = []
        var previous: [String] = []
        for round in 0..<20 {
            for number in 0..<Int(generator.next() % 30) {
                tasks.append(("task-\(round)-\(number)", "drone-\(generator.next() % 40)"))
            }
            let fleet = Self.fleet(tasks)
            let fromScratch = TaskList.rows(in: fleet, filter: "")
            let rebuilt = TaskList.rows(in: fleet, filter: "", previous: previous)
            #expect(rebuilt == fromScratch, "round \(round)")
            #expect(Set(rebuilt) == Set(tasks.map(\.task)))
            previous = rebuilt
        }
    }

    @Test("previous rows that are no longer in order are sorted again, and vanished tasks are dropped")
    func staleOrder() {
        let fleet = Self.fleet([("task-a", "drone-2"), ("task-b", "drone-10"), ("task-c", "drone-1")])
        let rows = TaskList.rows(in: fleet, filter: "", previous: ["task-b", "task-gone", "task-a"])
        #expect(rows == ["task-c", "task-a", "task-b"])
    }
}
