import AmbtModel
import Foundation

/// What the start of a line says it is, before context decides.
enum LineStart: Equatable {
  /// `- text`, `• text` (OCR bullets are already `- `).
  case bullet(marker: String, rest: String)
  /// `1.1.`, `1.1`, `- 1.1.`, `10.2.3`: a rule number with at least two parts.
  case ruleNumber(label: String, rest: String)
  /// `3.` or `3)` followed by text, or alone.
  case number(value: Int, marker: String, rest: String)
  /// `a.`, `b)`, `(c)`.
  case letter(marker: String, rest: String)
  /// `(1)`.
  case parenNumber(marker: String, rest: String)
  /// `Artikel 5`, `Art. 5a`, with what follows on the line.
  case artikel(word: String, number: String, rest: String)
  /// `Hoofdstuk 2`, `HOOFDSTUK IV`, `Paragraaf 3`, `Deel 1`, `Afdeling 2`, `Thema 4`.
  case chapterWord(word: String, number: String, rest: String)
  /// `Bijlage`, `BIJLAGE 2 Functies`.
  case bijlage(rest: String)
  /// `Uitleg`, `Voorbeelden:`, `Toelichting`, `Uitleg met voorbeelden`.
  case label(word: String)
  /// `De regels`.
  case deRegels
}

enum LineShape {
  static let labelWords: Set<String> = [
    "uitleg", "toelichting", "voorbeeld", "voorbeelden", "controlevragen", "noot", "let op", "uitleg met voorbeelden",
    "toelichting met voorbeelden", "handige controlevragen",
  ]
  static let languageLabels: Set<String> = [
    "uitleg", "toelichting", "voorbeeld", "voorbeelden", "controlevragen", "noot", "let op",
  ]
  static let chapterWords: Set<String> = ["hoofdstuk", "paragraaf", "deel", "afdeling", "thema"]

  static func classify(_ text: String) -> LineStart? {
    // ASCII without a carriage return: each character a byte. Its fold keeps every byte that is
    // no white space, so one with more than 28 of them folds to no label (the longest has 27).
    var t = text
    let (plain, solid) = t.withUTF8 { b -> (Bool, Int) in
      var solid = 0
      for c in b {
        if c >= 0x80 || c == 0x0D { return (false, 0) }
        if c != 0x20 && !(c >= 0x09 && c <= 0x0D) { solid += 1 }
      }
      return (true, solid)
    }
    if !plain || solid <= 28 {
      let f = TextFolding.fold(text)
      var bare = f
      if bare.hasSuffix(":") { bare.removeLast() }
      if labelWords.contains(bare) { return .label(word: text.hasSuffix(":") ? String(text.dropLast()) : text) }
      if bare == "de regels" || bare == "regels" || bare == "de gedragsregels" { return .deRegels }
    }
    let words =
      plain
      ? t.withUTF8 { $0.split(separator: 0x20, maxSplits: 2).map { String(decoding: $0, as: UTF8.self) } }
      : text.split(separator: " ", maxSplits: 2).map(String.init)
    if let w0 = words.first {
      let fw = TextFolding.fold(w0)
      if fw == "bijlage" || fw == "bijlagen" {
        return .bijlage(rest: words.dropFirst().joined(separator: " "))
      }
      if (fw == "artikel" || fw == "art.") && words.count >= 2, isArticleNumber(words[1]) {
        return .artikel(word: w0, number: words[1], rest: words.count > 2 ? words[2] : "")
      }
      if chapterWords.contains(fw) && words.count >= 2, isArticleNumber(words[1]) || isRoman(words[1]) {
        return .chapterWord(word: w0, number: words[1], rest: words.count > 2 ? words[2] : "")
      }
    }
    // Bullets, possibly in front of a rule number (`- 1.1. text`).
    if let c = text.first, "-•*–".contains(c), text.count >= 2, text[text.index(after: text.startIndex)] == " " {
      let rest = String(text.dropFirst(2))
      if case .ruleNumber(let label, let r)? = ruleNumber(rest) { return .ruleNumber(label: label, rest: r) }
      return .bullet(marker: String(c), rest: rest)
    }
    if let r = ruleNumber(text) { return r }
    // `3.` / `3)` with or without text.
    if let m = LinePattern.numberMarker(text) {
      let marker = String(text[m])
      let rest = String(text[m.upperBound...]).trimmingCharacters(in: .whitespaces)
      if let v = Int(marker.dropLast()) { return .number(value: v, marker: marker, rest: rest) }
    }
    if let m = LinePattern.letterMarker(text) {
      // `e.` or `o.` alone are rare list letters; any lowercase letter counts.
      return .letter(marker: String(text[m]), rest: String(text[m.upperBound...]).trimmingCharacters(in: .whitespaces))
    }
    if let m = LinePattern.parenLetter(text) {
      return .letter(marker: String(text[m]), rest: String(text[m.upperBound...]).trimmingCharacters(in: .whitespaces))
    }
    if let m = LinePattern.parenNumber(text) {
      return .parenNumber(marker: String(text[m]), rest: String(text[m.upperBound...]).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  static func ruleNumber(_ text: String) -> LineStart? {
    guard let m = LinePattern.ruleNumber(text) else { return nil }
    let label = String(text[m])
    let rest = String(text[m.upperBound...]).trimmingCharacters(in: .whitespaces)
    return .ruleNumber(label: label, rest: rest)
  }

  static func isArticleNumber(_ s: String) -> Bool {
    var t = Substring(s)
    while let l = t.last, l == "." || l == ":" { t = t.dropLast() }
    guard let first = t.first, first.isASCII, first.isNumber, t.count <= 6 else { return false }
    return t.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || ($0.isASCII && $0.isLowercase) }
  }

  static func isRoman(_ s: String) -> Bool {
    let t = s.hasSuffix(".") ? s.dropLast() : Substring(s)
    return !t.isEmpty && t.count <= 6 && t.allSatisfy { "IVXLC".contains($0) }
  }

  static func endsSentence(_ s: String) -> Bool {
    guard let c = s.last else { return false }
    return ".!?:;".contains(c)
  }

  static func isAllCaps(_ s: String) -> Bool {
    // Counted in place: the letters, and whether one is lowercase.
    var letters = 0
    if Cleaner.isASCII(s) {
      var t = s
      return t.withUTF8 { b in
        for c in b {
          if c >= 0x61 && c <= 0x7A { return false }
          if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 3
      }
    }
    for c in s where c.isLetter {
      if c.isLowercase { return false }
      letters += 1
    }
    return letters >= 3
  }

  static func startsLowercase(_ s: String) -> Bool {
    var t = Substring(s)
    while let c = t.first, "(‘'\"“".contains(c) { t = t.dropFirst() }
    guard let c = t.first else { return false }
    return c.isLetter && c.isLowercase
  }

  /// A short line without closing punctuation: a title, if the context agrees.
  static func looksLikeTitle(_ s: String) -> Bool {
    guard let c = s.first, !s.isEmpty else { return false }
    let ascii = Cleaner.isASCII(s)
    // For ASCII, characters are bytes.
    let count = ascii ? s.utf8.count : s.count
    if isAllCaps(s) && count <= 100 { return true }
    guard count <= 100 else { return false }
    var words = 0
    if ascii {
      var t = s
      t.withUTF8 { b in
        var inWord = false
        for c in b {
          if c == 0x20 {
            inWord = false
          } else if !inWord {
            inWord = true
            words += 1
          }
        }
      }
    } else {
      words = s.split(separator: " ").count
    }
    guard words <= 14 else { return false }
    if let l = s.last, ".,;:".contains(l) { return false }
    return c.isUppercase || c.isNumber || c == "(" || c == "‘" || c == "'"
  }

  /// A line that the `.ambt` reader would take for something else than text.
  static func needsEscape(_ text: String) -> Bool {
    guard let c = text.first else { return false }
    if "#§@\\".contains(c) || text.hasPrefix("//") || text.hasPrefix("---") { return true }
    if text.hasSuffix(":") && languageLabels.contains(TextFolding.fold(String(text.dropLast()))) { return true }
    if "-•*–".contains(c) && (text.count == 1 || text[text.index(after: text.startIndex)] == " ") { return true }
    if LinePattern.listMarkerAtStart(text) { return true }
    return false
  }
}
