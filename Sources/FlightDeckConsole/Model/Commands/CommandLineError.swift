/// Why a `:` command line could not be run, said so that the operator can fix it.
enum CommandLineError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownCommand(String)
    case wrongArguments(usage: String)
    case invalidValue(GoToInputError)

    var description: String {
        switch self {
        case .unknownCommand(let name):
            "unknown command ':\(name)'; commands: " + CommandLineParser.usage.map(\.name).joined(separator: " ")
        case .wrongArguments(let usage):
            "usage: :\(usage)"
        case .invalidValue(let error):
            error.description
        }
    }
}
