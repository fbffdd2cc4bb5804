import AmbtModel

/// Every obligation of the Act that a code should cover is covered.
///
/// The catalogue (`obligations.json`, from law-notes.md §6a) lists what art. 4-10 Ambtenarenwet
/// 2017 and the Wet bescherming klokkenluiders ask of employer and employee. A rule covers an
/// obligation by topic (with the norm or words the obligation requires), by `@dekt <id>`, or by
/// referring to a separate regulation (`@regeling`, reported by `obligation-via-regulation`).
public struct MissingObligation: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "missing-obligation", family: .coverage,
    title: LocalizedText(nl: "Wettelijke verplichting niet gedekt", en: "Legal obligation not covered"),
    summary: LocalizedText(
      nl: "Geen regel van de code dekt een verplichting uit de Ambtenarenwet 2017 of de Wet bescherming klokkenluiders.",
      en: "No rule of the code covers an obligation of the Ambtenarenwet 2017 or the Wet bescherming klokkenluiders."),
    rationale: LocalizedText(
      nl:
        "Art. 4 lid 3 vraagt een gedragscode voor goed ambtelijk handelen; art. 4-10 en de Wbk bepalen wat daarin geregeld of uitgelegd moet worden. 'ambt coverage' toont per verplichting de regels die haar dekken.",
      en:
        "Art. 4 lid 3 asks for a code of conduct; art. 4-10 and the Wbk determine what it must arrange or explain. 'ambt coverage' shows the rules covering each obligation."
    ),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "4-10", url: "https://wetten.overheid.nl/BWBR0001947",
      caveat: LocalizedText(
        nl:
          "De geldende tekst van art. 4, 5 en 6 is niet ingezien: art. 4 komt uit een getrouwe samenvatting, art. 5 uit het Wnra-wetsvoorstel (de lid-nummering kan afwijken), art. 6 is niet gevonden. Elke bevinding noemt de bepaling en haar zekerheid.",
        en:
          "The in-force text of art. 4, 5 and 6 was not seen: art. 4 comes from a faithful summary, art. 5 from the Wnra bill (lid numbering may differ), art. 6 was not found. Each finding names the provision and its confidence."
      )),
    triggering: [RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@onderwerp geschenken\n")],
    nonTriggering: [
      RuleExample(
        "# 1. Alles\n\n§ 1.1. Deze regel dekt alles.\n@dekt AW17-4-1, AW17-4-2, AW17-5-1a, AW17-5-1b, AW17-5-1c, AW17-5-1d\n@dekt AW17-5-1e, AW17-6, AW17-8-1a, AW17-8-2a, AW17-8-1b, AW17-8-1c, AW17-8-1d-2b, AW17-8-1e, AW17-9, AW17-10-1, WBK-2\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    // The coverage under the law at adoption, asked only when a gap may be new since then.
    let atAdoption = Memo<[String: CoverageEntry.Status]>()
    func newSince(_ ob: Obligation) -> String? {
      guard let from = ob.from, context.changedAfterAdoption(from), let adoption = context.adoption else { return nil }
      let then = atAdoption.value {
        Dictionary(context.coverage(on: adoption.day).map { ($0.obligation.id, $0.status) }, uniquingKeysWith: { a, _ in a })
      }
      // A gap that the law at adoption had too (under the article this one continued) is not new.
      return (ob.predecessors ?? []).contains { then[$0] == .missing } ? nil : from.description
    }
    return context.coverage().compactMap { entry in
      let ob = entry.obligation
      guard ob.checkedBy == nil else { return nil }
      let message: LocalizedText
      switch entry.status {
      case .missing:
        message = LocalizedText(
          nl: "verplichting \(ob.id) ontbreekt: \(ob.title.nl) (\(ob.citationText))",
          en: "obligation \(ob.id) is not covered: \(ob.title.en) (\(ob.citationText))")
      case .partial:
        let rules = entry.articles.map { "'\($0.label)'" }.joined(separator: ", ")
        message = LocalizedText(
          nl: "verplichting \(ob.id) is maar deels gedekt door regel \(rules): "
            + entry.missingParts.map(\.label.nl).joined(separator: ", ") + " ontbreekt (\(ob.citationText))",
          en: "obligation \(ob.id) is covered only in part by rule \(rules): "
            + entry.missingParts.map(\.label.en).joined(separator: ", ") + " is missing (\(ob.citationText))")
      case .annexOnly:
        let annexes = entry.annexes.joined(separator: ", ")
        message = LocalizedText(
          nl:
            "verplichting \(ob.id) staat alleen in \(annexes): \(ob.title.nl) (\(ob.citationText)); een bijlage die de wet citeert, legt de plicht niet op",
          en:
            "obligation \(ob.id) is only in \(annexes): \(ob.title.en) (\(ob.citationText)); an annex that quotes the law does not impose the duty"
        )
      default: return nil
      }
      let topics = ob.topics.map { "'\(context.vocabulary.topics.label($0, .nl))'" }.joined(separator: ", ")
      let topicsEN = ob.topics.map { "'\(context.vocabulary.topics.label($0, .en))'" }.joined(separator: ", ")
      let unverified = ob.caveat.map { LocalizedText(nl: " (let op: \($0.nl))", en: " (note: \($0.en))") }
      var d = context.finding(
        descriptor, message,
        hint: LocalizedText(
          nl: "voeg een regel toe over \(topics), of zet '@dekt \(ob.id)' bij de regel die haar dekt" + (unverified?.nl ?? ""),
          en: "add a rule on \(topicsEN), or put '@dekt \(ob.id)' on the rule that covers it" + (unverified?.en ?? "")),
        at: context.documentRange, citation: ob.citationText)
      d.lawChangedOn = newSince(ob)
      return d
    }
  }
}
