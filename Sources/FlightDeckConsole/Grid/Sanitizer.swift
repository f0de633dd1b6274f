/// Makes text from the wire safe to put on a terminal.
///
/// A drone id or task step comes from whoever can publish to Kafka. Without this, a message could move the
/// cursor, clear the screen, retitle the window or reorder text (bidi overrides). Escape sequences are removed
/// whole; every other control or invisible formatting character is dropped, and line breaks and tabs become spaces.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B:
                pending = skipEscapeSequence(after: &scalars, next: pending)
            case 0x9B:
                pending = skipControlSequence(&scalars, next: pending)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                pending = skipString(&scalars, next: pending)
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
                output.append(" ")
            default:
                if !needsCleaning(scalar) { output.append(scalar) }
            }
        }
        return String(output)
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F: return false
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    /// Skips what follows an ESC: a CSI (`ESC [`), a string command (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`)
    /// or a short escape (`ESC 7`, `ESC ( B`). Returns the first scalar after the sequence.
    private static func skipEscapeSequence(after scalars: inout String.UnicodeScalarView.Iterator,
                                           next: Unicode.Scalar?) -> Unicode.Scalar? {
        guard let introducer = next else { return nil }
        switch introducer.value {
        case 0x5B:
            return skipControlSequence(&scalars, next: scalars.next())
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:
            return skipString(&scalars, next: scalars.next())
        case 0x20...0x2F:
            var current = scalars.next()
            while let scalar = current, (0x20...0x2F).contains(scalar.value) {
                current = scalars.next()
            }
            return finalByte(current) ? scalars.next() : current
        default:
            return finalByte(introducer) ? scalars.next() : introducer
        }
    }

    /// Skips a CSI's parameter and intermediate bytes and its final byte. A malformed sequence ends at
    /// the first scalar that cannot belong to it, which is kept.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator,
                                            next: Unicode.Scalar?) -> Unicode.Scalar? {
        var current = next
        while let scalar = current, (0x20...0x3F).contains(scalar.value) {
            current = scalars.next()
        }
        return finalByte(current) ? scalars.next() : current
    }

    private static func finalByte(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (0x30...0x7E).contains(scalar.value)
    }

    /// Skips an OSC, DCS or similar string up to its terminator: BEL, C1 ST, or an ESC, which ends it
    /// either as the usual ST (`ESC \`) or as the start of the next sequence.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator,
                                   next: Unicode.Scalar?) -> Unicode.Scalar? {
        var current = next
        while let scalar = current {
            current = scalars.next()
            switch scalar.value {
            case 0x07, 0x9C:
                return current
            case 0x1B:
                return skipEscapeSequence(after: &scalars, next: current)
            default:
                continue
            }
        }
        return nil
    }
}
