/// A walk over a document in reading order that descends by default.
///
/// Code that needs part of the tree (the rules, the explanations, every list item) implements the
/// methods it cares about; every method has a default that does nothing, and every `enter…`
/// returns whether to descend (default: yes). This replaces the loops over
/// `chapters + annexes` and the recursive helpers over items that each module used to write.
///
/// Order: the preamble, the chapters, the closing, the annexes (as in the file); within a body,
/// its items in order; an article's items after `enterArticle`, an explanation's after
/// `enterExplanation`, a list item's children after the item itself.
public protocol DocumentVisitor {
  /// The preamble or the closing (`# Slot`).
  mutating func enterPart(_ part: Part, kind: Walk.PartKind) -> Bool
  /// A chapter, theme or annex (`chapter.kind`).
  mutating func enterChapter(_ chapter: Chapter) -> Bool
  mutating func exitChapter(_ chapter: Chapter)
  mutating func enterArticle(_ article: Article, at place: Walk.Place) -> Bool
  mutating func exitArticle(_ article: Article)
  mutating func enterExplanation(_ explanation: Explanation, at place: Walk.Place) -> Bool
  mutating func visitParagraph(_ paragraph: Paragraph, at place: Walk.Place)
  mutating func visitHeading(_ heading: Heading, at place: Walk.Place)
  /// A list item; `depth` is 0 for the top level of its list.
  mutating func visitListItem(_ item: ListItem, depth: Int, at place: Walk.Place)
}

extension DocumentVisitor {
  public mutating func enterPart(_ part: Part, kind: Walk.PartKind) -> Bool { true }
  public mutating func enterChapter(_ chapter: Chapter) -> Bool { true }
  public mutating func exitChapter(_ chapter: Chapter) {}
  public mutating func enterArticle(_ article: Article, at place: Walk.Place) -> Bool { true }
  public mutating func exitArticle(_ article: Article) {}
  public mutating func enterExplanation(_ explanation: Explanation, at place: Walk.Place) -> Bool { true }
  public mutating func visitParagraph(_ paragraph: Paragraph, at place: Walk.Place) {}
  public mutating func visitHeading(_ heading: Heading, at place: Walk.Place) {}
  public mutating func visitListItem(_ item: ListItem, depth: Int, at place: Walk.Place) {}
}

/// Names for where a walk is.
public enum Walk {
  public enum PartKind: Sendable { case preamble, closing }

  /// Where an element stands: in which part of the document, and whether inside an explanation.
  public struct Place: Sendable {
    /// The chapter or annex, nil in the preamble and the closing.
    public var chapterIndex: Int?
    /// Whether the chapter is an annex.
    public var inAnnex: Bool
    /// Whether the element stands inside a rule (`§`).
    public var inArticle: Bool
    /// Whether the element stands inside an explanation, examples or a note.
    public var inExplanation: Bool

    public init(chapterIndex: Int? = nil, inAnnex: Bool = false, inArticle: Bool = false, inExplanation: Bool = false) {
      self.chapterIndex = chapterIndex
      self.inAnnex = inAnnex
      self.inArticle = inArticle
      self.inExplanation = inExplanation
    }
  }
}

extension Document {
  /// The chapters and then the annexes, without building a new array.
  public var allChapters: LazySequence<FlattenSequence<[[Chapter]]>> { [chapters, annexes].lazy.joined() }

  /// Walks the document in reading order (see `DocumentVisitor`).
  public func walk<V: DocumentVisitor>(_ visitor: inout V) {
    if visitor.enterPart(preamble, kind: .preamble) { Self.walk(preamble.items, Walk.Place(), &visitor) }
    for (i, chapter) in chapters.enumerated() { Self.walk(chapter, index: i, &visitor) }
    if let closing, visitor.enterPart(closing, kind: .closing) { Self.walk(closing.items, Walk.Place(), &visitor) }
    for (i, annex) in annexes.enumerated() { Self.walk(annex, index: chapters.count + i, &visitor) }
  }

  /// Walks one chapter or annex; `index` counts in `allChapters`.
  static func walk<V: DocumentVisitor>(_ chapter: Chapter, index: Int, _ visitor: inout V) {
    guard visitor.enterChapter(chapter) else { return }
    walk(chapter.items, Walk.Place(chapterIndex: index, inAnnex: chapter.kind == .annex), &visitor)
    visitor.exitChapter(chapter)
  }

  /// Walks a body. List items are walked with an explicit stack, so a deep list cannot exhaust
  /// the call stack; articles and explanations nest only as deep as the parser allows.
  public static func walk<V: DocumentVisitor>(_ items: [Item], _ place: Walk.Place, _ visitor: inout V) {
    for item in items {
      switch item {
      case .paragraph(let p): visitor.visitParagraph(p, at: place)
      case .heading(let h): visitor.visitHeading(h, at: place)
      case .list(let l):
        var stack: [(ListItem, Int)] = l.items.reversed().map { ($0, 0) }
        while let (listItem, depth) = stack.popLast() {
          visitor.visitListItem(listItem, depth: depth, at: place)
          stack.append(contentsOf: listItem.children.reversed().map { ($0, depth + 1) })
        }
      case .explanation(let e):
        var inner = place
        inner.inExplanation = true
        if visitor.enterExplanation(e, at: place) { walk(e.items, inner, &visitor) }
      case .article(let a):
        var inner = place
        inner.inArticle = true
        if visitor.enterArticle(a, at: place) {
          walk(a.items, inner, &visitor)
          visitor.exitArticle(a)
        }
      }
    }
  }
}
