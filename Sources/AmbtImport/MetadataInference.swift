import AmbtModel
import Foundation

/// Reads the facts for the `---` block from the text: only what the text itself says.
struct MetadataInference {
  var lines: [String] = []

  static let months = [
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
  ]

  /// `11 maart 2025`, `11-03-2025`, `2025-03-11` anywhere in `s` (first match), as ISO; nil when
  /// that day does not exist ("31 september 2020", "29-02-2021"), so the code written never fails
  /// its own check.
  static func date(in s: String) -> String? {
    func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
      guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= PartialDate.daysIn(month: m, year: y) else {
        return nil
      }
      return String(format: "%04d-%02d-%02d", y, m, d)
    }
    let f = TextFolding.fold(s)
    if let r = LinePattern.writtenDate(f) {
      let p = f[r].split(separator: " ")
      if let d = Int(p[0]), let m = months[String(p[1])], let y = Int(p[2]) { return iso(y, m, d) }
    }
    if let r = LinePattern.numericDate(f) {
      let p = f[r].split(whereSeparator: { "-./".contains($0) })
      if let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]) { return iso(y, m, d) }
    }
    return nil
  }

  static func adopter(in s: String) -> String? {
    let f = TextFolding.fold(s)
    if f.contains("burgemeester en wethouders") || f.contains("college") { return "college van burgemeester en wethouders" }
    if f.contains("gemeenteraad") || f.contains(" raad ") { return "gemeenteraad" }
    if f.contains("gemeentesecretaris") { return "gemeentesecretaris" }
    if f.contains("directie") { return "directie" }
    return nil
  }

  /// What is trimmed from the words of a municipality's name: punctuation, but for hyphens and
  /// apostrophes (`'s-Hertogenbosch`, `Súdwest-Fryslân`).
  static let nameTrim = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "-'’"))

  /// The municipality: the name after "gemeente" that the text uses most.
  static func organisation(in text: [String]) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    let particles: Set<String> = ["aan", "den", "de", "op", "in", "het", "van", "ter", "bij", "a/d"]
    for line in text {
      // A line names a municipality only if it holds a word that folds to "gemeente": ASCII in
      // some case, or anything whose fold holds it.
      let ascii = Cleaner.isASCII(line)
      if ascii ? !containsGemeente(line) : !TextFolding.fold(line).containsBytes("gemeente") { continue }
      // (ASCII without a carriage return, which makes one character with a line feed, split on bytes.)
      let words =
        ascii && !line.utf8.contains(0x0D)
        ? line.utf8.split(separator: 0x20).map { String(Substring($0)) } : line.split(separator: " ").map(String.init)
      for (k, w) in words.enumerated()
      where (ascii ? foldsToGemeente(w) : TextFolding.fold(w) == "gemeente") && k + 1 < words.count {
        var name: [String] = []
        var j = k + 1
        while j < words.count {
          let raw = words[j]
          let bare = raw.trimmingCharacters(in: Self.nameTrim)
          guard let c = bare.first else { break }
          if c.isUppercase && c.isLetter {
            name.append(bare)
          } else if particles.contains(bare), !name.isEmpty,
            let nextName = words[(j + 1)...].first(where: { !particles.contains($0) }), nextName.first?.isUppercase == true
          {
            name.append(bare)
          } else {
            break
          }
          if bare != raw { break }
          j += 1
        }
        guard !name.isEmpty, name.count <= 5 else { continue }
        let n = name.joined(separator: " ")
        if TextFolding.fold(n).hasPrefix("gemeente") { continue }
        if counts[n] == nil { order.append(n) }
        counts[n, default: 0] += 1
      }
    }
    return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
  }

  /// Whether ASCII `line` holds "gemeente" in any case (`line.lowercased()` holds it), on bytes.
  static func containsGemeente(_ line: String) -> Bool {
    let word = Array("gemeente".utf8)
    var t = line
    return t.withUTF8 { b in
      guard b.count >= word.count else { return false }
      for start in 0...(b.count - word.count) {
        var k = 0
        while k < word.count && b[start + k] | 0x20 == word[k] { k += 1 }
        if k == word.count { return true }
      }
      return false
    }
  }

  /// Whether an ASCII word (no space in it) folds to "gemeente": its letters in any case, with at
  /// most white space (which folding trims) around them.
  static func foldsToGemeente(_ word: String) -> Bool {
    var w = word
    return w.withUTF8 { b in
      var from = 0
      var to = b.count
      while from < to && b[from] >= 0x09 && b[from] <= 0x0D { from += 1 }
      while to > from && b[to - 1] >= 0x09 && b[to - 1] <= 0x0D { to -= 1 }
      guard to - from == 8 else { return false }
      var k = 0
      for c in "gemeente".utf8 {
        guard b[from + k] | 0x20 == c else { return false }
        k += 1
      }
      return true
    }
  }

  static func groups(in sentences: [String], vocabulary: Vocabulary) -> [String] {
    var found: [(String, Int)] = []
    let relevant = sentences.filter {
      let f = TextFolding.fold($0)
      return Cleaner.has(f, "geldt") || Cleaner.has(f, "gelden") || Cleaner.has(f, "van toepassing")
        || Cleaner.has(f, "werkingssfeer") || Cleaner.has(f, "werkingsfeer") || Cleaner.has(f, "iedereen die")
    }
    let w = Inference.wordText(relevant.joined(separator: " "))
    let wBytes = Array(w.utf8)
    let asciiText = wBytes.allSatisfy { $0 < 0x80 }
    for term in vocabulary.groups.terms {
      var names = [term.nl, term.id] + term.synonyms
      // Singular forms: stagiair(s), uitzendkracht(en), zzp'er(s).
      names += names.flatMap { n -> [String] in
        var out: [String] = []
        if n.hasSuffix("en") { out.append(String(n.dropLast(2))) }
        if n.hasSuffix("s") { out.append(String(n.dropLast())) }
        return out
      }
      var first = Int.max
      for n in Set(names) where n.count >= 5 {
        let needle = " " + Inference.wordText(n).trimmingCharacters(in: .whitespaces)
        // ASCII: a byte search and byte offsets, in the same order as characters.
        if asciiText && (needle + " ").utf8.allSatisfy({ $0 < 0x80 }) {
          if let at = ByteSearch.firstIndex(of: Array((needle + " ").utf8), in: wBytes) { first = min(first, at) }
        } else if let r = w.range(of: needle + " ") {
          first = min(first, w.distance(from: w.startIndex, to: r.lowerBound))
        }
      }
      if first < Int.max { found.append((term.id, first)) }
    }
    return found.sorted { $0.1 < $1.1 }.map(\.0)
  }
}
