/// One authenticated Flashduty call: the JSON body's fields, the calling member and the time.
///
/// The typed readers throw `InvalidParameter` when a field has the wrong type, and the
/// `required` ones when it is missing too, so handlers read their fields in one line each.
struct FlashdutyCall {
    let fields: [String: JSONValue]
    /// The member whose app key made the call.
    let callerId: Int
    /// Seconds since 1970 on the virtual clock.
    let now: Double

    func int(_ key: String) throws(FlashdutyFailure) -> Int? {
        switch fields[key] {
        case nil, .null: return nil
        case .integer(let value): return value
        case .number(let value) where value.rounded() == value: return Int(value)
        default: throw .invalid("The specified parameter \(key) is not valid.")
        }
    }

    func requiredInt(_ key: String) throws(FlashdutyFailure) -> Int {
        guard let value = try int(key) else { throw missing(key) }
        return value
    }

    func string(_ key: String) throws(FlashdutyFailure) -> String? {
        switch fields[key] {
        case nil, .null: return nil
        case .string(let value): return value
        default: throw .invalid("The specified parameter \(key) is not valid.")
        }
    }

    func requiredString(_ key: String) throws(FlashdutyFailure) -> String {
        guard let value = try string(key), !value.isEmpty else { throw missing(key) }
        return value
    }

    func bool(_ key: String) throws(FlashdutyFailure) -> Bool? {
        switch fields[key] {
        case nil, .null: return nil
        case .bool(let value): return value
        default: throw .invalid("The specified parameter \(key) is not valid.")
        }
    }

    func ints(_ key: String) throws(FlashdutyFailure) -> [Int]? {
        guard let value = fields[key], value != .null else { return nil }
        guard let items = value.arrayValue else { throw notValid(key) }
        var result: [Int] = []
        for item in items {
            guard case .integer(let number) = item else { throw notValid(key) }
            result.append(number)
        }
        return result
    }

    func strings(_ key: String) throws(FlashdutyFailure) -> [String]? {
        guard let value = fields[key], value != .null else { return nil }
        guard let items = value.arrayValue else { throw notValid(key) }
        var result: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw notValid(key) }
            result.append(text)
        }
        return result
    }

    /// A required, non-empty id list of at most `maximum` entries.
    func requiredStrings(_ key: String, maximum: Int = 100) throws(FlashdutyFailure) -> [String] {
        guard let values = try strings(key), !values.isEmpty else { throw missing(key) }
        guard values.count <= maximum else { throw notValid(key) }
        return values
    }

    func requiredInts(_ key: String) throws(FlashdutyFailure) -> [Int] {
        guard let values = try ints(key), !values.isEmpty else { throw missing(key) }
        return values
    }

    func missing(_ key: String) -> FlashdutyFailure {
        .invalid("The parameter \(key) is required.")
    }

    func notValid(_ key: String) -> FlashdutyFailure {
        .invalid("The specified parameter \(key) is not valid.")
    }
}
