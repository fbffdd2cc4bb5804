import AmbtModel
import Foundation

/// Reads the facts for the `---` block from the text: only what the text itself says.
struct MetadataInference {
  var lines: [String] = []

  static let months = [
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
  ]

  /// `11 maart 2025`, `11-03-2025`, `2025-03-11` anywhere in `s` (first match), as ISO.
  static func date(in s: String) -> String? {
    let f = TextFolding.fold(s)
    if let r = f.range(
      of: #"([0-9]{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) ([0-9]{4})"#,
      options: .regularExpression)
    {
      let p = f[r].split(separator: " ")
      if let d = Int(p[0]), let m = months[String(p[1])], let y = Int(p[2]), (1...31).contains(d), (1900...2100).contains(y) {
        return String(format: "%04d-%02d-%02d", y, m, d)
      }
    }
    if let r = f.range(of: #"([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})"#, options: .regularExpression) {
      let p = f[r].split(whereSeparator: { "-./".contains($0) })
      if let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]), (1...31).contains(d), (1...12).contains(m),
        (1900...2100).contains(y)
      {
        return String(format: "%04d-%02d-%02d", y, m, d)
      }
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

  /// The municipality: the name after "gemeente" that the text uses most.
  static func organisation(in text: [String]) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    let particles: Set<String> = ["aan", "den", "de", "op", "in", "het", "van", "ter", "bij", "a/d"]
    for line in text {
      // An ASCII line names a municipality only if it holds "gemeente" in some case.
      if line.utf8.allSatisfy({ $0 < 0x80 }) && !line.lowercased().containsBytes("gemeente") { continue }
      let words = line.split(separator: " ").map(String.init)
      for (k, w) in words.enumerated() where TextFolding.fold(w) == "gemeente" && k + 1 < words.count {
        var name: [String] = []
        var j = k + 1
        while j < words.count {
          let raw = words[j]
          let bare = raw.trimmingCharacters(in: CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "-'’")))
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
