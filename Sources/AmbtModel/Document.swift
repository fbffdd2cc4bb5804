/// A parsed gedragscode: metadata, preamble, chapters, closing and annexes.
///
/// Value types only; every element carries the byte range it was read from.
public struct Document: Hashable, Sendable {
  public static let schemaVersion = 1

  /// The path the document was read from, as given by the user (or `-`).
  public var file: String
  public var metadata: Metadata
  /// Text before the first chapter.
  public var preamble: Part
  public var chapters: [Chapter]
  /// The closing part (`# Slot`), when present.
  public var closing: Part?
  public var annexes: [Chapter]
  /// The whole file.
  public var range: SourceRange

  public init(
    file: String, metadata: Metadata = Metadata(), preamble: Part = Part(), chapters: [Chapter] = [],
    closing: Part? = nil, annexes: [Chapter] = [], range: SourceRange = .empty
  ) {
    self.file = file
    self.metadata = metadata
    self.preamble = preamble
    self.chapters = chapters
    self.closing = closing
    self.annexes = annexes
    self.range = range
  }

  /// Every rule in document order, with the chapter it stands in.
  public var articles: [Article] {
    // One loop over the chapters' items: each rule copied once (a rule is a large value; a
    // flatMap over `Chapter.articles` copied it twice).
    var out: [Article] = []
    for chapter in allChapters {
      for item in chapter.items {
        if case .article(let a) = item { out.append(a) }
      }
    }
    return out
  }

  /// Rules together with their chapter (nil for rules outside chapters).
  public var articlesWithChapters: [(chapter: Chapter, article: Article)] {
    allChapters.flatMap { chapter in chapter.articles.map { (chapter, $0) } }
  }

  /// The first rule with the given key.
  public func article(withKey key: String) -> Article? {
    articles.first { $0.key == key }
  }
}

/// An untitled run of content: the preamble or the closing.
public struct Part: Hashable, Sendable {
  public var items: [Item]
  public var annotations: Annotations
  public var range: SourceRange

  public init(items: [Item] = [], annotations: Annotations = Annotations(), range: SourceRange = .empty) {
    self.items = items
    self.annotations = annotations
    self.range = range
  }
}

public enum ChapterKind: String, Hashable, Sendable {
  case chapter, annex
}

/// A chapter, theme or annex: a `#` heading and what follows it.
public struct Chapter: Hashable, Sendable {
  public var kind: ChapterKind
  /// The heading word as written (`Hoofdstuk`, `Artikel`, `Bijlage`), if any.
  public var word: String?
  /// The number as written (`1.`, `IV`), if any.
  public var number: String?
  /// The number without trailing dot, lowercased; used to build rule keys.
  public var key: String?
  public var title: String
  public var headingRange: SourceRange
  public var range: SourceRange
  /// Annotations given in the chapter before its first rule: defaults for its rules.
  public var annotations: Annotations
  public var items: [Item]

  public init(
    kind: ChapterKind = .chapter, word: String? = nil, number: String? = nil, key: String? = nil,
    title: String, headingRange: SourceRange = .empty, range: SourceRange = .empty,
    annotations: Annotations = Annotations(), items: [Item] = []
  ) {
    self.kind = kind
    self.word = word
    self.number = number
    self.key = key
    self.title = title
    self.headingRange = headingRange
    self.range = range
    self.annotations = annotations
    self.items = items
  }

  /// The heading as it reads: word, number and title.
  public var displayTitle: String {
    [word, number, title.isEmpty ? nil : title].compactMap { $0 }.joined(separator: " ")
  }

  public var articles: [Article] {
    items.compactMap { if case .article(let a) = $0 { return a } else { return nil } }
  }
}

/// One element of a body.
///
/// A rule, a heading and an explanation are boxed: an enum takes the room of its largest case,
/// and with a rule (about 240 bytes) inline every paragraph of every rule took that room too.
/// Boxed, an item takes about a paragraph's (the rule's box is allocated once and shared by
/// copies of the item).
public enum Item: Hashable, Sendable {
  case paragraph(Paragraph)
  case list(ListBlock)
  indirect case heading(Heading)
  indirect case explanation(Explanation)
  indirect case article(Article)

  public var range: SourceRange {
    switch self {
    case .paragraph(let p): return p.range
    case .list(let l): return l.range
    case .heading(let h): return h.range
    case .explanation(let e): return e.range
    case .article(let a): return a.range
    }
  }
}

public struct Paragraph: Hashable, Sendable {
  public var text: String
  public var range: SourceRange

  public init(text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}

/// A `##` sub-heading; not normative.
public struct Heading: Hashable, Sendable {
  public var number: String?
  public var key: String?
  public var title: String
  public var range: SourceRange

  public init(number: String? = nil, key: String? = nil, title: String, range: SourceRange) {
    self.number = number
    self.key = key
    self.title = title
    self.range = range
  }
}

public enum ListMarkerKind: String, Hashable, Sendable {
  case bullet, letter, number
}

public struct ListItem: Hashable, Sendable {
  /// The marker as written: `-`, `a.`, `b)`, `1.`, `(2)`.
  public var marker: String
  public var markerKind: ListMarkerKind
  /// The letter or number without punctuation (`a`, `2`); nil for bullets.
  public var label: String?
  public var text: String
  public var range: SourceRange
  public var children: [ListItem]
  /// Bytes from `range.start` to where `text` starts in the source (the marker and the spaces
  /// after it), so a position in the text maps back to the source.
  public var textOffset: Int

  public init(
    marker: String, markerKind: ListMarkerKind, label: String?, text: String, range: SourceRange,
    children: [ListItem] = [], textOffset: Int = 0
  ) {
    self.marker = marker
    self.markerKind = markerKind
    self.label = label
    self.text = text
    self.range = range
    self.children = children
    self.textOffset = textOffset
  }
}

public struct ListBlock: Hashable, Sendable {
  public var items: [ListItem]
  public var range: SourceRange

  public init(items: [ListItem], range: SourceRange) {
    self.items = items
    self.range = range
  }
}

public enum ExplanationKind: String, Hashable, Sendable, CaseIterable {
  case uitleg, toelichting, voorbeelden, controlevragen, noot
}

/// Non-normative text: an explanation, examples, questions or a note.
public struct Explanation: Hashable, Sendable {
  public var kind: ExplanationKind
  /// The word as written (`Voorbeelden`).
  public var label: String
  public var items: [Item]
  public var range: SourceRange

  public init(kind: ExplanationKind, label: String, items: [Item], range: SourceRange) {
    self.kind = kind
    self.label = label
    self.items = items
    self.range = range
  }
}

/// A numbered rule (`§`): the normative unit that the linter cites and the differ aligns.
public struct Article: Hashable, Sendable {
  /// The label as written: `1.1.`, `Artikel 5`, `3.`.
  public var label: String
  /// The number without word and trailing dot: `1.1`, `5`, `3`.
  public var number: String
  /// The key references use; see `nummering` in the language reference.
  public var key: String
  public var title: String?
  public var headerRange: SourceRange
  public var range: SourceRange
  public var annotations: Annotations
  public var items: [Item]

  public init(
    label: String, number: String, key: String, title: String? = nil, headerRange: SourceRange = .empty,
    range: SourceRange = .empty, annotations: Annotations = Annotations(), items: [Item] = []
  ) {
    self.label = label
    self.number = number
    self.key = key
    self.title = title
    self.headerRange = headerRange
    self.range = range
    self.annotations = annotations
    self.items = items
  }

  /// The normative text: paragraphs and list items outside explanation blocks, joined.
  public var normativeText: String {
    var parts: [String] = []
    if let title { parts.append(title) }
    for item in items { item.collectText(into: &parts, includeExplanations: false) }
    return parts.joined(separator: " ")
  }

  /// All text including explanations.
  public var fullText: String { fullTextParts.joined(separator: " ") }

  /// The pieces `fullText` joins with spaces: the title, then each paragraph, list item,
  /// heading and explanation label.
  public var fullTextParts: [String] {
    var parts: [String] = []
    if let title { parts.append(title) }
    for item in items { item.collectText(into: &parts, includeExplanations: true) }
    return parts
  }

  /// Numbered list items at the top level of the rule: its leden.
  public var leden: [ListItem] {
    items.flatMap { item -> [ListItem] in
      if case .list(let l) = item { return l.items.filter { $0.markerKind == .number } }
      return []
    }
  }
}

extension Item {
  /// Appends the text of this item (and its children) to `parts`.
  public func collectText(into parts: inout [String], includeExplanations: Bool) {
    switch self {
    case .paragraph(let p): parts.append(p.text)
    case .heading(let h): parts.append([h.number, h.title].compactMap { $0 }.joined(separator: " "))
    case .list(let l):
      func walk(_ items: [ListItem]) {
        for i in items {
          parts.append(i.text)
          walk(i.children)
        }
      }
      walk(l.items)
    case .explanation(let e):
      if includeExplanations {
        parts.append(e.label)
        for i in e.items { i.collectText(into: &parts, includeExplanations: true) }
      }
    case .article(let a):
      parts.append(a.label)
      if let t = a.title { parts.append(t) }
      for i in a.items { i.collectText(into: &parts, includeExplanations: includeExplanations) }
    }
  }
}
