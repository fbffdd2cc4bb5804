import AmbtModel
import AmbtParser

/// The canonical source of a code cut into the pieces an amendment addresses: the metadata
/// block, the preamble, chapters and annexes made of rules and the text between them, and the
/// closing. Every piece of the old version keeps its identity (its index in the old document)
/// while it is changed, removed or has text inserted next to it, so references in a decision
/// always mean the old numbering.
///
/// Lines are those of the canonical layout (`Formatter`): one paragraph or list item per line, so
/// a quoted phrase never spans a line break.
struct CodeOutline {
  /// One rule, a run of text between rules, or inserted text.
  struct Unit {
    /// Index of the rule in the old document's `articlesWithChapters`; nil for text and inserts.
    var origin: Int?
    var lines: [String]
    var removed = false
    /// For inserted text: the old rule it was inserted after or before.
    var anchor: (origin: Int, place: InsertionPlace)?
    /// The last instruction that changed it (for messages about the result).
    var touchedBy: SourceRange?
  }

  /// A chapter or annex.
  struct Section {
    /// Index in the old document's chapters + annexes; nil for an inserted one.
    var origin: Int?
    var kind: ChapterKind
    var heading: String
    var units: [Unit]
    /// Inserted or rewritten: the quoted lines, heading included; `units` no longer count.
    var raw: [String]?
    var removed = false
    var anchor: (origin: Int, place: InsertionPlace)?
    var touchedBy: SourceRange?
  }

  var leading: [String] = []
  var metadata: [String] = []
  var preamble: [String] = []
  var sections: [Section] = []
  var closingHeading = "# Slot"
  var closing: [String]?
  /// Set by rewriting the whole text: everything after the metadata block.
  var wholeText: [String]?
  var preambleTouchedBy: SourceRange?
  var closingTouchedBy: SourceRange?

  /// The old document, parsed from the canonical text: references resolve against it.
  let document: Document
  let articles: [(chapter: Chapter, article: Article)]
  let chapters: [Chapter]

  /// Cuts canonical text (`Formatter.format` output) parsed as `result` into pieces.
  init(canonical result: ParseResult) {
    document = result.document
    articles = result.document.articlesWithChapters
    chapters = Array(result.document.allChapters)
    var lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var articleAt: [Int: Int] = [:]
    for (k, a) in articles.enumerated() { articleAt[result.lineTable.position(of: a.article.headerRange.start).line - 1] = k }
    var sectionAt: [Int: Int] = [:]
    for (k, c) in chapters.enumerated() { sectionAt[result.lineTable.position(of: c.headingRange.start).line - 1] = k }

    var i = 0
    while i < lines.count, lines[i] != "---" {
      leading.append(lines[i])
      i += 1
    }
    if i < lines.count {
      i += 1
      while i < lines.count, lines[i] != "---" {
        metadata.append(lines[i])
        i += 1
      }
      i += 1
    }
    enum Place { case preamble, section, closing }
    var place = Place.preamble
    var unit: Unit?
    func flush(_ outline: inout CodeOutline) {
      guard var u = unit else { return }
      u.lines = CodeOutline.trimmed(u.lines)
      if !u.lines.isEmpty { outline.sections[outline.sections.count - 1].units.append(u) }
      unit = nil
    }
    while i < lines.count {
      let line = lines[i]
      if let s = sectionAt[i] {
        flush(&self)
        sections.append(Section(origin: s, kind: chapters[s].kind, heading: line, units: []))
        place = .section
      } else if line.hasPrefix("# ") {
        flush(&self)
        closingHeading = line
        closing = []
        place = .closing
      } else {
        switch place {
        case .preamble: preamble.append(line)
        case .closing: closing?.append(line)
        case .section:
          if let a = articleAt[i] {
            flush(&self)
            unit = Unit(origin: a, lines: [line])
          } else if line.hasPrefix("##"), unit?.origin != nil {
            flush(&self)
            unit = Unit(origin: nil, lines: [line])
          } else if unit == nil {
            unit = Unit(origin: nil, lines: [line])
          } else {
            unit!.lines.append(line)
          }
        }
      }
      i += 1
    }
    flush(&self)
    preamble = CodeOutline.trimmed(preamble)
    closing = closing.map(CodeOutline.trimmed)
  }

  /// Lines without leading and trailing blank lines.
  static func trimmed(_ lines: [String]) -> [String] {
    var l = lines[...]
    while l.first?.isEmpty == true { l = l.dropFirst() }
    while l.last?.isEmpty == true { l = l.dropLast() }
    return Array(l)
  }

  /// Whether a line is a comment, which is not part of the code and never quoted or searched.
  static func isComment(_ line: String) -> Bool { line.drop { $0 == " " }.hasPrefix("//") }

  // MARK: Finding pieces

  /// Where the old rule `origin` is now.
  func locate(article origin: Int) -> (section: Int, unit: Int)? {
    for (s, section) in sections.enumerated() {
      if let u = section.units.firstIndex(where: { $0.origin == origin }) { return (s, u) }
    }
    return nil
  }

  func locate(section origin: Int) -> Int? { sections.firstIndex { $0.origin == origin } }

  /// The current lines of a section: its heading and every unit that stays.
  func lines(ofSection s: Int) -> [String] {
    let section = sections[s]
    if let raw = section.raw { return raw }
    var out = [section.heading]
    for u in section.units where !u.removed {
      out.append("")
      out += u.lines
    }
    return out
  }

  // MARK: Writing

  /// The text with, for each line, the instruction that last changed it.
  func serialized() -> (text: String, origins: [SourceRange?]) {
    var out: [String] = []
    var origins: [SourceRange?] = []
    func add(_ lines: [String], _ origin: SourceRange?) {
      guard !lines.isEmpty else { return }
      if !out.isEmpty, out.last != "" {
        out.append("")
        origins.append(nil)
      }
      out += lines
      origins += Array(repeating: origin, count: lines.count)
    }
    add(leading + ["---"] + metadata + ["---"], nil)
    if let wholeText {
      add(wholeText, preambleTouchedBy)
    } else {
      add(preamble, preambleTouchedBy)
      for s in sections.indices where sections[s].kind == .chapter { addSection(s, add) }
      if let closing { add([closingHeading] + (closing.isEmpty ? [] : [""] + closing), closingTouchedBy) }
      for s in sections.indices where sections[s].kind == .annex { addSection(s, add) }
    }
    return (out.joined(separator: "\n") + "\n", origins)
  }

  private func addSection(_ s: Int, _ add: ([String], SourceRange?) -> Void) {
    let section = sections[s]
    guard !section.removed else { return }
    if let raw = section.raw {
      add(raw, section.touchedBy)
      return
    }
    add([section.heading], section.touchedBy)
    for u in section.units where !u.removed { add(u.lines, u.touchedBy ?? section.touchedBy) }
  }
}
