extension ConsistentQuantities {
  /// For each entry of a group, the first earlier one it conflicts with (another rule, another
  /// value, no exception between them, the same folded qualifier): what `firstConflictsByScan`
  /// gives, without scanning every earlier entry of a large group.
  ///
  /// Entries conflict only with equal (folded) qualifiers, so each qualifier is its own list.
  /// Within one, an earlier entry with the same value never conflicts; `nextOther[j]` is the
  /// next position after `j` with another value, so a run of equal values is crossed in one
  /// step. What remains to skip is an entry of the same rule or one linked by an exception,
  /// which are few; so the work is about linear in the group.
  static func firstConflicts(keys: [String], values: [Double], exceptions: [Set<String>], qualifiers: [String]) -> [Int?] {
    var out = [Int?](repeating: nil, count: keys.count)
    var lists: [String: [Int]] = [:]
    for i in keys.indices { lists[qualifiers[i], default: []].append(i) }
    for list in lists.values {
      var nextOther = [Int](repeating: list.count, count: list.count)
      if list.count > 1 {
        for j in stride(from: list.count - 2, through: 0, by: -1) {
          nextOther[j] = values[list[j + 1]] == values[list[j]] ? nextOther[j + 1] : j + 1
        }
      }
      for (p, i) in list.enumerated() {
        var j = 0
        while j < p {
          let f = list[j]
          if values[f] == values[i] {
            j = nextOther[j]
          } else if keys[f] == keys[i] || exceptions[f].contains(keys[i]) || exceptions[i].contains(keys[f]) {
            j += 1
          } else {
            out[i] = f
            break
          }
        }
      }
    }
    return out
  }

  /// The simple definition of `firstConflicts`: every earlier entry in turn (kept for the
  /// equivalence test).
  static func firstConflictsByScan(keys: [String], values: [Double], exceptions: [Set<String>], qualifiers: [String]) -> [Int?] {
    keys.indices.map { i in
      (0..<i).first { f in
        keys[f] != keys[i] && values[f] != values[i] && !exceptions[f].contains(keys[i])
          && !exceptions[i].contains(keys[f]) && qualifiers[f] == qualifiers[i]
      }
    }
  }
}
