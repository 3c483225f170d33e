/// Explains libyaml's syntax errors that a tab in the indentation caused.
///
/// libyaml reports such a tab as "found character that cannot start any token", which does not
/// tell a person what to fix. A tab is legal inside block scalars, so the scan runs only after
/// libyaml has failed, and only over the lines up to the failure.
enum TabScan {
    /// A tab-indentation error in place of `error`, when a tab in the indentation of a line up
    /// to the failing one explains it.
    static func explain(_ error: YAMLError, in bytes: [UInt8]) -> YAMLError? {
        let place = error.place
        var line = 1
        var column = 1
        var inIndentation = true
        for byte in bytes {
            if line > place.line { break }
            switch byte {
            case 0x0A:
                line += 1
                column = 1
                inIndentation = true
                continue
            case 0x09 where inIndentation:
                return .tabIndentation(file: place.file, line: line, column: column)
            case 0x20:
                break
            default:
                inIndentation = false
            }
            if byte & 0xC0 != 0x80 { column += 1 }
        }
        return nil
    }
}
