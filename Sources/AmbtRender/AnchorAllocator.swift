import AmbtModel

/// Hands out the `id`s of a rendered document.
///
/// Rule anchors depend only on the rule's key (`regel-7-2` for 7.2, `regel-5-lid-2` for its second
/// lid), so a link keeps working when the text around it changes. Chapters use their number when
/// they have one (`hoofdstuk-3`, `bijlage-1`), else their title. Every id is unique in the file:
/// a clash gets `-2`, `-3` in document order. Ids are reserved for all rules first, so a chapter
/// slug can never take a rule's id.
final class AnchorAllocator {
  private var used: Set<String> = []
  private var firstRuleID: [String: String] = [:]

  init(document: Document) {
    reserve("inhoud")
    reserve("hoofdtekst")
    var rules = RuleCollector()
    document.walk(&rules)
    for a in rules.articles { reserveRule(a) }
  }

  /// The rules of a document in order (a rule's own items hold no rules).
  private struct RuleCollector: DocumentVisitor {
    var articles: [Article] = []
    mutating func enterArticle(_ article: Article, at place: Walk.Place) -> Bool {
      articles.append(article)
      return false
    }
  }

  private func reserve(_ id: String) { used.insert(id) }

  private func reserveRule(_ a: Article) {
    guard firstRuleID[a.key] == nil else { return }
    let id = Self.ruleID(key: a.key)
    firstRuleID[a.key] = id
    used.insert(id)
  }

  /// The stable id of the rule with this key.
  static func ruleID(key: String) -> String {
    let s = Escaping.slug(key)
    return "regel-" + (s.isEmpty ? "x" : s)
  }

  /// The id of the first rule with `key`, for references.
  func ruleID(forKey key: String) -> String? { firstRuleID[key] }

  /// The id for a rule in document order: its key-based id, or a numbered variant for a duplicate.
  private var handedOut: Set<String> = []
  func rule(_ article: Article) -> String {
    let base = Self.ruleID(key: article.key)
    if !handedOut.contains(base) {
      handedOut.insert(base)
      return base
    }
    return unique(base)
  }

  func lid(ruleID: String, label: String) -> String {
    unique(ruleID + "-lid-" + (Escaping.slug(label).isEmpty ? "x" : Escaping.slug(label)))
  }

  func chapter(_ chapter: Chapter) -> String {
    let prefix = chapter.kind == .annex ? "bijlage" : "hoofdstuk"
    if let key = chapter.key, !Escaping.slug(key).isEmpty { return unique(prefix + "-" + Escaping.slug(key)) }
    let title = Escaping.slug(chapter.title)
    return unique(title.isEmpty ? prefix : prefix + "-" + title)
  }

  func heading(_ heading: Heading) -> String {
    let s = Escaping.slug(heading.key ?? heading.title)
    return unique(s.isEmpty ? "kop" : "kop-" + s)
  }

  func named(_ base: String) -> String { unique(base) }

  /// `base`, or `base-2`, `base-3`, … whichever is free; marks it used.
  func unique(_ base: String) -> String {
    var candidate = base
    var n = 2
    while used.contains(candidate) {
      candidate = base + "-" + String(n)
      n += 1
    }
    used.insert(candidate)
    return candidate
  }
}
