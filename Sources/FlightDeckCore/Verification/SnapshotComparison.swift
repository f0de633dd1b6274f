/// One way two fleet snapshots disagree.
public struct SnapshotDifference: Hashable, Sendable, CustomStringConvertible {
    /// What disagrees: "drone drone-012", "task task-7", "fleet".
    public var subject: String
    public var field: String
    public var live: String
    public var rebuilt: String

    public var description: String { "\(subject): \(field) live \(live), rebuilt \(rebuilt)" }
}

/// Compares the state a console built live with the state rebuilt from the same messages.
///
/// Drones are compared field by field, every one. Tasks and alerts are compared where both sides still hold
/// them: their caps forget finished tasks and resolved alerts in arrival order, which differs between readers.
public struct SnapshotComparison: Sendable {
    public let differences: [SnapshotDifference]
    /// Tasks and alerts held by one side only, for the report.
    public let tasksHeldByOneSide: Int
    public let alertsHeldByOneSide: Int

    public init(live: FleetSnapshot, rebuilt: FleetSnapshot) {
        var differences: [SnapshotDifference] = []
        for (field, liveValue, rebuiltValue) in [("events applied", live.applied, rebuilt.applied),
                                                 ("events out of order", live.outOfOrder, rebuilt.outOfOrder)]
        where liveValue != rebuiltValue {
            differences.append(SnapshotDifference(subject: "fleet", field: field, live: "\(liveValue)", rebuilt: "\(rebuiltValue)"))
        }
        differences += Self.compare(live.drones, rebuilt.drones, subject: "drone", requireBoth: true, fields: \.fields)
        differences += Self.compare(live.tasks, rebuilt.tasks, subject: "task", requireBoth: false, fields: \.fields)
        differences += Self.compare(live.alerts, rebuilt.alerts, subject: "alert", requireBoth: false, fields: \.fields)
        self.differences = differences
        tasksHeldByOneSide = Set(live.tasks.map(\.id)).symmetricDifference(rebuilt.tasks.map(\.id)).count
        alertsHeldByOneSide = Set(live.alerts.map(\.id)).symmetricDifference(rebuilt.alerts.map(\.id)).count
    }

    public var isIdentical: Bool { differences.isEmpty }

    private static func compare<Item: Identifiable>(_ live: [Item], _ rebuilt: [Item], subject: String, requireBoth: Bool,
                                                    fields: (Item) -> [(String, String)]) -> [SnapshotDifference]
    where Item.ID == String {
        let rebuiltByID = Dictionary(rebuilt.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let liveIDs = Set(live.map(\.id))
        var differences: [SnapshotDifference] = []
        for item in live {
            guard let other = rebuiltByID[item.id] else {
                if requireBoth {
                    differences.append(SnapshotDifference(subject: "\(subject) \(item.id)", field: "presence", live: "present", rebuilt: "absent"))
                }
                continue
            }
            for ((name, liveValue), (_, rebuiltValue)) in zip(fields(item), fields(other)) where liveValue != rebuiltValue {
                differences.append(SnapshotDifference(subject: "\(subject) \(item.id)", field: name, live: liveValue, rebuilt: rebuiltValue))
            }
        }
        if requireBoth {
            for item in rebuilt where !liveIDs.contains(item.id) {
                differences.append(SnapshotDifference(subject: "\(subject) \(item.id)", field: "presence", live: "absent", rebuilt: "present"))
            }
        }
        return differences
    }
}

extension FleetSnapshot.Drone: Identifiable {
    var fields: [(String, String)] {
        [("status", status), ("latitude", Self.text(latitude)), ("longitude", Self.text(longitude)),
         ("altitude", Self.text(altitude)), ("battery", Self.text(battery)), ("speed", Self.text(speed)),
         ("heading", Self.text(heading)), ("task", currentTask ?? "none"),
         ("last seen", Timestamp(millisecondsSinceEpoch: lastSeen).iso8601)]
    }

    private static func text(_ value: Double?) -> String {
        value.map { "\($0)" } ?? "none"
    }
}

extension FleetSnapshot.Task: Identifiable {
    var fields: [(String, String)] { [("phase", phase), ("progress", "\(progress)")] }
}

extension FleetSnapshot.Alert: Identifiable {
    var fields: [(String, String)] { [("phase", phase), ("level", level)] }
}
