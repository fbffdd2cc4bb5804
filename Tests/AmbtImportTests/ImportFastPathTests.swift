import AmbtModel
import Foundation
import Testing

@testable import AmbtImport

/// The importer's byte-level paths against the character-level code they replace (kept here as
/// the reference), on texts generated from pieces with a fixed seed and on the fixtures' lines.
@Suite struct ImportFastPathTests {
  /// `Inference.laws` as it was, on an array of characters.
  static func referenceLaws(_ inference: Inference, _ text: String) -> [String] {
    let vocabulary = inference.vocabulary
    var out: [String] = []
    var ids: Set<String> = []
    let chars = Array(text)
    var k = 0
    while k < chars.count {
      if let b = chars[k].asciiValue, chars[k].utf8.count == 1, !vocabulary.mayStartLaw(asciiLetter: b) {
        k += 1
        continue
      }
      let atWordStart = k == 0 || !(chars[k - 1].isLetter || chars[k - 1].isNumber)
      if atWordStart, chars[k].isLetter, vocabulary.mayStartLaw(String(chars[k..<min(chars.count, k + 6)])),
        let (law, len) = vocabulary.lawPrefix(of: String(chars[k..<min(chars.count, k + 80)]))
      {
        let written = String(chars[k..<min(chars.count, k + len)])
        let aliasOK =
          law.aliases.contains { $0 == written } || written.count > 5 || written.first?.isUppercase == true && written.count > 3
        if aliasOK && !ids.contains(law.id) && written.first?.isUppercase == true {
          ids.insert(law.id)
          var entry = written
          let before = String(chars[max(0, k - 40)..<k])
          if let (article, lid) = Inference.articleBefore(before) {
            entry += ", art. " + article
            if let lid { entry += " lid " + lid }
          }
          out.append(entry)
        }
        k += max(1, len)
        continue
      }
      k += 1
    }
    return out
  }

  /// `Cleaner.normalizedLines` as it was, scalar by scalar.
  static func referenceNormalizedLines(_ bytes: [UInt8]) -> [String] {
    let text = String(decoding: bytes, as: UTF8.self)
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var lastWasSpace = true
    var previousCR = false
    func flush() {
      var s = String(current)
      if s.hasSuffix(" ") { s.removeLast() }
      lines.append(s)
      current = String.UnicodeScalarView()
      lastWasSpace = true
    }
    for u in text.unicodeScalars {
      if u == "\n" {
        if previousCR {
          previousCR = false
          continue
        }
        flush()
        continue
      }
      previousCR = false
      if u == "\r" {
        previousCR = true
        flush()
        continue
      }
      var v = u
      switch u.value {
      case 0xFEFF, 0xAD, 0x200B: continue
      case 0x00...0x1F, 0x7F, 0xA0, 0x2007, 0x202F, 0x2028, 0x2029: v = " "
      default: if u.value >= 0x80 && u.properties.isWhitespace { v = " " }
      }
      if v == " " {
        if !lastWasSpace { current.append(" ") }
        lastWasSpace = true
      } else {
        current.append(v)
        lastWasSpace = false
      }
    }
    if !current.isEmpty { flush() }
    return lines
  }

  static func referenceClassify(_ text: String) -> LineStart? {
    let f = TextFolding.fold(text)
    var bare = f
    if bare.hasSuffix(":") { bare.removeLast() }
    if LineShape.labelWords.contains(bare) { return .label(word: text.hasSuffix(":") ? String(text.dropLast()) : text) }
    if bare == "de regels" || bare == "regels" || bare == "de gedragsregels" { return .deRegels }
    let words = text.split(separator: " ", maxSplits: 2).map(String.init)
    if let w0 = words.first {
      let fw = TextFolding.fold(w0)
      if fw == "bijlage" || fw == "bijlagen" {
        return .bijlage(rest: words.dropFirst().joined(separator: " "))
      }
      if (fw == "artikel" || fw == "art.") && words.count >= 2, LineShape.isArticleNumber(words[1]) {
        return .artikel(word: w0, number: words[1], rest: words.count > 2 ? words[2] : "")
      }
      if LineShape.chapterWords.contains(fw) && words.count >= 2,
        LineShape.isArticleNumber(words[1]) || LineShape.isRoman(words[1])
      {
        return .chapterWord(word: w0, number: words[1], rest: words.count > 2 ? words[2] : "")
      }
    }
    // Bullets, possibly in front of a rule number (`- 1.1. text`).
    if let c = text.first, "-•*–".contains(c), text.count >= 2, text[text.index(after: text.startIndex)] == " " {
      let rest = String(text.dropFirst(2))
      if case .ruleNumber(let label, let r)? = LineShape.ruleNumber(rest) { return .ruleNumber(label: label, rest: r) }
      return .bullet(marker: String(c), rest: rest)
    }
    if let r = LineShape.ruleNumber(text) { return r }
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

  /// `Cleaner.shape` as it was, character by character.
  static func referenceShape(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      var out: [UInt8] = []
      var lastDigit = false
      for b in s.utf8 {
        if b >= 0x30 && b <= 0x39 {
          if !lastDigit { out.append(0x23) }
          lastDigit = true
        } else {
          out.append(b)
          lastDigit = false
        }
      }
      return TextFolding.fold(String(decoding: out, as: UTF8.self))
    }
    var out = ""
    var lastDigit = false
    for c in s {
      if c.isNumber {
        if !lastDigit { out.append("#") }
        lastDigit = true
      } else {
        out.append(c)
        lastDigit = false
      }
    }
    return TextFolding.fold(out)
  }

  static let pieces: [String] = [
    "Ambtenarenwet", "Ambtenarenwet 2017", "AW 2017", "Aw", "de Wet open overheid", "Woo", "WOO-verzoek", "AVG", "avg", "BW",
    "Sr",
    "CAR/UWO", "CAR", "Burgerlijk Wetboek", "Gemeentewet", "Grondwet", "Algemene wet bestuursrecht", "artikel 8 lid 1 van de ",
    "artikel 125 van de ", "art. 3 van ", "van de ", " ", " ", "  ", ",", ".", "(", ")", "-", "/", "é", "ë", "€ 50", "‘", "’",
    "“",
    "e\u{301}", "\u{301}", "\r\n", "\n", "\r", "\t", "\u{A0}", "\u{2009}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{0600}", "😀",
    "🇳🇱", "1", "2016/679", "Gemeente", "gemeente", "GEMEENTE", "Leek", "ledereen", "lemand", "lk", "leder", "l", "les", "12",
    "Pagina 3 van 12", "Gemeenteblad", "nr. 1234", "3", "\u{FFFD}", "ÅAmbtenarenwet", "xAVG", "2AVG", "Ｗ", "\tGemeente\u{0B}",
    "gemeente`", "GeMeEnTe", "gemeent", "\u{7F}", "Artikel ", "art. ", "Art. 5a ", "Hoofdstuk ", "HOOFDSTUK IV ", "Bijlage ",
    "bijlagen 2", "Uitleg", "uitleg:", "Toelichting met voorbeelden", "De regels", "regels", "- ", "• ", "1.1. ", "3) ", "a. ",
    "(c) ", "(1) ", "²", "½", "٣", "Ⅳ", "gemeenteblad", "Staatscourant", "provinciaal blad", "Aldus vastgesteld ", "Slot",
    "  Zo vastgesteld", "INWERKINGTREDING", "ondertekening", "slotbepalingen",
  ]

  static func generated(_ count: Int, seed: UInt64, pieces: Int = 9) -> [String] {
    var rng = LinePatternTests.Generator(state: seed)
    var out: [String] = []
    for _ in 0..<count {
      var s = ""
      for _ in 0..<Int.random(in: 0...pieces, using: &rng) { s += Self.pieces.randomElement(using: &rng)! }
      out.append(s)
    }
    return out
  }

  static var fixtureTexts: [String] {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { return [] }
    var texts: [String] = []
    while let url = files.nextObject() as? URL {
      guard url.pathExtension == "txt" else { continue }
      texts += ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n")
    }
    return texts
  }

  @Test("laws are found on bytes and character indices as on an array of characters")
  func laws() {
    let inference = Inference.shared
    var found = 0
    for text in Self.generated(4_000, seed: 31) + Self.fixtureTexts {
      let expected = Self.referenceLaws(inference, text)
      found += expected.count
      #expect(inference.laws(text) == expected, "\(text.debugDescription)")
    }
    #expect(found > 100)
  }

  @Test("lines are normalised on bytes as scalar by scalar")
  func normalizedLines() {
    var texts = Self.generated(4_000, seed: 32, pieces: 14) + Self.fixtureTexts
    texts.append(Self.fixtureTexts.joined(separator: "\r\n"))
    for text in texts {
      var bytes = Array(text.utf8)
      #expect(Cleaner.normalizedLines(bytes) == Self.referenceNormalizedLines(bytes), "\(text.debugDescription)")
      // Invalid UTF-8 is repaired first, the same way.
      bytes.insert(contentsOf: [0xFF, 0xC3, 0x28, 0xE2, 0x82], at: bytes.count / 2)
      #expect(Cleaner.normalizedLines(bytes) == Self.referenceNormalizedLines(bytes), "\(text.debugDescription)")
    }
  }

  @Test("line starts, shapes and searches on bytes are those on characters")
  func lineShapes() {
    for text in Self.generated(6_000, seed: 34, pieces: 6) + Self.fixtureTexts {
      #expect(LineShape.classify(text) == Self.referenceClassify(text), "\(text.debugDescription)")
      let f = TextFolding.fold(text)
      #expect(Cleaner.shape(text) == Self.referenceShape(text), "\(text.debugDescription)")
      #expect(Cleaner.shape(text, folded: f) == Self.referenceShape(text), "\(text.debugDescription)")
      #expect(Cleaner.holdsHash(Cleaner.shape(text)) == Cleaner.shape(text).contains("#"), "\(text.debugDescription)")
      let structural =
        f.hasPrefix("artikel ") || f.hasPrefix("hoofdstuk ") || f.hasPrefix("bijlage") || LinePattern.numberedStart(text)
        || (text.first.map { "-•*–".contains($0) } ?? false)
      #expect(Cleaner.isStructural(text, folded: f) == structural, "\(text.debugDescription)")
      let closing: (heading: Bool, match: Bool) =
        ["aldus vastgesteld", "vastgesteld in de vergadering", "aldus besloten", "aldus gedaan", "zo vastgesteld"].contains {
          f.hasPrefix($0)
        }
        ? (false, true)
        : ["ondertekening", "inwerkingtreding", "slotbepaling", "slotbepalingen", "inwerkingtreding en citeertitel", "slot"]
          .contains(f) ? (true, true) : (false, false)
      #expect(Structurer.closingTrigger(text) == closing, "\(text.debugDescription)")
      for word in Cleaner.gazetteWords + ["gedragscode", "treedt in werking", "gelet op", "Gemeente", "é"] {
        let expected =
          f.utf8.allSatisfy { $0 < 0x80 } && word.utf8.allSatisfy { $0 < 0x80 } ? f.containsBytes(word) : f.contains(word)
        #expect(Cleaner.has(f, word) == expected, "\(f.debugDescription) \(word)")
      }
    }
  }

  @Test("the quick tests before the slow ones let through every line the slow ones accept")
  func prefilters() {
    for text in Self.generated(4_000, seed: 33) + Self.fixtureTexts {
      let words = text.split(separator: " ").map(String.init)
      // A word that folds to "gemeente" is only looked for in lines that pass.
      if words.contains(where: { TextFolding.fold($0) == "gemeente" }) {
        #expect(
          Cleaner.isASCII(text) ? MetadataInference.containsGemeente(text) : TextFolding.fold(text).containsBytes("gemeente"),
          "\(text.debugDescription)")
      }
      if Cleaner.isASCII(text) {
        for w in words {
          #expect(MetadataInference.foldsToGemeente(w) == (TextFolding.fold(w) == "gemeente"), "\(w.debugDescription)")
        }
      }
      // A word `fixOCRWords` may change is only looked for in lines that pass.
      if words.contains(where: { w in
        let bare = String(w.prefix { $0.isLetter })
        return w.first == "l" && (Cleaner.capitalIWords.contains(bare) || Cleaner.capitalIAtSentenceStart.contains(bare))
      }) {
        #expect(Cleaner.mayHaveCapitalIWord(text), "\(text.debugDescription)")
      }
    }
  }
}
