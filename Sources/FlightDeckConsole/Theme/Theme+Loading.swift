import Foundation

extension Theme {
    /// Loads `<name>.theme` from the first directory of `searchPath` that has it.
    public static func load(named name: String, searchPath: [String]) throws(ThemeError) -> Theme {
        let candidates = searchPath.map { URL(fileURLWithPath: $0).appendingPathComponent("\(name).theme").path }
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw .notFound(name: name, searched: searchPath)
        }
        return try load(file: file)
    }

    /// Loads a theme file at an explicit path.
    public static func load(file: String) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
        return try ThemeParser.parse(text, file: file)
    }
}
