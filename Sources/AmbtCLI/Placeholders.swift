import AmbtModel

/// The names of values in usage lines and option tables (`FORMAAT`, `<bestand|map>`) are written
/// in Dutch once, in the command's spec; this table gives their English names, so English help,
/// completions and the man page show no Dutch placeholders.
enum Placeholders {
  /// Dutch placeholder word → English, for upper-case value names and words inside `<…>`.
  static let english: [String: String] = [
    "FORMAAT": "FORMAT", "ERNST": "SEVERITY", "DATUM": "DATE", "BESTAND": "FILE", "MAP": "DIR", "NAAM": "NAME",
    "REVISIE": "REV", "TAAL": "LANG", "UIT": "OUT", "UITVOER": "OUTPUT", "WET": "LAW", "REGEL": "RULE", "SCHIL": "SHELL",
    "BASISLIJN": "BASELINE", "bestand": "file", "map": "dir", "oud": "old", "nieuw": "new", "uitvoer": "output",
    "regel-id": "rule-id", "schil": "shell", "pad": "path", "lijst": "list", "onderwerpen": "topics", "rollen": "roles",
    "groepen": "groups", "wetten": "laws",
  ]

  /// `text` with its placeholders in `language`: upper-case words and the words inside `<…>` and
  /// `[…]` that the table knows (`<bestand|map>`, `[onderwerpen|rollen]`).
  static func localize(_ text: String, _ language: Language) -> String {
    guard language == .en else { return text }
    var out = ""
    var word = ""
    var inAngle = false
    var inSquare = 0
    func flush() {
      if !word.isEmpty {
        let isUpper = word.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "_" }
        out += (inAngle || inSquare > 0 || isUpper) ? (english[word] ?? word) : word
      }
      word = ""
    }
    for c in text {
      if c.isLetter || (c == "-" && !word.isEmpty) {
        word.append(c)
        continue
      }
      flush()
      if c == "<" { inAngle = true }
      if c == ">" { inAngle = false }
      if c == "[" { inSquare += 1 }
      if c == "]" { inSquare = max(0, inSquare - 1) }
      out.append(c)
    }
    flush()
    return out
  }
}
