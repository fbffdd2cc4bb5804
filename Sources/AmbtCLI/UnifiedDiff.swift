/// A unified diff of two texts, line by line, as `diff -u` writes it: `---`/`+++` headers,
/// hunks with three lines of context, `\ No newline at end of file` where a side ends without
/// one. Lines are compared as bytes (a CR stays part of its line). The edit script is Myers'
/// O(ND) algorithm on what lies between the common first and last lines; when the two differ
/// so much that its trace would be large, the middle is shown as deleted and inserted whole.
enum UnifiedDiff {
  static let context = 3

  /// The diff, or "" when the texts are equal.
  static func render(old: [UInt8], new: [UInt8], oldName: String, newName: String) -> String {
    let a = lines(old)
    let b = lines(new)
    guard a != b else { return "" }
    let script = edits(a, b)
    var out = "--- \(oldName)\n+++ \(newName)\n"
    for hunk in hunks(script) {
      let part = script[hunk]
      let oldStart = part.first { $0.kind != .insert }?.old ?? (part.first?.old ?? 0)
      let newStart = part.first { $0.kind != .delete }?.new ?? (part.first?.new ?? 0)
      let oldCount = part.filter { $0.kind != .insert }.count
      let newCount = part.filter { $0.kind != .delete }.count
      out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
      for e in part {
        switch e.kind {
        case .equal: out += " " + text(a[e.old])
        case .delete: out += "-" + text(a[e.old])
        case .insert: out += "+" + text(b[e.new])
        }
      }
    }
    return out
  }

  struct Line: Equatable {
    var bytes: ArraySlice<UInt8>
    var newline: Bool
  }

  struct Edit {
    enum Kind { case equal, delete, insert }
    var kind: Kind
    /// Index in the old lines (for an insertion: the old line before which it goes).
    var old: Int
    /// Index in the new lines (for a deletion: the new line before which it was).
    var new: Int
  }

  static func lines(_ bytes: [UInt8]) -> [Line] {
    var out: [Line] = []
    var start = 0
    for (k, b) in bytes.enumerated() where b == 0x0A {
      out.append(Line(bytes: bytes[start..<k], newline: true))
      start = k + 1
    }
    if start < bytes.count { out.append(Line(bytes: bytes[start...], newline: false)) }
    return out
  }

  static func text(_ line: Line) -> String {
    String(decoding: line.bytes, as: UTF8.self) + (line.newline ? "\n" : "\n\\ No newline at end of file\n")
  }

  /// `start,count` with 1-based start; an empty side names the line before it, and a count of
  /// one is left out, as GNU diff does.
  static func range(_ start: Int, _ count: Int) -> String {
    if count == 0 { return "\(start),0" }
    return count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
  }

  /// The edit script from `a` to `b`.
  static func edits(_ a: [Line], _ b: [Line]) -> [Edit] {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    var script = (0..<prefix).map { Edit(kind: .equal, old: $0, new: $0) }
    let midA = Array(a[prefix..<(a.count - suffix)])
    let midB = Array(b[prefix..<(b.count - suffix)])
    let middle =
      myers(midA, midB)
      ?? (midA.indices.map { Edit(kind: .delete, old: $0, new: 0) }
        + midB.indices.map { Edit(kind: .insert, old: midA.count, new: $0) })
    script += middle.map { Edit(kind: $0.kind, old: $0.old + prefix, new: $0.new + prefix) }
    script += (0..<suffix).map { Edit(kind: .equal, old: a.count - suffix + $0, new: b.count - suffix + $0) }
    return script
  }

  /// Myers' algorithm with a trace of the furthest reaching paths; nil when the trace would
  /// exceed a few million entries.
  static func myers(_ a: [Line], _ b: [Line]) -> [Edit]? {
    let n = a.count
    let m = b.count
    let max = n + m
    guard max > 0 else { return [] }
    let offset = max
    var v = [Int](repeating: 0, count: 2 * max + 2)
    var trace: [[Int]] = []
    var found = false
    for d in 0...max {
      if (d + 1) * v.count > 4_000_000 { return nil }
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          found = true
          break
        }
      }
      if found { break }
    }
    var script: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
      let previousX = v[offset + previousK]
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        script.append(Edit(kind: .equal, old: x - 1, new: y - 1))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          script.append(Edit(kind: .insert, old: x, new: y - 1))
        } else {
          script.append(Edit(kind: .delete, old: x - 1, new: y))
        }
      }
      x = previousX
      y = previousY
    }
    return script.reversed()
  }

  /// The hunks: each change with up to `context` equal lines around it, changes closer than
  /// twice that joined into one hunk.
  static func hunks(_ script: [Edit]) -> [Range<Int>] {
    let changed = script.indices.filter { script[$0].kind != .equal }
    var out: [Range<Int>] = []
    for k in changed {
      let lower = Swift.max(0, k - context)
      let upper = Swift.min(script.count, k + context + 1)
      if let last = out.last, lower <= last.upperBound {
        out[out.count - 1] = last.lowerBound..<Swift.max(last.upperBound, upper)
      } else {
        out.append(lower..<upper)
      }
    }
    return out
  }
}
