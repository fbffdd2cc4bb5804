import AmbtModel
import Foundation

/// Reads an amendment decision: the one `ambt diff --format wijzigingsbesluit` writes, and one
/// written by hand in that style.
///
/// The frame before `ARTIKEL I` and everything from `ARTIKEL II` on (entry into force,
/// signature, toelichting) is not read. In between: an optional `De … wordt als volgt gewijzigd:`,
/// then onderdelen under letter lines (`A`, `B`, … `AA`; a single change may stand without a
/// letter), each with one or more sentences. A sentence ending in `:` is followed by new text,
/// indented below it (or, not indented, running to the next letter), or by numbered items after
/// `… wordt als volgt gewijzigd:`. Sentences may wrap over lines. Every problem is reported with
/// its place; reading goes on with the next sentence.
public enum AmendmentParser {
  struct Line {
    var content: Substring
    var offset: Int
    var indent: Int
    var isBlank: Bool { content.isEmpty }
  }

  public static func parse(_ text: String, file: String) -> (AmendmentDecision, [Diagnostic]) {
    var reader = DecisionReader(lines: lines(of: text), file: file)
    return reader.read()
  }

  /// The lines with their content (after indentation, without trailing white space) and offsets.
  static func lines(of text: String) -> [Line] {
    // Bytes, not characters: Swift reads CR LF as one character.
    let bytes = Array(text.utf8)
    var out: [Line] = []
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while true {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var stop = end
      if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
      let line = Substring(String(decoding: bytes[start..<stop], as: UTF8.self))
      let lead = line.prefix { $0 == " " || $0 == "\t" }
      var content = line.dropFirst(lead.count)
      while content.last == " " || content.last == "\t" || content.last == "\r" { content = content.dropLast() }
      let indent = lead.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
      out.append(Line(content: content, offset: start + lead.utf8.count, indent: indent))
      guard end < bytes.count else { break }
      start = end + 1
    }
    return out
  }
}

/// The reading of one decision.
struct DecisionReader {
  let lines: [AmendmentParser.Line]
  let file: String
  var k = 0
  var end = 0
  var diagnostics: [Diagnostic] = []

  init(lines: [AmendmentParser.Line], file: String) {
    self.lines = lines
    self.file = file
  }

  mutating func error(_ id: String, _ message: LocalizedText, _ range: SourceRange, hint: LocalizedText) {
    diagnostics.append(
      Diagnostic(
        id: id, severity: .error, message: message, hint: hint,
        range: range, file: file))
  }

  func folded(_ l: AmendmentParser.Line) -> String {
    var f = TextFolding.fold(String(l.content))
    while f.hasSuffix(".") || f.hasSuffix(":") { f.removeLast() }
    return f
  }

  func isArticleLine(_ l: AmendmentParser.Line) -> Bool {
    let f = folded(l)
    return f.hasPrefix("artikel ") && AmendmentWording.isRoman(String(f.dropFirst(8)).uppercased())
  }

  func isLetterLine(_ l: AmendmentParser.Line) -> Bool { l.indent < 4 && AmendmentWording.isLetterLine(l.content) }

  mutating func read() -> (AmendmentDecision, [Diagnostic]) {
    if let start = lines.firstIndex(where: { folded($0) == "artikel i" }) {
      k = start + 1
    } else if let first = lines.firstIndex(where: isLetterLine) {
      k = first
    } else {
      error(
        "amendment-no-article", LocalizedText("amend.parse.amendment-no-article"), SourceRange(start: 0, end: 0),
        hint: LocalizedText("amend.parse.amendment-no-article.hint"))
      return (AmendmentDecision(), diagnostics)
    }
    end = lines[k...].firstIndex(where: isArticleLine) ?? lines.count
    skipBlank()
    // `De Gedragscode … wordt als volgt gewijzigd:` introduces the onderdelen.
    if k < end, !isLetterLine(lines[k]) {
      let (sentence, next) = gather(from: k)
      var probe = SentenceParser(scanner: sentence)
      if sentence.chars.last == ":", folded(lines[next - 1]).hasSuffix("als volgt gewijzigd"), probe.target() == nil {
        k = next
      }
    }
    var parts: [AmendmentPart] = []
    var failed = Set<Int>()
    while true {
      skipBlank()
      guard k < end else { break }
      if isLetterLine(lines[k]) {
        parts.append(AmendmentPart(letter: String(lines[k].content.prefix { $0 != "." }), instructions: []))
        k += 1
        continue
      }
      if parts.isEmpty { parts.append(AmendmentPart(letter: "", instructions: [])) }
      let reported = diagnostics.count
      parts[parts.count - 1].instructions += statement()
      if diagnostics.count > reported { failed.insert(parts.count - 1) }
    }
    for (k, p) in parts.enumerated() where p.instructions.isEmpty && !p.letter.isEmpty && !failed.contains(k) {
      let line = lines.first { isLetterLine($0) && $0.content.prefix { $0 != "." } == p.letter }
      let at = line.map { SourceRange(start: $0.offset, end: $0.offset + $0.content.utf8.count) } ?? .empty
      error(
        "amendment-empty-part", LocalizedText("amend.parse.amendment-empty-part", ["letter": "\(p.letter)"]), at,
        hint: LocalizedText("amend.parse.amendment-empty-part.hint"))
    }
    return (AmendmentDecision(parts: parts.filter { !$0.instructions.isEmpty }), diagnostics)
  }

  mutating func skipBlank() { while k < end, lines[k].isBlank { k += 1 } }

  /// A sentence from line `start` on: lines are joined until one ends in `.` or `:`.
  func gather(from start: Int, dropping marker: Int = 0) -> (SentenceScanner, Int) {
    var pieces: [(text: Substring, offset: Int)] = []
    var j = start
    while j < end, !lines[j].isBlank {
      if j > start, isLetterLine(lines[j]) || ItemMarker.length(lines[j].content) != nil { break }
      let l = lines[j]
      let drop = j == start ? marker : 0
      let text = l.content.dropFirst(drop).drop { $0 == " " }
      pieces.append((text, l.offset + l.content.utf8.count - text.utf8.count))
      j += 1
      if l.content.hasSuffix(".") || l.content.hasSuffix(":") { break }
    }
    return (SentenceScanner(pieces), j)
  }

  /// One statement at `k`: a sentence with its text or items.
  mutating func statement() -> [AmendmentInstruction] {
    let first = lines[k]
    let (scanner, next) = gather(from: k)
    k = next
    var parser = SentenceParser(scanner: scanner)
    if scanner.chars.last == ":" {
      if let target = parser.asFollows() { return items(of: target, indent: first.indent) }
      let text = block(after: first.indent)
      if let i = parser.blockInstruction(text) { return [i] }
    } else if let i = parser.oneLine(implied: nil) {
      return [i]
    }
    report(parser)
    return []
  }

  /// The numbered items of `… wordt als volgt gewijzigd:`.
  mutating func items(of target: AmendmentTarget, indent: Int) -> [AmendmentInstruction] {
    var out: [AmendmentInstruction] = []
    while true {
      skipBlank()
      guard k < end, let m = ItemMarker.length(lines[k].content) else { break }
      let (scanner, next) = gather(from: k, dropping: m)
      k = next
      var parser = SentenceParser(scanner: scanner)
      if let i = parser.oneLine(implied: target) { out.append(i) } else { report(parser) }
    }
    if out.isEmpty {
      let at = k < lines.count ? SourceRange(start: lines[k].offset, end: lines[k].offset) : .empty
      error(
        "amendment-no-items", LocalizedText("amend.parse.amendment-no-items"), at,
        hint: LocalizedText("amend.parse.amendment-no-items.hint"))
    }
    return out
  }

  /// The new text after a sentence ending in `:`: the indented lines below it, or, when they are
  /// not indented, every line up to the next onderdeel.
  mutating func block(after indent: Int) -> QuotedText {
    var j = k
    while j < end, lines[j].isBlank { j += 1 }
    let indented = j < end && lines[j].indent > indent
    var taken: [AmendmentParser.Line] = []
    while j < end {
      let l = lines[j]
      if indented ? (!l.isBlank && l.indent <= indent) : isLetterLine(l) { break }
      taken.append(l)
      j += 1
    }
    k = j
    while taken.last?.isBlank == true { taken.removeLast() }
    while taken.first?.isBlank == true { taken.removeFirst() }
    let common = taken.filter { !$0.isBlank }.map(\.indent).min() ?? 0
    var text = QuotedText(
      lines: taken.map { $0.isBlank ? "" : String(repeating: " ", count: $0.indent - common) + $0.content },
      offsets: taken.map(\.offset))
    QuotedText.stripQuotes(&text)
    return text
  }

  mutating func report(_ parser: SentenceParser) {
    let s = parser.scanner
    let at = s.range(s.furthest, min(s.chars.count, s.furthest + 1))
    let seen = String(s.chars[..<s.furthest]).trimmingSpaces
    let shown = seen.count > 50 ? "…" + seen.suffix(49) : seen
    let options = s.expected.prefix(4).map { $0.hasPrefix("een ") || $0.hasPrefix("tekst") ? $0 : "'\($0)'" }
    let wanted = options.joined(separator: " of ")
    // The words expected are Dutch in both languages (the decision is); descriptions are not.
    let wantedEN = options.map { (o: String) -> String in
      o.replacingOccurrences(of: "een sluitend aanhalingsteken gevolgd door", with: "a closing quotation mark followed by")
        .replacingOccurrences(of: "een sluitend aanhalingsteken", with: "a closing quotation mark")
        .replacingOccurrences(of: "tekst tussen aanhalingstekens", with: "text in quotation marks")
        .replacingOccurrences(of: "een nummer", with: "a number")
        .replacingOccurrences(of: "het einde van de zin", with: "the end of the sentence")
        .replacingOccurrences(of: "een aantal", with: "a count")
    }.joined(separator: " or ")
    error(
      "amendment-unknown-phrase",
      LocalizedText(
        seen.isEmpty ? "amend.parse.unknown-phrase" : "amend.parse.unknown-phrase.after", ["shown": shown],
        messages: ["wanted": LocalizedText(wording: [.nl: wanted, .en: wantedEN])]),
      at,
      hint: LocalizedText("amend.parse.amendment-unknown-phrase.hint")
    )
  }
}

/// `1.`, `2)`, `3°` at the start of an item of `… wordt als volgt gewijzigd:`.
enum ItemMarker {
  static func length(_ s: Substring) -> Int? {
    let digits = s.prefix { $0.isASCII && $0.isNumber }
    guard (1...3).contains(digits.count) else { return nil }
    let rest = s.dropFirst(digits.count)
    guard let mark = rest.first, ".)°".contains(mark) else { return nil }
    let after = rest.dropFirst()
    return after.isEmpty || after.first == " " ? digits.count + 1 : nil
  }
}

extension QuotedText {
  /// Drops quotation marks around new text that starts a rule or chapter (`„§ 3.1. …”`), as
  /// older decisions write it.
  static func stripQuotes(_ text: inout QuotedText) {
    guard let f = text.lines.firstIndex(where: { !$0.isEmpty }), let l = text.lines.lastIndex(where: { !$0.isEmpty }),
      let open = text.lines[f].first, let closers = AmendmentWording.closers(for: open),
      let next = text.lines[f].dropFirst().first, next == "§" || next == "#"
    else { return }
    var last = Substring(text.lines[l])
    while let c = last.last, ".;".contains(c) { last = last.dropLast() }
    guard let close = last.last, closers.contains(close) else { return }
    text.lines[l] = String(last.dropLast())
    text.lines[f] = String(text.lines[f].dropFirst())
    if f < text.offsets.count { text.offsets[f] += String(open).utf8.count }
  }
}
