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
    title: LocalizedText("lint.obligation-via-regulation.title"),
    summary: LocalizedText("lint.obligation-via-regulation.summary"),
    rationale: LocalizedText("lint.obligation-via-regulation.rationale"),
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
          "lint.obligation-via-regulation.message", ["obligation": ob.id, "names": names], messages: ["title": ob.title]),
        hint: LocalizedText("lint.obligation-via-regulation.hint"),
        at: first.range, article: first.article,
        citation: ob.citationText)
    }
  }
}
