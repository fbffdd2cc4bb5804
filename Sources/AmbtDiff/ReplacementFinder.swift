/// Finds the targeted replacements (`wordt "…" vervangen door "…"`) that turn the lines of an
/// element into their new version, when the change is a few words in lines that stay.
///
/// Lines are paired by a line diff; a change that adds or drops a line is not a replacement.
/// Within a pair of lines a word diff gives the changed runs; each run is widened to whole words
/// and then, a word at a time, until the quoted old text occurs exactly once in the element
/// (Aanwijzing 6.9: the words quoted must identify the place). Runs that come to touch are
/// merged. The caller carries the replacements out to check them, since a phrase that is unique
/// in the old text need not stay unique after an earlier replacement.
enum ReplacementFinder {
  /// The most replacements an onderdeel gets before `komt te luiden` reads better.
  static let maxCount = 4
  /// The most words and characters a quoted text may have.
  static let maxWords = 12
  static let maxCharacters = 100

  /// The replacements, in reading order, or nil when the change is not a few words.
  /// `deletions` allows `vervalt "…"` for words that are only removed.
  static func replacements(old: [String], new: [String], deletions: Bool = true) -> [(old: String, new: String)]? {
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    var deleted: [Int] = []
    var inserted: [Int] = []
    func closeHunk() -> Bool {
      defer {
        deleted = []
        inserted = []
      }
      guard deleted.count == inserted.count else { return false }
      pairs += zip(deleted, inserted).map { ($0, $1) }
      return true
    }
    for op in WordDiff.script(old, new) {
      switch op {
      case .equal:
        guard closeHunk() else { return nil }
        i += 1
        j += 1
      case .delete:
        deleted.append(i)
        i += 1
      case .insert:
        inserted.append(j)
        j += 1
      }
    }
    guard closeHunk() else { return nil }
    var out: [(old: String, new: String)] = []
    for (a, b) in pairs {
      guard let r = lineReplacements(old[a], new[b], in: old, deletions: deletions) else { return nil }
      out += r
      if out.count > maxCount { return nil }
    }
    return out
  }

  /// Tokens: runs of word characters, single punctuation marks, runs of white space.
  static func tokens(_ s: String) -> [String] {
    var out: [String] = []
    var current = ""
    var kind = 0
    let chars = Array(s)
    for (i, c) in chars.enumerated() {
      // `10.1` and `1.000,-` stay one word: a point or comma between digits is part of it.
      let inNumber =
        (c == "." || c == ",") && i > 0 && chars[i - 1].isNumber && i + 1 < chars.count && chars[i + 1].isNumber
      let k = c.isWhitespace ? 1 : (c.isLetter || c.isNumber || inNumber || "€-’'/&%+@".contains(c)) ? 2 : 3
      if k == kind, k != 3 {
        current.append(c)
      } else {
        if !current.isEmpty { out.append(current) }
        current = String(c)
        kind = k
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  static func isSpace(_ t: String) -> Bool { t.first?.isWhitespace ?? false }
  /// Whether a token is a word (not white space or a single punctuation mark).
  static func isWord(_ t: String) -> Bool {
    guard let f = t.first, !f.isWhitespace else { return false }
    return f.isLetter || f.isNumber || t.count > 1 || "€-’'/&%+@".contains(f)
  }

  /// The replacements within one pair of lines.
  static func lineReplacements(_ a: String, _ b: String, in lines: [String], deletions: Bool) -> [(old: String, new: String)]? {
    let x = tokens(a)
    let y = tokens(b)
    // Changed runs as token ranges (old range, new range).
    var runs: [(Range<Int>, Range<Int>)] = []
    var i = 0
    var j = 0
    var open: (Int, Int)?
    for op in WordDiff.script(x, y) {
      if op == .equal {
        if let (oi, oj) = open {
          runs.append((oi..<i, oj..<j))
          open = nil
        }
        i += 1
        j += 1
      } else {
        if open == nil { open = (i, j) }
        if op == .delete { i += 1 } else { j += 1 }
      }
    }
    if let (oi, oj) = open { runs.append((oi..<i, oj..<j)) }
    // Merge runs separated by at most three words (`2.1 tot en met 2.6`): one replacement reads
    // better than two.
    var merged: [(Range<Int>, Range<Int>)] = []
    for r in runs {
      if let last = merged.last, x[last.0.upperBound..<r.0.lowerBound].filter(isWord).count <= 3 {
        merged[merged.count - 1] = (last.0.lowerBound..<r.0.upperBound, last.1.lowerBound..<r.1.upperBound)
      } else {
        merged.append(r)
      }
    }
    var out: [(Range<Int>, Range<Int>)] = []
    for run in merged {
      var r = run
      @discardableResult
      func widenLeft() -> Bool {
        guard r.0.lowerBound > 0, r.1.lowerBound > 0 else { return false }
        r = (r.0.lowerBound - 1..<r.0.upperBound, r.1.lowerBound - 1..<r.1.upperBound)
        return true
      }
      @discardableResult
      func widenRight() -> Bool {
        guard r.0.upperBound < x.count, r.1.upperBound < y.count else { return false }
        r = (r.0.lowerBound..<r.0.upperBound + 1, r.1.lowerBound..<r.1.upperBound + 1)
        return true
      }
      if a.hasPrefix("@") {
        // An annotation is quoted from its key: `"@termijn 1 jaar" wordt vervangen door "@termijn 2 jaar"`.
        while widenLeft() {}
      }
      if deletions && r.1.isEmpty && r.0.contains(where: { isWord(x[$0]) }) && !a.hasPrefix("@") {
        // `vervalt "niet"`: the removed words without the spaces around them.
        var o = r.0
        while let f = o.first, isSpace(x[f]) { o = o.dropFirst() }
        while let l = o.last, isSpace(x[l]) { o = o.dropLast() }
        r = (o, r.1)
      } else {
        // Whole words at both ends, and at least one word on the old side.
        while r.0.isEmpty || isSpace(x[r.0.lowerBound]) || (!r.1.isEmpty && isSpace(y[r.1.lowerBound])), widenLeft() {}
        while r.0.isEmpty || isSpace(x[r.0.upperBound - 1]) || (!r.1.isEmpty && isSpace(y[r.1.upperBound - 1])), widenRight() {}
        while !r.0.contains(where: { isWord(x[$0]) }) {
          guard widenRight() || widenLeft() else { return nil }
        }
      }
      // Widen a word at a time, right then left, until the old text occurs once.
      var right = true
      while PhraseSearch.find(x[r.0].joined(), in: lines, domain: Array(lines.indices), loose: false).count != 1 {
        let moved: Bool
        if right {
          moved = widenRight() || widenLeft()
        } else {
          moved = widenLeft() || widenRight()
        }
        guard moved else { return nil }
        // Go on to the end of a word.
        while !isWord(x[r.0.upperBound - 1]), widenRight() {}
        while !isWord(x[r.0.lowerBound]), widenLeft() {}
        right.toggle()
      }
      if a.hasPrefix("@") {
        // … up to the end of its value or the comma before its description (`@termijn 1 jaar`).
        while r.0.upperBound < x.count, x[r.0.upperBound] != ",", widenRight() {}
      }
      if let last = out.last, last.0.upperBound >= r.0.lowerBound {
        out[out.count - 1] = (
          last.0.lowerBound..<max(last.0.upperBound, r.0.upperBound), last.1.lowerBound..<max(last.1.upperBound, r.1.upperBound)
        )
      } else {
        out.append(r)
      }
    }
    var result: [(old: String, new: String)] = []
    for r in out {
      let o = x[r.0].joined()
      let n = y[r.1].joined()
      let words = x[r.0].filter(isWord).count + y[r.1].filter(isWord).count
      guard o.count <= maxCharacters, n.count <= maxCharacters, words <= 2 * maxWords, !o.isEmpty,
        AmendmentWording.quoteStyle(for: [o, n]) != nil
      else { return nil }
      result.append((o, n))
    }
    return result
  }
}
