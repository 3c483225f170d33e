/// The attribute lines one change shows in text, and how many unchanged attributes it hides.
///
/// A create lists every field of `after` and a delete every field of `before`. Updates,
/// replacements, adoptions and manual steps list only what differs: a field in both that
/// changed, a field only `after` has, a field only `before` has. A forget lists nothing, since
/// the object stays as it is. Fields come in key order, so equal changes give equal lines.
struct AttributeDiff: Sendable, Hashable {
    /// One attribute line.
    enum Line: Sendable, Hashable {
        case added(key: String, value: PlanValue)
        case removed(key: String, value: PlanValue)
        case changed(key: String, from: PlanValue, to: PlanValue)

        var key: String {
            switch self {
            case .added(let key, _), .removed(let key, _), .changed(let key, _, _): return key
            }
        }
    }

    let lines: [Line]
    /// Fields equal on both sides, not listed.
    let unchangedCount: Int

    init(_ change: Change) {
        switch change.action {
        case .create:
            self.init(lines: (change.after?.fields ?? []).map { .added(key: $0, value: $1) })
        case .delete:
            self.init(lines: (change.before?.fields ?? []).map { .removed(key: $0, value: $1) })
        case .update, .replace, .adopt, .manual:
            self.init(comparing: change.before, with: change.after)
        case .forget:
            self.init(lines: [])
        }
    }

    private init(lines: [Line], unchangedCount: Int = 0) {
        self.lines = lines
        self.unchangedCount = unchangedCount
    }

    private init(comparing before: PlanValue?, with after: PlanValue?) {
        let old = Dictionary(uniqueKeysWithValues: before?.fields ?? [])
        let new = Dictionary(uniqueKeysWithValues: after?.fields ?? [])
        let keys = JSONNode.sortedKeys(old.merging(new) { first, _ in first })
        var lines: [Line] = []
        for key in keys {
            switch (old[key], new[key]) {
            case (let from?, let to?) where from != to:
                lines.append(.changed(key: key, from: from, to: to))
            case (nil, let to?): lines.append(.added(key: key, value: to))
            case (let from?, nil): lines.append(.removed(key: key, value: from))
            default: break
            }
        }
        self.init(lines: lines, unchangedCount: keys.count - lines.count)
    }

    /// The longest key listed, for lining up the `=` signs.
    var keyWidth: Int { lines.map(\.key.count).max() ?? 0 }
}
