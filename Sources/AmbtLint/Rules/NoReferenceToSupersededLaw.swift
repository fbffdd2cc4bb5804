import AmbtModel

/// The code does not refer to laws, regulations or bodies that no longer exist.
///
/// Matched in `@wet` annotations, in `grondslag`, and in the text itself, in the many ways codes
/// write them (Wbp, WBP, Wob-verzoek, CAR/LLUWO, artikel 125quater Ambtenarenwet, …). The list,
/// the replacing law, the date and the source are data (`laws.json`, `superseded.json`), taken
/// from law-notes.md §3. One finding per law per rule (or per chapter or preamble).
public struct NoReferenceToSupersededLaw: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "superseded-law", family: .superseded,
    title: LocalizedText("lint.superseded-law.title"),
    summary: LocalizedText("lint.superseded-law.summary"),
    rationale: LocalizedText("lint.superseded-law.rationale"),
    defaultSeverity: .warning,
    citation: Citation(
      law: "law-notes.md §3 (vervallen regelgeving)", url: "https://wetten.overheid.nl/BWBR0001947/2022-08-01/0/informatie",
      caveat: LocalizedText("lint.superseded-law.caveat")),
    triggering: [
      RuleExample("# 1. Informatie\n\n§ 1.1. Je gaat zorgvuldig om met persoonsgegevens volgens de Wbp.\n"),
      RuleExample("# 1. Informatie\n\n§ 1.1. Een Wob-verzoek stuur je door.\n"),
      RuleExample("Deze code is gebaseerd op artikel 125quater van de Ambtenarenwet.\n"),
      RuleExample("# 1. Informatie\n\n§ 1.1. Je houdt je aan de regels.\n@wet CAR/UWO\n"),
    ],
    nonTriggering: [
      RuleExample(
        "Deze code is gebaseerd op artikel 4 van de Ambtenarenwet 2017.\n\n# 1. Informatie\n\n§ 1.1. Je gaat zorgvuldig om met persoonsgegevens volgens de AVG. Een arg misverstand.\n"
      ),
      RuleExample("# 1. Zorg\n\n§ 1.1. Artsen staan in het BIG-register.\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    let catalogue = SupersededCatalogue.shared
    let doc = context.document
    var mentions: [(SupersededMention, Bool)] = catalogue.mentions(
      inSource: context.source, metadata: doc.metadata.range, vocabulary: context.vocabulary
    ).map { ($0, true) }  // (mention, inText)
    var refs = doc.metadata.legalBasis + doc.preamble.annotations.laws + (doc.closing?.annotations.laws ?? [])
    for c in doc.allChapters {
      refs += c.annotations.laws
      for item in c.items {
        if case .article(let a) = item { refs += a.annotations.laws }
      }
    }
    for r in refs {
      guard let id = r.law, let law = context.vocabulary.law(id), law.supersededBy != nil else { continue }
      let m = SupersededMention(
        law: law, replacement: law.supersededBy.flatMap { context.vocabulary.law($0) }, written: r.name, range: r.range)
      mentions.append((m, false))
    }
    // Only what had lapsed by the day linted: on 1 June 2014 the Wbp was the law.
    mentions = mentions.filter { $0.0.law.kind == "misnomer" || ended($0.0, catalogue) <= context.today }
    // One finding per law (and old article) per rule, chapter or preamble; the places are
    // found by binary search over the rules' starts, never by a scan per mention.
    let scopes = Scopes(articles: context.articles, chapters: Array(doc.allChapters))
    var seen = Set<String>()
    var kept: [SupersededMention] = []
    for (m, _) in mentions.sorted(by: { ($0.1 ? 0 : 1, $0.0.range.start) < ($1.1 ? 0 : 1, $1.0.range.start) }) {
      let what = m.articleReplacement != nil || m.articleNote != nil ? "art:" + m.written.lowercased() : m.law.id
      if seen.insert(scopes.key(of: m.range.start) + "|" + what).inserted { kept.append(m) }
    }
    return kept.map { finding($0, context, article: scopes.article(at: $0.range.start), catalogue: catalogue) }
  }

  /// The first day the mention no longer held.
  func ended(_ m: SupersededMention, _ catalogue: SupersededCatalogue) -> Day {
    if m.articleReplacement != nil || m.articleNote != nil { return catalogue.oldArticlesEnded }
    return m.law.supersededOn.flatMap(Day.parse) ?? Day(year: 1, month: 1, day: 1)
  }

  func finding(_ m: SupersededMention, _ context: LintContext, article: Article?, catalogue: SupersededCatalogue) -> Diagnostic {
    let isOld = m.articleReplacement != nil || m.articleNote != nil
    let end = ended(m, catalogue)
    let date = DutchDate.long(end.description)
    var successor = m.replacement?.name ?? m.law.supersededBy ?? "?"
    let message: LocalizedText
    if m.law.kind == "misnomer" {
      // Before the Wbk, the law of that name was the Wet Huis voor klokkenluiders.
      if let wbk = m.replacement, let from = wbk.inForceFrom.flatMap(Day.parse), context.today < from,
        let older = context.vocabulary.laws.first(where: { $0.supersededBy == wbk.id && $0.kind != "misnomer" && $0.bwb != nil })
      {
        successor = older.name
      }
      message = LocalizedText(
        "lint.superseded-law.message.written-not-name-law", ["written": "\(m.written)", "successor": "\(successor)"])
    } else if isOld {
      successor = m.articleReplacement.map { "\($0) Ambtenarenwet 2017" } ?? "Ambtenarenwet 2017"
      let now =
        m.articleReplacement.map { LocalizedText("lint.superseded-law.message.now-value-ambtenarenwet-2017", ["value": "\($0)"]) }
        ?? m.articleNote ?? LocalizedText("text.empty")
      message = LocalizedText(
        "lint.superseded-law.message.old-article", ["written": m.written, "part": m.articlePart],
        messages: ["date": date, "now": now])
    } else {
      let dateNote = m.law.verified == false ? LocalizedText("lint.superseded-law.message.date-not-verified") : nil
      message = LocalizedText(
        "lint.superseded-law.message.law", ["written": m.written, "law": m.law.name, "successor": successor],
        messages: ["date": date, "dateNote": dateNote ?? LocalizedText("text.empty")])
    }
    var d = context.finding(
      descriptor, message, hint: LocalizedText("lint.superseded-law.hint", ["successor": "\(successor)"]),
      at: m.range, article: article,
      citation: successor + ((m.replacement?.url ?? m.law.source).map { " (bron: \($0))" } ?? ""))
    if m.law.kind != "misnomer" && context.changedAfterAdoption(end) { d.lawChangedOn = end.description }
    return d
  }
}
