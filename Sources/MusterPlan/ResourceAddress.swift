/// Where an object sits in the plan, as Terraform spells it: `role.Responder`,
/// `role_grant.Responder["alice@example.com"]`, `app_scope.slack-prod["chat:write"]`.
///
/// The first key is written after a dot when it is made of letters, digits, `-` and `_` only,
/// and in brackets otherwise; further keys are always in brackets. Addresses sort by type,
/// then by keys, which is the order plans list changes in within a stage.
package struct ResourceAddress: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The kind of object: `integration`, `app_scope`, `role` or `role_grant`.
    package let type: String
    package let keys: [String]

    package init(_ type: String, _ keys: String...) {
        self.init(type, keys: keys)
    }

    package init(_ type: String, keys: [String]) {
        precondition(!keys.isEmpty, "an address needs a key")
        self.type = type
        self.keys = keys
    }

    package var description: String {
        var text = type
        for (index, key) in keys.enumerated() {
            if index == 0, Self.isBare(key) {
                text += "." + key
            } else {
                text += "[" + JSONText.quoted(key) + "]"
            }
        }
        return text
    }

    /// Whether this address is `other` or lies under it (`role.Responder` covers its grants'
    /// `role_grant.Responder[...]` only through dependencies, not through this test).
    package func isWithin(_ other: ResourceAddress) -> Bool {
        type == other.type && keys.starts(with: other.keys)
    }

    package static func < (lhs: ResourceAddress, rhs: ResourceAddress) -> Bool {
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        return lhs.keys.lexicographicallyPrecedes(rhs.keys)
    }

    /// Parses the printed form back, as `--target` takes it; nil when malformed.
    package static func parse(_ text: String) -> ResourceAddress? {
        var rest = Substring(text)
        let type = rest.prefix { $0 != "." && $0 != "[" }
        guard !type.isEmpty else { return nil }
        rest = rest.dropFirst(type.count)
        var keys: [String] = []
        if rest.first == "." {
            rest = rest.dropFirst()
            let key = rest.prefix { $0 != "[" }
            guard !key.isEmpty else { return nil }
            keys.append(String(key))
            rest = rest.dropFirst(key.count)
        }
        while rest.first == "[" {
            guard let (key, after) = parseQuoted(rest.dropFirst()) else { return nil }
            keys.append(key)
            rest = after
        }
        guard rest.isEmpty, !keys.isEmpty else { return nil }
        return ResourceAddress(String(type), keys: keys)
    }

    private static func parseQuoted(_ text: Substring) -> (String, Substring)? {
        guard text.first == "\"" else { return nil }
        var key = ""
        var rest = text.dropFirst()
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "\\" {
                guard let escaped = rest.first else { return nil }
                key.append(escaped == "n" ? "\n" : escaped)
                rest = rest.dropFirst()
            } else if character == "\"" {
                guard rest.first == "]" else { return nil }
                return (key, rest.dropFirst())
            } else {
                key.append(character)
            }
        }
        return nil
    }

    private static func isBare(_ key: String) -> Bool {
        !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || $0 == "-" || $0 == "_"
            }
    }
}
