import Yams

/// Reads typed values out of YAML nodes, naming the file, line and key of anything wrong.
struct ConfigReader {
    let file: String

    /// Calls `body` for every `section.key` of the two-level document.
    func sections(of root: Node, _ body: (String, String, Node) throws(ConfigError) -> Void) throws(ConfigError) {
        guard let sections = root.mapping else { throw error(at: root, "the file should be a mapping with kafka: and console: sections") }
        for (sectionNode, settings) in sections {
            let section = sectionNode.string ?? ""
            guard ["kafka", "console"].contains(section) else { throw error(at: sectionNode, "unknown section '\(section)': use kafka or console") }
            guard let mapping = settings.mapping else { throw error(at: settings, "'\(section)' should hold key: value settings") }
            for (keyNode, value) in mapping {
                try body(section, keyNode.string ?? "", value)
            }
        }
    }

    func string(_ node: Node, _ key: String) throws(ConfigError) -> String {
        guard let scalar = node.scalar else { throw error(at: node, "'\(key)' should be text") }
        return scalar.string
    }

    func integer(_ node: Node, _ key: String) throws(ConfigError) -> Int {
        guard let value = node.int, value >= 0 else { throw error(at: node, "'\(key)' should be a whole number of milliseconds") }
        return value
    }

    func count(_ node: Node, _ key: String, atLeast minimum: Int) throws(ConfigError) -> Int {
        guard let value = node.int, value >= minimum else { throw error(at: node, "'\(key)' should be a whole number of at least \(minimum)") }
        return value
    }

    func seconds(_ node: Node, _ key: String) throws(ConfigError) -> Double {
        guard let value = node.float, value > 0, value.isFinite else { throw error(at: node, "'\(key)' should be a number of seconds above 0") }
        return value
    }

    func bool(_ node: Node, _ key: String) throws(ConfigError) -> Bool {
        guard let value = node.bool else { throw error(at: node, "'\(key)' should be true or false") }
        return value
    }

    func strings(_ node: Node, _ key: String) throws(ConfigError) -> [String] {
        guard let sequence = node.sequence else { throw error(at: node, "'\(key)' should be a list") }
        var values: [String] = []
        for element in sequence {
            values.append(try string(element, key))
        }
        return values
    }

    func stringMap(_ node: Node, _ key: String) throws(ConfigError) -> [String: String] {
        guard let mapping = node.mapping else { throw error(at: node, "'\(key)' should hold key: value pairs") }
        var values: [String: String] = [:]
        for (name, value) in mapping {
            values[try string(name, key)] = try string(value, "\(key).\(name.string ?? "")")
        }
        return values
    }

    func error(at node: Node, _ message: String) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, message: message)
    }
}
