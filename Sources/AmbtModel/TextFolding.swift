/// Folding for vocabulary look-ups and suggestions: the text layer's one fold (`TextFold`, see
/// `FoldedText`), with edit distances on top.
public enum TextFolding {
  /// Lowercase, without diacritics, with typographic quotes and dashes made plain and
  /// runs of white space collapsed: `Financiële  belangen` → `financiele belangen`.
  public static func fold(_ s: String) -> String { fold(s, hyphensAsSpaces: false) }

  /// `fold`, then every hyphen read as a space (`vastgesteld-op` = `vastgesteld op`).
  public static func foldHyphensAsSpaces(_ s: String) -> String { fold(s, hyphensAsSpaces: true) }

  static func fold(_ s: String, hyphensAsSpaces: Bool) -> String {
    let folded = TextFold.fold(s)
    guard hyphensAsSpaces, folded.utf8.contains(0x2D) else { return folded }
    // Hyphens become spaces after folding, so the spaces they make are not collapsed.
    return String(decoding: folded.utf8.map { $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
  }

  /// Levenshtein distance on characters, bounded: returns `limit + 1` as soon as it is exceeded.
  public static func editDistance(_ a: String, _ b: String, limit: Int = 8) -> Int {
    editDistance(Array(a), Array(b), limit: limit)
  }

  /// `editDistance` on characters already split; the distance is at least the difference in
  /// length, so far-apart lengths cost nothing.
  static func editDistance(_ x: [Character], _ y: [Character], limit: Int) -> Int {
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    var cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      cur[0] = i
      var rowMin = cur[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        rowMin = min(rowMin, cur[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&prev, &cur)
    }
    return prev[y.count]
  }

  /// The index of the one group of spellings clearly nearest to `word`: at most two edits away,
  /// and every other group at least two edits further (or beyond the slip limit of
  /// `suggestion(for:among:)`). Nil when no group is that near, when `word` already is one of
  /// them, or when another group comes close. The test for a *safe* fix-it: one clear candidate.
  public static func clearCorrection(for word: String, among groups: [[String]]) -> Int? {
    let w = fold(word)
    let limit = max(2, w.count / 3)
    var distances: [(index: Int, distance: Int)] = []
    for (k, group) in groups.enumerated() {
      let d = group.map { editDistance(w, fold($0), limit: limit) }.min() ?? limit + 1
      if d == 0 { return nil }
      if d <= limit { distances.append((k, d)) }
    }
    distances.sort { $0.distance < $1.distance }
    guard let best = distances.first, best.distance <= 2 else { return nil }
    if distances.count > 1 && distances[1].distance < best.distance + 2 { return nil }
    return best.index
  }

  /// The candidate closest to `word`, if it is close enough to be a plausible slip.
  public static func suggestion(for word: String, among candidates: [String]) -> String? {
    suggestion(for: word, among: Candidates(candidates))
  }

  /// Names to suggest from, folded once: a list asked for many words (a vocabulary's terms,
  /// every article number of a code) is not folded again for each.
  public struct Candidates: Sendable {
    let names: [String]
    let folded: [String]
    let characters: [[Character]]

    public init(_ names: [String]) {
      self.names = names
      folded = names.map { TextFolding.fold($0) }
      characters = folded.map { Array($0) }
    }
  }

  /// `suggestion(for:among:)` over candidates folded once.
  public static func suggestion(for word: String, among candidates: Candidates) -> String? {
    let w = fold(word)
    let wc = Array(w)
    var best: (Int, Int)?
    let limit = max(2, wc.count / 3)
    for (k, c) in candidates.characters.enumerated() {
      let d = editDistance(wc, c, limit: limit)
      if d <= limit, best == nil || d < best!.1 { best = (k, d) }
    }
    if best == nil {
      // A candidate that contains the word or is contained in it.
      best = candidates.folded.firstIndex { f in f.hasPrefix(w) || w.hasPrefix(f) }.map { ($0, 0) }
    }
    return best.map { candidates.names[$0.0] }
  }
}
