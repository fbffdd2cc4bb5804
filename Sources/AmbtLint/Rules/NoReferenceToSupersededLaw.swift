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
    title: LocalizedText(nl: "Verwijzing naar vervallen regelgeving", en: "Reference to superseded law"),
    summary: LocalizedText(
      nl: "De code noemt een wet, regeling of instantie die is vervallen of vervangen.",
      en: "The code names a law, regulation or body that has lapsed or been replaced."),
    rationale: LocalizedText(
      nl:
        "Een verwijzing naar vervallen regelgeving misleidt de lezer over zijn rechten en plichten. De melding noemt de opvolger en de datum.",
      en: "A reference to lapsed law misleads the reader about rights and duties. The finding names the successor and the date."),
    defaultSeverity: .warning,
    citation: Citation(
      law: "law-notes.md §3 (vervallen regelgeving)", url: "https://wetten.overheid.nl/BWBR0001947/2022-08-01/0/informatie",
      caveat: LocalizedText(
        nl:
          "De einddatum van het ARAR (1 januari 2020) en de koppeling van het oude art. 125ter aan art. 6 zijn niet geverifieerd; zulke meldingen zeggen dat.",
        en:
          "The end date of the ARAR (1 January 2020) and the mapping of old art. 125ter to art. 6 are not verified; such findings say so."
      )),
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
    for c in doc.chapters + doc.annexes { refs += c.annotations.laws + c.articles.flatMap(\.annotations.laws) }
    for r in refs {
      guard let id = r.law, let law = context.vocabulary.law(id), law.supersededBy != nil else { continue }
      mentions.append(
        (
          SupersededMention(
            law: law, replacement: law.supersededBy.flatMap { context.vocabulary.law($0) }, written: r.name, range: r.range),
          false
        ))
    }
    var seen: [String: Int] = [:]
    var kept: [(SupersededMention, Bool)] = []
    // The rules and chapters once, not rebuilt for every mention (issue 7).
    let articles = context.articles
    let chapters = doc.chapters + doc.annexes
    for m in mentions.sorted(by: { ($0.1 ? 0 : 1, $0.0.range.start) < ($1.1 ? 0 : 1, $1.0.range.start) }) {
      let key = scope(of: m.0.range.start, articles: articles, chapters: chapters) + "|" + m.0.law.id
      if seen[key] != nil { continue }
      seen[key] = kept.count
      kept.append(m)
    }
    return kept.map { m, _ in finding(m, context, articles: articles) }
  }

  func scope(of offset: Int, articles: [Article], chapters: [Chapter]) -> String {
    if let a = articles.first(where: { $0.range.start <= offset && offset < $0.range.end }) {
      return "a:" + a.key + ":\(a.range.start)"
    }
    if let c = chapters.first(where: { $0.range.start <= offset && offset < $0.range.end }) { return "c:\(c.range.start)" }
    return "doc"
  }

  func finding(_ m: SupersededMention, _ context: LintContext, articles: [Article]) -> Diagnostic {
    let date = m.law.supersededOn.map { DutchDate.long($0) } ?? LocalizedText(nl: "onbekende datum", en: "unknown date")
    let unverified =
      m.law.verified == false
      ? LocalizedText(nl: " (datum niet geverifieerd)", en: " (date not verified)") : LocalizedText(nl: "", en: "")
    let successor = m.replacement?.name ?? m.law.supersededBy ?? "?"
    let article =
      m.articleReplacement.map { LocalizedText(nl: "; nu \($0) Ambtenarenwet 2017", en: "; now \($0) Ambtenarenwet 2017") }
      ?? LocalizedText(nl: "", en: "")
    let name = m.articleReplacement != nil ? "artikel \(m.written) van de Ambtenarenwet (oude nummering)" : m.law.name
    let nameEN = m.articleReplacement != nil ? "article \(m.written) of the Ambtenarenwet (old numbering)" : m.law.name
    let a = articles.first { $0.range.start <= m.range.start && m.range.start < $0.range.end }
    return context.finding(
      descriptor,
      LocalizedText(
        nl:
          "'\(m.written)' verwijst naar \(name), vervallen per \(date.nl)\(unverified.nl); vervangen door \(successor)\(article.nl)",
        en: "'\(m.written)' refers to \(nameEN), superseded on \(date.en)\(unverified.en); replaced by \(successor)\(article.en)"),
      hint: LocalizedText(nl: "verwijs naar \(successor)", en: "refer to \(successor)"),
      at: m.range, article: a, citation: successor + (m.law.source.map { " (bron: \($0))" } ?? ""))
  }
}
