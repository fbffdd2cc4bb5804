import AmbtModel
import Foundation

/// A physical line after clean-up, with the repairs that were made on or just before it.
struct CleanLine {
  var text: String
  /// A blank line (or a removed artefact) separated this line from the previous one.
  var blankBefore: Bool
  var repairs: [Repair] = []
}

/// Stage 1 of the import: decode, drop page furniture and web boilerplate, repair broken words.
///
/// Everything it changes is recorded as a `Repair`, so that no word of the source disappears
/// silently.
struct Cleaner {
  var lines: [CleanLine] = []
  /// Repairs that come after the last line (a trailing page footer).
  var trailing: [Repair] = []
  /// Facts read from removed boilerplate (`Wetstechnische informatie`, `Intitulé`, gazette headers).
  var facts: [String: String] = [:]

  // MARK: Decoding

  /// Decodes bytes (invalid UTF-8 becomes U+FFFD), normalises line ends, tabs and control
  /// characters, and returns trimmed lines with inner white space collapsed.
  static func normalizedLines(_ bytes: [UInt8]) -> [String] {
    var text = String(decoding: bytes, as: UTF8.self)
    // On the bytes of the (repaired) text: an ASCII byte is a scalar of its own; any other scalar
    // is decoded to be judged, and copied as it was.
    return text.withUTF8 { b in
      var lines: [String] = []
      var current: [UInt8] = []
      var currentASCII = true
      var lastWasSpace = true
      var previousCR = false
      func flush() {
        // The last character a space: on bytes when ASCII (elsewhere a space may join the
        // character before it, after a prepended mark).
        if currentASCII {
          if current.last == 0x20 { current.removeLast() }
          lines.append(String(decoding: current, as: UTF8.self))
        } else {
          var s = String(decoding: current, as: UTF8.self)
          if s.hasSuffix(" ") { s.removeLast() }
          lines.append(s)
        }
        current.removeAll(keepingCapacity: true)
        currentASCII = true
        lastWasSpace = true
      }
      func space() {
        if !lastWasSpace { current.append(0x20) }
        lastWasSpace = true
      }
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c < 0x80 {
          i += 1
          if c == 0x0A {
            if previousCR {
              previousCR = false
              continue
            }
            flush()
            continue
          }
          previousCR = false
          if c == 0x0D {
            previousCR = true
            flush()
            continue
          }
          // ASCII's white space is the controls and the space itself.
          if c <= 0x20 || c == 0x7F {
            space()
          } else {
            current.append(c)
            lastWasSpace = false
          }
          continue
        }
        previousCR = false
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        var value = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        switch value {
        case 0xFEFF, 0xAD, 0x200B: break
        case 0xA0, 0x2007, 0x202F, 0x2028, 0x2029: space()
        default:
          if Unicode.Scalar(value)?.properties.isWhitespace == true {
            space()
          } else {
            current.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + length)]))
            currentASCII = false
            lastWasSpace = false
          }
        }
        i += length
      }
      if !current.isEmpty { flush() }
      return lines
    }
  }

  /// All words of the normalised text on one line, for the recall measurement.
  static func normalizedText(_ bytes: [UInt8]) -> String {
    normalizedLines(bytes).filter { !$0.isEmpty }.joined(separator: " ")
  }

  // MARK: Pipeline

  init(bytes: [UInt8]) {
    let raw = Cleaner.normalizedLines(bytes)
    var removed = [Bool](repeating: false, count: raw.count)
    var removalRepairs: [Int: [Repair]] = [:]
    func remove(_ i: Int) {
      guard !removed[i] else { return }
      removed[i] = true
      removalRepairs[i, default: []].append(.removed(raw[i]))
    }
    markBoilerplate(raw, remove: remove)
    markPageFurniture(raw, remove: remove, removed: removed)
    // Build the clean lines; removed lines count as blank separators.
    var pending: [Repair] = []
    var blank = true
    for (i, line) in raw.enumerated() {
      if removed[i] {
        pending += removalRepairs[i] ?? []
        blank = true
        continue
      }
      if line.isEmpty {
        blank = true
        continue
      }
      lines.append(CleanLine(text: line, blankBefore: blank, repairs: pending))
      pending = []
      blank = false
    }
    trailing = pending
    fixGluedNumbers()
    normaliseOCRBullets()
    joinHyphenatedWords()
    fixOCRWords()
  }

  // MARK: Boilerplate of publication sites and gazettes

  static let technicalKeys = [
    "gegevens van de regeling", "overheidsorganisatie", "officiele naam regeling", "citeertitel", "vastgesteld door",
    "onderwerp", "eigen onderwerp", "opmerkingen m.b.t. de regeling", "wettelijke grondslag(en) van de regeling",
    "wettelijke grondslagen van de regeling", "overzicht van in de citeertitel of opschriften vermelde regelingen",
    "gegevens van de tekst", "datum inwerkingtreding", "terugwerkende kracht", "datum ondertekening",
    "bron bekendmaking", "kenmerk voorstel", "datum bekendmaking", "datum intrekking", "betreft",
  ]

  static let webChrome: Set<String> = [
    "toon relaties in lido", "maak een permanente link", "toon wetstechnische informatie", "druk de regeling af",
    "sla de regeling op", "vergelijk met een andere versie", "deel deze pagina", "terug naar zoekresultaten",
    "naar boven", "ga direct naar inhoud", "ga naar de inhoud", "zoeken", "menu", "cookies", "print",
    "printversie", "vergelijken", "vergelijk met een andere versie van deze regeling",
  ]

  static func isURL(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }

  mutating func markBoilerplate(_ raw: [String], remove: (Int) -> Void) {
    var i = 0
    var webCopy = false
    while i < raw.count {
      let f = TextFolding.fold(raw[i])
      if f == "wetstechnische informatie" {
        webCopy = true
        remove(i)
        i += 1
        var lastKey: String?
        while i < raw.count {
          let line = raw[i]
          let lf = TextFolding.fold(line)
          if line.isEmpty {
            i += 1
            continue
          }
          if let key = Cleaner.technicalKeys.first(where: { lf == $0 || lf.hasPrefix($0 + " ") }) {
            let value = String(line.dropFirst(min(line.count, key.count))).trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { facts[key] = value; lastKey = nil } else { lastKey = key }
            remove(i)
            i += 1
            continue
          }
          if let k = lastKey {
            facts[k] = line
            lastKey = nil
            remove(i)
            i += 1
            continue
          }
          break
        }
        continue
      }
      if f == "intitule" {
        webCopy = true
        remove(i)
        if let next = raw[(i + 1)...].firstIndex(where: { !$0.isEmpty }) { facts["intitule"] = raw[next] }
        i += 1
        continue
      }
      if f.hasPrefix("geldend van ") && f.count < 60 {
        webCopy = true
        facts["geldend van"] = raw[i]
        remove(i)
        i += 1
        continue
      }
      // "Regeling vervallen per 01-10-2020" (publication sites): kept for the metadata.
      if (f.hasPrefix("regeling vervallen per ") || f.hasPrefix("vervallen per ")) && f.count < 60 {
        webCopy = true
        facts["vervallen per"] = raw[i]
        remove(i)
        i += 1
        continue
      }
      if Cleaner.webChrome.contains(f) {
        remove(i)
        i += 1
        continue
      }
      i += 1
    }
    if webCopy {
      facts["web"] = "1"
      for line in raw where Cleaner.isURL(line) && line.contains("overheid.nl") {
        facts["bron"] = facts["bron"] ?? line
      }
    }
  }

  /// Whether folded `text` contains `word`: a byte search when both are ASCII (the same answer as
  /// the String search, which costs far more).
  static func has(_ text: String, _ word: String) -> Bool {
    if isASCII(text) && isASCII(word) { return text.containsBytes(word) }
    // A word of lowercase ASCII letters and spaces is canonically equal only to its own bytes: where
    // they are absent, the search by characters finds nothing either.
    if isLowercaseASCII(word) && !text.containsBytes(word) { return false }
    return text.contains(word)
  }

  /// Whether a shape holds a `#` character (in ASCII, a `#` byte).
  static func holdsHash(_ shape: String) -> Bool { isASCII(shape) ? shape.utf8.contains(0x23) : shape.contains("#") }

  static func isLowercaseASCII(_ s: String) -> Bool {
    var t = s
    return t.withUTF8 { b in
      for c in b where !(c >= 0x61 && c <= 0x7A) && c != 0x20 { return false }
      return true
    }
  }

  static func isASCII(_ s: String) -> Bool {
    var t = s
    return t.withUTF8 { b in
      for c in b where c >= 0x80 { return false }
      return true
    }
  }

  static let gazetteWords = [
    "gemeenteblad", "staatscourant", "provinciaal blad", "waterschapsblad", "blad gemeenschappelijke regeling",
  ]

  /// `shape` of a line whose fold is known: for ASCII, folding and marking the numbers can be
  /// done in either order (folding maps each byte to one byte, a capital to its small letter and
  /// a control to a space, and only collapses spaces; a digit stays a digit and nothing becomes
  /// one), so the runs of digits of the fold are marked.
  static func shape(_ line: String, folded: String) -> String {
    guard isASCII(line) else { return shape(line) }
    var f = folded
    return f.withUTF8 { b in String(decoding: markDigitRuns(b, asciiOnly: false) ?? [], as: UTF8.self) }
  }

  /// The bytes with each run of ASCII digits replaced by one `#`; nil when `asciiOnly` and a
  /// byte is not ASCII (the caller then reads the line character by character).
  static func markDigitRuns(_ b: UnsafeBufferPointer<UInt8>, asciiOnly: Bool) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var lastDigit = false
    for c in b {
      if asciiOnly && c >= 0x80 { return nil }
      if c >= 0x30 && c <= 0x39 {
        if !lastDigit { out.append(0x23) }
        lastDigit = true
      } else {
        out.append(c)
        lastDigit = false
      }
    }
    return out
  }

  /// A line's shape: each run of numbers one `#`, then folded (a page header with its page
  /// number has one shape on every page).
  static func shape(_ s: String) -> String {
    // An ASCII line: its characters are its bytes, and only 0-9 are numbers.
    var t = s
    if let out = t.withUTF8({ markDigitRuns($0, asciiOnly: true) }) {
      return TextFolding.fold(String(decoding: out, as: UTF8.self))
    }
    // Any other: character by character (one of one byte is ASCII), each run of characters that
    // are no number copied at once.
    var out = ""
    var lastDigit = false
    var run = s.startIndex
    var i = s.startIndex
    while i < s.endIndex {
      let next = s.index(after: i)
      let isNumber = s.utf8.distance(from: i, to: next) == 1 ? s.utf8[i] >= 0x30 && s.utf8[i] <= 0x39 : s[i].isNumber
      if isNumber {
        out += s[run..<i]
        if !lastDigit { out.append("#") }
        lastDigit = true
        run = next
      } else {
        lastDigit = false
      }
      i = next
    }
    out += s[run..<s.endIndex]
    return TextFolding.fold(out)
  }

  /// Lines that only look like part of the text: repeated page headers and footers, page numbers,
  /// the header block of a gazette page.
  mutating func markPageFurniture(_ raw: [String], remove: (Int) -> Void, removed: [Bool]) {
    let folded = raw.map { TextFolding.fold($0) }
    // Which gazette words each folded line holds, asked once per line.
    let gazetteLine = folded.map { f in Cleaner.gazetteWords.contains { Cleaner.has(f, $0) } }
    let isGazette = gazetteLine.contains(true)
    var counts: [String: Int] = [:]
    // Each line's shape, computed once.
    let shapes = raw.indices.map { raw[$0].isEmpty ? "" : Cleaner.shape(raw[$0], folded: folded[$0]) }
    for (i, line) in raw.enumerated() where !line.isEmpty { counts[shapes[i], default: 0] += 1 }
    // `line.count < n`, counting no further than n characters.
    func shorter(_ line: String, than n: Int) -> Bool { line.prefix(n).count < n }
    var removedNow = removed
    for (i, line) in raw.enumerated() where !line.isEmpty && !removedNow[i] {
      let f = folded[i]
      let sh = shapes[i]
      var drop = false
      if Cleaner.isStructural(line, folded: f) {
        drop = false
      } else if shorter(line, than: 4), line.allSatisfy(\.isNumber) {
        drop = true  // a page number
      } else if LinePattern.pageNumber(f) || LinePattern.dashedNumber(f) || LinePattern.pageFraction(f) {
        drop = true
      } else if gazetteLine[i] && shorter(line, than: 80) && (Cleaner.holdsHash(sh) || line == line.uppercased()) {
        drop = true  // "5 juni 2014Gemeenteblad 2014 nr. 313721", "GEMEENTEBLAD 5 juni"
      } else if isGazette, LinePattern.gazetteNumber(f) {
        drop = true
      } else if isGazette, f.hasPrefix("officiele uitgave van "), shorter(line, than: 120) {
        facts["uitgave"] = line
        drop = true
      } else if (counts[sh] ?? 0) >= 3, Cleaner.holdsHash(sh), shorter(line, than: 70),
        !(line.last.map { ".;:".contains($0) } ?? false)
      {
        drop = true  // recurring header or footer with a page number in it
      }
      if drop {
        remove(i)
        removedNow[i] = true
      }
    }
    // A year or a date alone, right next to removed page furniture, belongs to it.
    for (i, line) in raw.enumerated() where !line.isEmpty && !removedNow[i] {
      guard shorter(line, than: 21), LinePattern.yearOrDate(line) else {
        continue
      }
      let prev = raw[..<i].lastIndex { !$0.isEmpty }
      let next = raw[(i + 1)...].firstIndex { !$0.isEmpty }
      if (prev.map { removedNow[$0] } ?? false) || (next.map { removedNow[$0] } ?? false) {
        remove(i)
        removedNow[i] = true
      }
    }
  }

  static let structuralStarts: [[UInt8]] = ["artikel ", "hoofdstuk ", "bijlage"].map { Array($0.utf8) }

  /// Lines that start a structure (a rule number, an article heading, a bullet): never furniture.
  static func isStructural(_ line: String) -> Bool { isStructural(line, folded: TextFolding.fold(line)) }

  /// `isStructural` of a line whose fold is known.
  static func isStructural(_ line: String, folded f: String) -> Bool {
    // (In ASCII a prefix of characters is one of bytes.)
    if isASCII(f) {
      var t = f
      if t.withUTF8({ b in structuralStarts.contains { b.count >= $0.count && b.starts(with: $0) } }) { return true }
    } else if f.hasPrefix("artikel ") || f.hasPrefix("hoofdstuk ") || f.hasPrefix("bijlage") {
      return true
    }
    if LinePattern.numberedStart(line) { return true }
    if let c = line.first, "-•*–".contains(c) { return true }
    return false
  }

  // MARK: Repairs

  /// `10.1U gebruikt` → `10.1 U gebruikt`: a rule number glued to its text.
  mutating func fixGluedNumbers() {
    for k in lines.indices {
      let t = lines[k].text
      guard let r = LinePattern.gluedNumber(t) else { continue }
      let number = String(t[r])
      let rest = t[r.upperBound...]
      let firstWord = rest.prefix { $0 != " " }
      lines[k].repairs.append(.fix(number + firstWord, number + " " + firstWord))
      lines[k].text = number + " " + rest
    }
  }

  /// Characters that OCR produces for bullets. The letters among them count only when several
  /// lines in a row start with them.
  static let symbolBullets: Set<Character> = ["¢", "»", "«", "©", "®", "■", "▪", "●", "◦", "\u{F0B7}", "►", "→", "✓", "√", "·"]
  static let letterBullets: Set<Character> = ["e", "o", "Y", "y", "O"]

  mutating func normaliseOCRBullets() {
    func marker(_ s: String) -> Character? {
      guard s.count >= 3, let c = s.first else { return nil }
      let second = s[s.index(after: s.startIndex)]
      guard second == " " else { return nil }
      return c
    }
    for k in lines.indices {
      guard let c = marker(lines[k].text) else { continue }
      var isBullet = false
      if Cleaner.symbolBullets.contains(c) && !Cleaner.letterBullets.contains(c) {
        isBullet = true
      } else if Cleaner.letterBullets.contains(c) {
        // Needs a neighbour (within three lines) that starts with the same letter and a space.
        let lo = max(0, k - 3)
        let hi = min(lines.count - 1, k + 3)
        var same = 0
        for j in lo...hi where j != k && marker(lines[j].text) == c { same += 1 }
        isBullet = same >= 1
      }
      guard isBullet else { continue }
      let rest = lines[k].text.dropFirst(2)
      let firstWord = rest.prefix { $0 != " " }
      lines[k].repairs.append(.fix(String(c) + " " + firstWord, "- " + firstWord))
      lines[k].text = "- " + rest
    }
  }

  static let keepHyphenPrefixes: Set<String> = [
    "ex", "oud", "niet", "anti", "co", "non", "pre", "post", "vice", "e", "semi", "pseudo", "privé", "prive", "mini",
    "maxi", "extra", "super", "oud", "midden", "zuid", "noord", "oost", "west", "euro", "ict", "it", "hr",
  ]
  static let conjunctions: Set<String> = ["en", "of", "tot", "t/m", "noch", "als", "dan"]
  /// Vowel pairs that need a hyphen at a compound boundary (the Woordenlijst's rule).
  static let hyphenatedVowelPairs: Set<String> = [
    "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu", "éa", "ée", "éi", "éo", "éu",
  ]

  /// `daar-` + `om` → `daarom` across line ends (and blank lines), keeping the hyphen where Dutch
  /// writes one (`functie-uitoefening`, `ex-collega`) and never joining `woon- en werkverkeer`.
  mutating func joinHyphenatedWords() {
    var k = 0
    var guardCount = 0
    while k < lines.count - 1 {
      guardCount += 1
      if guardCount > 10 * lines.count + 100 { break }
      let left = lines[k].text
      guard left.hasSuffix("-"), left.count >= 2 else { k += 1; continue }
      let before = left[left.index(left.endIndex, offsetBy: -2)]
      guard before != " " && before != "-" else { k += 1; continue }
      let right = lines[k + 1].text
      guard let r0 = right.first, r0.isLetter, r0.isLowercase else { k += 1; continue }
      let rightWord = String(right.prefix { $0 != " " })
      let rightBare = rightWord.trimmingCharacters(in: .punctuationCharacters)
      if Cleaner.conjunctions.contains(rightBare.lowercased()) { k += 1; continue }
      if right.hasPrefix("- ") { k += 1; continue }
      let leftWord = String(left.split(separator: " ").last ?? "")
      let stem = String(leftWord.dropLast())
      let stemLetters = stem.lowercased().filter(\.isLetter)
      var keep = !before.isLetter
      // Dutch writes a hyphen in a compound where the two vowels would otherwise be read as one
      // sound (zee-egel, functie-uitoefening, na-apen); other vowel pairs are simply joined
      // (presidi- + um → presidium).
      if let last = stem.lowercased().last, let first = rightWord.lowercased().first,
        Cleaner.hyphenatedVowelPairs.contains(String([last, first]))
      {
        keep = true
      }
      if let first = rightWord.first, "ëïöüä".contains(first) { keep = false }
      if Cleaner.keepHyphenPrefixes.contains(stemLetters) || stem.contains(where: \.isNumber) { keep = true }
      if stem.count >= 2, stem.filter(\.isLetter).allSatisfy(\.isUppercase) { keep = true }
      let joinedWord = (keep ? leftWord : stem) + rightWord
      lines[k].repairs.append(.fix(leftWord + " " + rightWord, joinedWord))
      lines[k].text = String(left.dropLast(keep ? 0 : 1)) + right
      lines[k].repairs += lines[k + 1].repairs
      lines.remove(at: k + 1)
      // Stay on k: the joined line may end in a hyphen again.
    }
  }

  /// Lowercase `l` read for a capital `I` at the start of a sentence: `ledereen` → `Iedereen`.
  /// Only words that do not exist with an `l` are changed, so the rule needs no dictionary.
  static let capitalIWords: Set<String> = [
    "ledereen", "lemand", "ledere", "lets", "ln", "lk", "lnleiding", "lntegriteit", "lnformatie",
  ]
  static let capitalIAtSentenceStart: Set<String> = ["leder"]
  /// The words of both sets, as bytes.
  static let capitalIWordBytes: [[UInt8]] = (capitalIWords.union(capitalIAtSentenceStart)).map { Array($0.utf8) }

  /// Whether one of `capitalIWords` or `capitalIAtSentenceStart` starts the text or follows a
  /// space in it (the words `fixOCRWords` may change begin so).
  static func mayHaveCapitalIWord(_ text: String) -> Bool {
    var t = text
    return t.withUTF8 { b in
      var k = 0
      while k < b.count {
        if b[k] == 0x6C && (k == 0 || b[k - 1] == 0x20) {
          for w in capitalIWordBytes
          where k + w.count <= b.count && UnsafeBufferPointer(rebasing: b[k..<(k + w.count)]).elementsEqual(w) {
            return true
          }
        }
        k += 1
      }
      return false
    }
  }

  mutating func fixOCRWords() {
    for k in lines.indices {
      // Only a word that starts with one of the words below can change: a line without one (at
      // the start or after a space, compared on bytes) is skipped.
      guard Cleaner.mayHaveCapitalIWord(lines[k].text) else { continue }
      let words = lines[k].text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      var changed = false
      var out = words
      for (w, word) in words.enumerated() {
        // `bare` starts with `l` exactly when the word does (`l` is a letter).
        guard word.first == "l" else { continue }
        let bare = String(word.prefix { $0.isLetter })
        let atStart = w == 0 || (words[w - 1].last.map { ".!?:".contains($0) } ?? false)
        guard atStart, Cleaner.capitalIWords.contains(bare) || Cleaner.capitalIAtSentenceStart.contains(bare) else { continue }
        let fixed = "I" + word.dropFirst()
        lines[k].repairs.append(.fix(word, fixed))
        out[w] = fixed
        changed = true
      }
      if changed { lines[k].text = out.joined(separator: " ") }
    }
  }
}
