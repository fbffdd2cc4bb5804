import AmbtModel

/// One topic has one threshold, one period, one deadline.
///
/// Two rules on the same topic with different `@drempel` (or `@termijn`, or `@binnen`) leave the
/// employee with two answers to one question. Rules linked by `@uitzondering op` may differ (that
/// is what an exception is for), and so may quantities whose descriptions differ (`€ 50, per
/// gift` and `€ 200, per jaar` measure different things).
public struct ConsistentQuantities: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "conflicting-quantities", family: .consistency,
    title: LocalizedText("lint.conflicting-quantities.title"),
    summary: LocalizedText("lint.conflicting-quantities.summary"),
    rationale: LocalizedText("lint.conflicting-quantities.rationale"),
    defaultSeverity: .warning, citation: nil,
    triggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Geschenken boven € 50 neem je niet aan.\n@onderwerp geschenken\n@drempel € 50\n\n§ 1.2. Geschenken boven € 100 weiger je.\n@onderwerp geschenken\n@drempel € 100\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Geschenken boven € 50 neem je niet aan.\n@onderwerp geschenken\n@drempel € 50\n\n§ 1.2. Met kerst geldt € 100.\n@onderwerp geschenken\n@drempel € 100\n@uitzondering op 1.1\n"
      ),
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Per gift € 50.\n@onderwerp geschenken\n@drempel € 50, per gift\n\n§ 1.2. Per jaar € 200.\n@onderwerp geschenken\n@drempel € 200, per jaar\n"
      ),
    ])

  struct Entry {
    var article: Article
    var quantity: Quantity
    var exceptions: Set<String>
  }

  public func check(_ context: LintContext) -> [Diagnostic] {
    var groups: [String: [Entry]] = [:]
    var order: [String] = []
    let rules = context.articlesWithTopics
    for k in rules.indices where !rules[k].article.annotations.quantities.isEmpty {
      let (a, topics) = rules[k]
      let exceptions = Set(a.annotations.exceptionTo.map(\.key))
      for q in a.annotations.quantities {
        for t in Set(topics).sorted() {
          let key = "\(t)|\(q.kind.rawValue)|\(q.unit.isPeriod ? "period" : q.unit.rawValue)"
          if groups[key] == nil { order.append(key) }
          groups[key, default: []].append(Entry(article: a, quantity: q, exceptions: exceptions))
        }
      }
    }
    var out: [Diagnostic] = []
    var reported: Set<String> = []
    for key in order {
      let entries = groups[key] ?? []
      let firsts = Self.firstConflicts(
        keys: entries.map(\.article.key), values: entries.map(\.quantity.normalized),
        exceptions: entries.map(\.exceptions), qualifiers: entries.map { $0.quantity.qualifier.map(TextFolding.fold) ?? "" })
      for (i, e) in entries.enumerated() {
        guard let f = firsts[i] else { continue }
        let first = entries[f]
        let id = "\(e.article.key)|\(e.quantity.range.start)"
        guard !reported.contains(id) else { continue }
        reported.insert(id)
        let topic = String(key.split(separator: "|").first ?? "")
        let kind = e.quantity.kind.rawValue
        out.append(
          context.finding(
            descriptor,
            LocalizedText(
              "lint.conflicting-quantities.message",
              [
                "label": e.article.label, "kind": kind, "quantity": e.quantity.display, "first": first.article.label,
                "firstQuantity": first.quantity.display,
              ],
              messages: ["topic": LocalizedText(each: { context.vocabulary.topics.label(topic, $0) })]),
            hint: LocalizedText("lint.conflicting-quantities.hint"),
            at: e.quantity.range, article: e.article,
            notes: [
              DiagnosticNote(
                message: LocalizedText("lint.conflicting-quantities.note"), range: first.quantity.range)
            ]))
      }
    }
    return out
  }
}
