/// Text normalisation shared by vocabulary look-ups, the linter and the differ.
public enum TextFolding {
  /// Lowercase, without diacritics, with typographic quotes and dashes made plain and
  /// runs of white space collapsed: `Financiële  belangen` → `financiele belangen`.
  public static func fold(_ s: String) -> String { fold(s, hyphensAsSpaces: false) }

  /// `fold`, then every hyphen read as a space (`vastgesteld-op` = `vastgesteld op`).
  public static func foldHyphensAsSpaces(_ s: String) -> String { fold(s, hyphensAsSpaces: true) }

  static func fold(_ s: String, hyphensAsSpaces: Bool) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var lastWasSpace = true
    func add(_ c: UInt8) {
      if c == 0x20 {
        if !lastWasSpace { out.append(0x20) }
        lastWasSpace = true
      } else {
        out.append(c)
        lastWasSpace = false
      }
    }
    for u in s.unicodeScalars {
      // ASCII, by far the most common, without building a String per character.
      if u.value < 0x80 {
        switch u.value {
        case 0x41...0x5A: add(UInt8(u.value + 32))
        case 0x09...0x0D, 0x20: add(0x20)
        case 0x60: add(0x27)
        default: add(UInt8(u.value))
        }
        continue
      }
      let mapped = foldScalar(u)
      if mapped == " " {
        add(0x20)
      } else {
        for byte in mapped.utf8 { add(byte) }
      }
    }
    if out.last == 0x20 { out.removeLast() }
    // Hyphens become spaces after folding, so spaces they make are not collapsed (as before).
    if hyphensAsSpaces {
      for i in out.indices where out[i] == 0x2D { out[i] = 0x20 }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func foldScalar(_ u: Unicode.Scalar) -> String {
    switch u.value {
    case 0x41...0x5A: return String(Character(Unicode.Scalar(u.value + 32)!))
    case 0x09, 0x0A, 0x0D, 0xA0, 0x2007, 0x202F: return " "
    case 0x2018, 0x2019, 0x201B, 0x2032, 0x60, 0xB4: return "'"
    case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xAD: return "-"
    case 0xC0...0xC5, 0xE0...0xE5: return "a"
    case 0xC7, 0xE7: return "c"
    case 0xC8...0xCB, 0xE8...0xEB: return "e"
    case 0xCC...0xCF, 0xEC...0xEF: return "i"
    case 0xD1, 0xF1: return "n"
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return "o"
    case 0xD9...0xDC, 0xF9...0xFC: return "u"
    case 0xDD, 0xFD, 0xFF: return "y"
    case 0x132, 0x133: return "ij"
    default:
      if u.properties.isWhitespace { return " " }
      return String(Character(u)).lowercased()
    }
  }

  /// Levenshtein distance on characters, bounded: returns `limit + 1` as soon as it is exceeded.
  public static func editDistance(_ a: String, _ b: String, limit: Int = 8) -> Int {
    let x = Array(a)
    let y = Array(b)
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

  /// The candidate closest to `word`, if it is close enough to be a plausible slip.
  public static func suggestion(for word: String, among candidates: [String]) -> String? {
    let w = fold(word)
    var best: (String, Int)?
    let limit = max(2, w.count / 3)
    for c in candidates {
      let d = editDistance(w, fold(c), limit: limit)
      if d <= limit, best == nil || d < best!.1 { best = (c, d) }
    }
    if best == nil {
      // A candidate that contains the word or is contained in it.
      best = candidates.first {
        let f = fold($0); return f.hasPrefix(w) || w.hasPrefix(f)
      }.map { ($0, 0) }
    }
    return best?.0
  }
}
