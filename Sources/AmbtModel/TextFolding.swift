/// Text normalisation shared by vocabulary look-ups, the linter and the differ.
public enum TextFolding {
  /// Lowercase, without diacritics, with typographic quotes and dashes made plain and
  /// runs of white space collapsed: `Financiële  belangen` → `financiele belangen`.
  public static func fold(_ s: String) -> String { fold(s, hyphensAsSpaces: false) }

  /// `fold`, then every hyphen read as a space (`vastgesteld-op` = `vastgesteld op`).
  public static func foldHyphensAsSpaces(_ s: String) -> String { fold(s, hyphensAsSpaces: true) }

  /// ASCII bytes as folding maps them: uppercase to lowercase, control white space to a space,
  /// the backtick to an apostrophe.
  static let asciiMap: [UInt8] = (0..<128).map { b in
    switch b {
    case 0x41...0x5A: return UInt8(b + 32)
    case 0x09...0x0D: return 0x20
    case 0x60: return 0x27
    default: return UInt8(b)
    }
  }

  /// Latin-1 letters U+00C0...U+00FF (second byte after 0xC3, low six bits) to their ASCII base
  /// letter; 0 where folding is not a single ASCII letter.
  static let latin1Map: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 64)
    func set(_ r: ClosedRange<Int>, _ c: UInt8) { for i in r { t[i] = c } }
    set(0x00...0x05, 0x61); set(0x07...0x07, 0x63); set(0x08...0x0B, 0x65); set(0x0C...0x0F, 0x69)
    set(0x11...0x11, 0x6E); set(0x12...0x16, 0x6F); set(0x18...0x18, 0x6F); set(0x19...0x1C, 0x75); set(0x1D...0x1D, 0x79)
    set(0x20...0x25, 0x61); set(0x27...0x27, 0x63); set(0x28...0x2B, 0x65); set(0x2C...0x2F, 0x69)
    set(0x31...0x31, 0x6E); set(0x32...0x36, 0x6F); set(0x38...0x38, 0x6F); set(0x39...0x3C, 0x75); set(0x3D...0x3D, 0x79)
    set(0x3F...0x3F, 0x79)
    return t
  }()

  static func fold(_ s: String, hyphensAsSpaces: Bool) -> String {
    var source = s
    // Local copies: reading a static in the loop would run its once-check for every byte.
    let asciiMap = TextFolding.asciiMap
    let latin1Map = TextFolding.latin1Map
    return source.withUTF8 { src -> String in
      // Folding never makes a scalar longer than three times its UTF-8 bytes (ĳ → ij is shorter).
      String(unsafeUninitializedCapacity: src.count * 3 + 4) { dst -> Int in
        var n = 0
        var lastWasSpace = true
        @inline(__always) func add(_ c: UInt8) {
          if c == 0x20 {
            if !lastWasSpace {
              dst[n] = 0x20
              n += 1
            }
            lastWasSpace = true
          } else {
            dst[n] = c
            n += 1
            lastWasSpace = false
          }
        }
        var i = 0
        let count = src.count
        while i < count {
          let b = src[i]
          // ASCII, by far the most common, through a table.
          if b < 0x80 {
            add(asciiMap[Int(b)])
            i += 1
            continue
          }
          // The accented Latin letters (é, ë, ï, ...) through a table too.
          if b == 0xC3, i + 1 < count {
            let c = latin1Map[Int(src[i + 1] & 0x3F)]
            if c != 0 {
              add(c)
              i += 2
              continue
            }
          }
          // Anything else: decode the scalar and fold it as before.
          var len = 1
          var value: UInt32 = 0
          if b & 0xE0 == 0xC0 {
            len = 2
            value = UInt32(b & 0x1F)
          } else if b & 0xF0 == 0xE0 {
            len = 3
            value = UInt32(b & 0x0F)
          } else if b & 0xF8 == 0xF0 {
            len = 4
            value = UInt32(b & 0x07)
          }
          var valid = len > 1 && i + len <= count
          if valid {
            for k in 1..<len {
              let cb = src[i + k]
              if cb & 0xC0 != 0x80 { valid = false; break }
              value = value << 6 | UInt32(cb & 0x3F)
            }
          }
          guard valid, let u = Unicode.Scalar(value) else {
            // Not reachable for a valid String; copy the byte's replacement character.
            for r in "\u{FFFD}".utf8 { add(r) }
            i += 1
            continue
          }
          let mapped = foldScalar(u)
          if mapped == " " {
            add(0x20)
          } else {
            for r in mapped.utf8 { add(r) }
          }
          i += len
        }
        if n > 0 && dst[n - 1] == 0x20 { n -= 1 }
        // Hyphens become spaces after folding, so spaces they make are not collapsed (as before).
        if hyphensAsSpaces {
          for k in 0..<n where dst[k] == 0x2D { dst[k] = 0x20 }
        }
        return n
      }
    }
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

extension TextFolding {
  /// The per-scalar mapping, exposed for the equivalence tests of the fast path.
  public static func foldScalarForTesting(_ u: Unicode.Scalar) -> String { foldScalar(u) }
}
