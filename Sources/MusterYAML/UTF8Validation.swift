/// Finds where a byte buffer stops being UTF-8.
enum UTF8Validation {
    /// The error for the first invalid byte, or nil when the whole buffer is UTF-8.
    static func firstError(in bytes: [UInt8], file: String) -> YAMLError? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(in: bytes, at: index)
            guard length > 0 else {
                return .notUTF8(byte: bytes[index], file: file, line: line, column: column)
            }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 if it is not one.
    private static func sequenceLength(in bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let slice = Array(bytes[index..<index + length])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}
