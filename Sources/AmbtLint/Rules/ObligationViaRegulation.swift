import AmbtModel

/// Obligations the code covers only by referring to a separate regulation are named.
///
/// Many codes say "zie de klokkenluidersregeling" instead of arranging the matter themselves.
/// That counts as covering the obligation (the integrity officer checks the regulation), and
/// this info finding says which regulation carries it, so the review includes it.
public struct ObligationViaRegulation: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "obligation-via-regulation", family: .coverage,
    title: LocalizedText(nl: "Verplichting gedekt via een aparte regeling", en: "Obligation covered by a separate regulation"),
    summary: LocalizedText(
      nl: "Een verplichting wordt alleen gedekt doordat de code naar een aparte regeling verwijst.",
      en: "An obligation is covered only because the code refers to a separate regulation."),
    rationale: LocalizedText(
      nl: "De linter kan de aparte regeling niet toetsen; neem haar mee in de herziening.",
      en: "The linter cannot check the separate regulation; include it in the review."),
    defaultSeverity: .info,
    citation: Citation(law: "Ambtenarenwet 2017", article: "4-10", url: "https://wetten.overheid.nl/BWBR0001947"),
    triggering: [
      RuleExample(
        "# 1. Misstanden\n\n§ 1.1. Voor het melden van misstanden geldt de klokkenluidersregeling.\n@onderwerp melden-van-misstanden\n@regeling Klokkenluidersregeling gemeente Voorbeeld\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Misstanden\n\n§ 1.1. Een vermoeden van een misstand meld je bij de vertrouwenspersoon.\n@onderwerp melden-van-misstanden\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    context.coverage().compactMap { entry in
      guard entry.status == .viaRegulation, let first = entry.regulations.first else { return nil }
      let ob = entry.obligation
      let names = Array(Set(entry.regulations.map(\.regulation))).sorted().map { "'\($0)'" }.joined(separator: ", ")
      return context.finding(
        descriptor,
        LocalizedText(
          nl: "verplichting \(ob.id) (\(ob.title.nl)) is alleen gedekt via \(names); de linter toetst die regeling niet",
          en: "obligation \(ob.id) (\(ob.title.en)) is covered only via \(names); the linter does not check that regulation"),
        hint: LocalizedText(nl: "neem de regeling mee in de herziening", en: "include the regulation in the review"),
        at: first.range, article: first.article,
        citation: ob.citationText)
    }
  }
}
