import FlightDeckCore

extension CommandName {
    /// What the drone says when it accepts the command.
    var acceptanceMessage: String {
        switch self {
        case .returnToBase: "开始返航"
        case .land: "开始原地降落"
        case .hold: "开始悬停"
        case .resume: "恢复执行"
        case .takeOff: "开始起飞执行巡检任务"
        case .goTo: "飞往目标点"
        default: "已接受"
        }
    }

    /// What the drone says when the manoeuvre is done.
    var completionMessage: String {
        switch self {
        case .returnToBase: "已返回基地并降落"
        case .land: "已降落"
        case .hold: "已在原地悬停"
        case .resume: "已恢复执行"
        case .takeOff: "已到达巡航高度"
        case .goTo: "已到达目标点并悬停"
        default: "已完成"
        }
    }
}
