import AmbtModel

/// The result of parsing one file: the model, every problem found, and how each line was read.
public struct ParseResult: Sendable {
  public var document: Document
  public var diagnostics: [Diagnostic]
  public var lineTable: LineTable
  /// How each physical line was interpreted; drives the formatter. Empty when parsed for
  /// reading only (`lineRoles: false`): `check` and `lint` never format, and the roles hold a
  /// copy of every line's text.
  var lineRoles: [LineRole]
  var lineRolesRecorded = true
  /// The bytes as read: the file's, with invalid UTF-8 replaced one-to-one by `?` (the same
  /// storage as `lineTable.bytes` when the file is valid, so a parse holds the text once).
  let sanitized: [UInt8]
  /// The text the parser decoded, kept when asked for (`keepText`).
  var decoded: String?
  /// The decoded text (invalid bytes replaced one-to-one by `?`), made when asked for: `check`
  /// never needs it, lint once (and keeps the parser's, `keepText`).
  public var text: String { decoded ?? String(decoding: sanitized, as: UTF8.self) }
}

/// How the parser used one line.
enum LineRole: Equatable {
  case blank
  case comment
  case fence
  case metadata(key: String, value: String)
  case heading1(String)
  case heading2(String)
  /// Article header: canonical prefix (`§ 1.1. [Titel]`) and the text on the header line.
  case articleHeader(prefix: String, text: String)
  case annotation(key: String, inferred: Bool, value: String)
  case label(String)
  case listItem(depth: Int, marker: String, text: String)
  /// First line of a paragraph.
  case paragraph(String)
  /// A line whose text was joined to the line before.
  case continuation(String)
  /// A line that could not be read (reported).
  case invalid
}

/// The role of each line, or nothing when the parse does not record them (writes are dropped).
struct LineRoles {
  var storage: [LineRole]
  let recording: Bool

  init(count: Int?) {
    storage = Array(repeating: .invalid, count: count ?? 0)
    recording = count != nil
  }

  subscript(_ i: Int) -> LineRole {
    get { recording ? storage[i] : .invalid }
    set { if recording { storage[i] = newValue } }
  }
}

/// Parses `.ambt` source. Never throws and never traps: every problem becomes a diagnostic and
/// parsing resumes at the next line.
public enum AmbtParser {
  public static func parse(_ source: String, file: String) -> ParseResult {
    parse(bytes: Array(source.utf8), file: file)
  }

  /// `lineRoles: false` leaves out the record of how each line was read, which only the
  /// formatter needs (`Formatter.format` reads the file again when it is missing). `keepText`
  /// keeps the decoded text for `ParseResult.text` (lint asks for it; it is as large as the file).
  public static func parse(
    bytes: [UInt8], file: String, vocabulary: Vocabulary = .shared, lineRoles: Bool = true, keepText: Bool = false
  ) -> ParseResult {
    var diagnostics: [Diagnostic] = []
    let sanitized = Lexer.validate(bytes, diagnostics: &diagnostics, file: file)
    // The parser reads the lines from the bytes and the line table's starts (`Lines`): no decoded
    // copy of the whole file while the model is built. Invalid bytes are replaced one for one,
    // so the line starts of `bytes` are those of `sanitized`.
    let lineTable = LineTable(bytes: bytes)
    func read() -> (Document, [Diagnostic], [LineRole]) {
      var parser = DocumentParser(
        lines: Lines(bytes: sanitized, starts: lineTable.lineStarts), file: file, vocabulary: vocabulary,
        byteCount: bytes.count, lineRoles: lineRoles)
      parser.diagnostics = diagnostics
      let document = parser.parseDocument()
      return (document, parser.diagnostics, parser.roles.storage)
    }
    let (document, found, roles) = read()
    return ParseResult(
      document: document, diagnostics: found, lineTable: lineTable, lineRoles: roles,
      lineRolesRecorded: lineRoles, sanitized: sanitized,
      decoded: keepText ? String(decoding: sanitized, as: UTF8.self) : nil)
  }
}

/// Where a body is being read; decides what a `#` or annotation means.
enum BodyContext {
  case preamble, chapter, closing, annex, article
}

struct DocumentParser {
  let lines: Lines
  let file: String
  let vocabulary: Vocabulary
  let byteCount: Int
  var i = 0
  var diagnostics: [Diagnostic] = []
  var roles: LineRoles
  var numbering: Numbering = .doorlopend
  var currentChapterKey: String?
  var reportedDeepList = false
  /// Where the lines being read are: the body being parsed, nil inside an explanation block
  /// (for the warnings in `Parser+Mistakes.swift`).
  var place: BodyContext? = .preamble
  static let maxListDepth = 32

  init(lines: Lines, file: String, vocabulary: Vocabulary, byteCount: Int, lineRoles: Bool = true) {
    self.lines = lines
    self.file = file
    self.vocabulary = vocabulary
    self.byteCount = byteCount
    self.roles = LineRoles(count: lineRoles ? lines.count : nil)
  }

  // MARK: Diagnostics

  mutating func error(
    _ id: String, _ message: LocalizedText, at range: SourceRange, hint: LocalizedText? = nil,
    severity: Severity = .error, notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
  ) {
    diagnostics.append(
      Diagnostic(
        id: id, severity: severity, message: message, hint: hint, range: range, file: file,
        notes: notes, fixIts: fixIts))
  }

  /// Document text for a message, cut to `limit` characters with '…' (a 400-digit amount
  /// should not make a 400-character message).
  func abbreviated(_ s: some StringProtocol, limit: Int = 40) -> String {
    s.count <= limit ? String(s) : String(s.prefix(limit - 1)) + "…"
  }

  // MARK: Document

  mutating func parseDocument() -> Document {
    var doc = Document(file: file, range: SourceRange(start: 0, end: byteCount))
    skipTrivia()
    if i < lines.count, lines[i].kind == .fence {
      doc.metadata = parseMetadata()
      numbering = doc.metadata.numbering
    } else {
      let at = i < lines.count ? lines[i].contentRange : SourceRange(start: byteCount, end: byteCount)
      error(
        "missing-metadata", LocalizedText("check.missing-metadata"), at: at,
        hint: LocalizedText("check.missing-metadata.hint"))
    }
    let preambleStart = i < lines.count ? lines[i].range.start : byteCount
    var preambleAnnotations = Annotations()
    let preambleItems = parseBody(.preamble, annotations: &preambleAnnotations)
    doc.preamble = Part(
      items: preambleItems, annotations: preambleAnnotations,
      range: SourceRange(start: preambleStart, end: i < lines.count ? lines[i].range.start : byteCount))
    var guardCount = 0
    while i < lines.count, guardCount <= lines.count {
      guardCount += 1
      let line = lines[i]
      guard line.kind == .heading1 else {
        // parseBody stops only at a heading; anything else means it made no progress.
        roles[i] = .invalid
        i += 1
        continue
      }
      let heading = parseHeading1(line)
      roles[i] = .heading1(heading.canonical)
      i += 1
      switch heading.role {
      case .closing:
        if doc.closing != nil {
          error(
            "duplicate-closing", LocalizedText("check.duplicate-closing"), at: line.contentRange,
            hint: LocalizedText("check.duplicate-closing.hint"))
        }
        if !doc.annexes.isEmpty {
          error(
            "closing-after-annex", LocalizedText("check.closing-after-annex"), at: line.contentRange,
            hint: LocalizedText("check.closing-after-annex.hint"))
        }
        currentChapterKey = nil
        var ann = Annotations()
        let items = parseBody(.closing, annotations: &ann)
        let end = i < lines.count ? lines[i].range.start : byteCount
        doc.closing = Part(items: items, annotations: ann, range: SourceRange(start: line.range.start, end: end))
      case .chapter, .annex:
        var chapter = heading.chapter
        if heading.role == .chapter && (!doc.annexes.isEmpty) {
          error(
            "chapter-after-annex", LocalizedText("check.chapter-after-annex"), at: line.contentRange,
            hint: LocalizedText("check.chapter-after-annex.hint"))
        }
        if heading.role == .chapter && doc.closing != nil {
          error(
            "chapter-after-closing", LocalizedText("check.chapter-after-closing"), at: line.contentRange,
            hint: LocalizedText("check.chapter-after-closing.hint"))
        }
        currentChapterKey = chapter.key
        var ann = Annotations()
        chapter.items = parseBody(heading.role == .annex ? .annex : .chapter, annotations: &ann)
        chapter.annotations = ann
        chapter.range = SourceRange(start: line.range.start, end: i < lines.count ? lines[i].range.start : byteCount)
        if heading.role == .annex { doc.annexes.append(chapter) } else { doc.chapters.append(chapter) }
      }
    }
    return doc
  }

  mutating func skipTrivia() {
    while i < lines.count, lines[i].kind == .blank || lines[i].kind == .comment {
      roles[i] = lines[i].kind == .blank ? .blank : .comment
      i += 1
    }
  }

  // MARK: Bodies

  /// Reads items until the next `#` heading (or, for an article, the next `§`, `#` or `##`).
  mutating func parseBody(_ context: BodyContext, annotations: inout Annotations) -> [Item] {
    var items: [Item] = []
    let outer = place
    defer { place = outer }
    while i < lines.count {
      let line = lines[i]
      switch line.kind {
      case .blank:
        roles[i] = .blank
        i += 1
      case .comment:
        roles[i] = .comment
        i += 1
      case .heading1:
        return items
      case .heading2:
        if context == .article { return items }
        let heading = parseHeading2(line)
        roles[i] = .heading2(heading.canonical)
        i += 1
        if let kind = heading.explanationKind {
          let explanationItems = parseExplanationBody(annotations: &annotations)
          let end = explanationItems.last?.range.end ?? line.contentRange.end
          items.append(
            .explanation(
              Explanation(
                kind: kind, label: heading.heading.title, items: explanationItems,
                range: SourceRange(start: line.contentStart, end: end))))
        } else {
          items.append(.heading(heading.heading))
        }
      case .article:
        if context == .article { return items }
        if let article = parseArticle(context: context) { items.append(.article(article)) }
      case .annotation:
        parseAnnotationLine(line, into: &annotations, context: context)
        i += 1
      case .label(let kind):
        let word = String(line.content.dropLast())
        roles[i] = .label(word)
        i += 1
        let explanationItems = parseExplanationBody(annotations: &annotations)
        let end = explanationItems.last?.range.end ?? line.contentRange.end
        items.append(
          .explanation(
            Explanation(kind: kind, label: word, items: explanationItems, range: SourceRange(start: line.contentStart, end: end)))
        )
      case .listItem:
        place = context
        items.append(.list(parseList()))
      case .text, .escaped:
        place = context
        items.append(.paragraph(parseParagraph(firstText: nil)))
      case .fence:
        roles[i] = .invalid
        error(
          "unexpected-fence", LocalizedText("check.unexpected-fence"),
          at: line.contentRange, hint: LocalizedText("check.unexpected-fence.hint"))
        i += 1
      }
    }
    return items
  }

  /// The items of an explanation block: paragraphs and lists up to the next structural line.
  /// Annotations inside it belong to the enclosing element.
  mutating func parseExplanationBody(annotations: inout Annotations) -> [Item] {
    var items: [Item] = []
    let outer = place
    place = nil
    defer { place = outer }
    while i < lines.count {
      let line = lines[i]
      switch line.kind {
      case .blank:
        roles[i] = .blank
        i += 1
      case .comment:
        roles[i] = .comment
        i += 1
      case .listItem:
        items.append(.list(parseList()))
      case .text, .escaped:
        items.append(.paragraph(parseParagraph(firstText: nil)))
      case .annotation:
        parseAnnotationLine(line, into: &annotations, context: .article)
        i += 1
      default:
        return items
      }
    }
    return items
  }

  /// Joins the text of a paragraph's lines. `firstText` is text already taken from a header line.
  mutating func parseParagraph(firstText: (String, SourceRange)?) -> Paragraph {
    var parts: [String] = []
    var range: SourceRange?
    if let (t, r) = firstText {
      parts.append(t)
      range = r
      checkInlineLeden(t[...], at: r.start)
    }
    while i < lines.count {
      let line = lines[i]
      let piece: Substring
      switch line.kind {
      case .text: piece = line.content
      case .escaped: piece = line.content.dropFirst()
      default:
        return Paragraph(text: Self.joined(parts), range: range ?? line.contentRange)
      }
      if parts.isEmpty && firstText == nil { checkArticleWithoutSectionSign(line) }
      checkLabelWithoutColon(line)
      checkLabelWithText(line)
      if parts.isEmpty && line.kind == .text { checkInlineLeden(line.content, at: line.contentStart) }
      let t = String(piece)
      if roles.recording { roles[i] = parts.isEmpty ? .paragraph(line.kind == .escaped ? "\\" + t : t) : .continuation(t) }
      if !t.isEmpty { parts.append(t) }
      range = range.map { $0.union(line.contentRange) } ?? line.contentRange
      i += 1
    }
    return Paragraph(text: Self.joined(parts), range: range ?? .empty)
  }

  // MARK: Lists

  mutating func parseList() -> ListBlock {
    let indent = lines[i].indent
    let items = parseListItems(indent: indent, depth: 0)
    let range = items.first.map { f in items.reduce(f.range) { $0.union($1.range) } } ?? lines[i].contentRange
    return ListBlock(items: items, range: range)
  }

  /// Items at `indent`; a deeper item (also after blank lines) belongs to the item above it.
  /// At the top level every item less indented than the list still belongs to it, so consecutive
  /// items always form one list whatever their indentation.
  mutating func parseListItems(indent startIndent: Int, depth: Int) -> [ListItem] {
    var items: [ListItem] = []
    var indent = startIndent
    while i < lines.count {
      // A blank line between items of the same list keeps the list going.
      var j = i
      while j < lines.count, lines[j].kind == .blank || lines[j].kind == .comment { j += 1 }
      guard j < lines.count, case .listItem = lines[j].kind else { return items }
      if lines[j].indent < indent {
        guard depth == 0 else { return items }
        indent = lines[j].indent
      }
      if items.isEmpty, j != i { return items }
      while i < j {
        roles[i] = lines[i].kind == .blank ? .blank : .comment
        i += 1
      }
      if lines[i].indent > indent, !items.isEmpty {
        var parent = items.removeLast()
        checkNestingByIndent(lines[i], under: parent, step: lines[i].indent - indent)
        if depth + 1 < DocumentParser.maxListDepth {
          parent.children += parseListItems(indent: lines[i].indent, depth: depth + 1)
        } else {
          // Deeper nesting than any code needs: keep the items, one level down, without recursing.
          if !reportedDeepList {
            reportedDeepList = true
            error(
              "list-too-deep", LocalizedText("check.list-too-deep", ["maxListDepth": "\(DocumentParser.maxListDepth)"]),
              at: lines[i].contentRange, severity: .warning)
          }
          while i < lines.count, case .listItem = lines[i].kind, lines[i].indent > indent {
            parent.children.append(parseSingleItem(depth: depth + 1))
          }
        }
        if let last = parent.children.last { parent.range = parent.range.union(last.range) }
        items.append(parent)
        continue
      }
      items.append(parseSingleItem(depth: depth))
    }
    return items
  }

  /// One list item and its continuation lines, without children.
  mutating func parseSingleItem(depth: Int) -> ListItem {
    let line = lines[i]
    guard case .listItem(let marker) = line.kind else {
      i += 1
      return ListItem(marker: "-", markerKind: .bullet, label: nil, text: "", range: line.contentRange)
    }
    let textStart = line.content.utf8.index(line.content.startIndex, offsetBy: min(marker.length, line.content.utf8.count))
    let first = String(line.content[textStart...])
    if roles.recording { roles[i] = .listItem(depth: depth, marker: marker.marker, text: first) }
    var parts = first.isEmpty ? [] : [first]
    var range = line.contentRange
    i += 1
    while i < lines.count, lines[i].kind == .text || lines[i].kind == .escaped {
      let l = lines[i]
      checkLabelWithoutColon(l)
      let t = String(l.kind == .escaped ? l.content.dropFirst() : l.content)
      if roles.recording { roles[i] = .continuation(t) }
      if !t.isEmpty { parts.append(t) }
      range = range.union(l.contentRange)
      i += 1
    }
    return ListItem(
      marker: marker.marker, markerKind: marker.kind, label: marker.label, text: Self.joined(parts), range: range,
      textOffset: min(marker.length, line.content.utf8.count))
  }

  /// The lines' texts joined by spaces; one line's text as it is (no copy).
  static func joined(_ parts: [String]) -> String {
    parts.count == 1 ? parts[0] : parts.joined(separator: " ")
  }
}
