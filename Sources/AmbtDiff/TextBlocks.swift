import AmbtModel

/// Where a line of a rule's text starts: its title, a paragraph, a list item (with its marker
/// and depth), a heading or the label of an explanation.
public struct LineStart: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case title, paragraph, item, heading, label
  }

  public var kind: Kind
  /// The list marker as written (`-`, `a.`, `2)`); empty for the other kinds.
  public var marker: String
  /// How deep a list item is nested: 0 for a top-level item and for the other kinds.
  public var depth: Int

  public init(kind: Kind, marker: String = "", depth: Int = 0) {
    self.kind = kind
    self.marker = marker
    self.depth = depth
  }
}

/// Tokens of a text with its layout: the same tokens, in the same order, as `Tokenizer` gives
/// for the text the model joins (`normativeText`, the explanations, the text outside the rules),
/// with the first token of each title, paragraph and list item marked. The word diff ignores
/// the marks; the views use them to keep titles and lists on their own lines.
enum TextBlocks {
  /// The binding text of a rule: its title, paragraphs and lists (not its explanations).
  static func normative(_ article: Article) -> [Token] {
    var out: [Token] = []
    if let title = article.title { append(title, LineStart(kind: .title), to: &out) }
    for item in article.items { collect(item, explanations: false, depth: 0, into: &out) }
    return out
  }

  /// The explanations and examples of a rule, label included.
  static func explanations(_ article: Article) -> [Token] {
    var out: [Token] = []
    for item in article.items {
      if case .explanation = item { collect(item, explanations: true, depth: 0, into: &out) }
    }
    return out
  }

  /// Text outside the rules: every item that is not a rule.
  static func loose(_ items: [Item]) -> [Token] {
    var out: [Token] = []
    for item in items {
      if case .article = item { continue }
      collect(item, explanations: true, depth: 0, into: &out)
    }
    return out
  }

  static func append(_ text: String, _ start: LineStart, to out: inout [Token]) {
    var tokens = Tokenizer.tokenize(text)
    guard !tokens.isEmpty else { return }
    tokens[0].line = start
    tokens[0].spaceBefore = !out.isEmpty
    out += tokens
  }

  /// Mirrors `Item.collectText`, so the tokens are those of the joined text.
  static func collect(_ item: Item, explanations: Bool, depth: Int, into out: inout [Token]) {
    switch item {
    case .paragraph(let p): append(p.text, LineStart(kind: .paragraph), to: &out)
    case .heading(let h):
      append([h.number, h.title].compactMap { $0 }.joined(separator: " "), LineStart(kind: .heading), to: &out)
    case .list(let l):
      func walk(_ items: [ListItem], _ depth: Int) {
        for i in items {
          append(i.text, LineStart(kind: .item, marker: i.marker, depth: depth), to: &out)
          walk(i.children, depth + 1)
        }
      }
      walk(l.items, depth)
    case .explanation(let e):
      guard explanations else { return }
      append(e.label, LineStart(kind: .label), to: &out)
      for i in e.items { collect(i, explanations: true, depth: depth, into: &out) }
    case .article(let a):
      append(a.label, LineStart(kind: .heading), to: &out)
      if let t = a.title { append(t, LineStart(kind: .title), to: &out) }
      for i in a.items { collect(i, explanations: explanations, depth: depth, into: &out) }
    }
  }
}
