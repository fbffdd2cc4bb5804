import AmbtModel

/// The code does not ban all side activities, nor require permission where the Act asks a report.
///
/// Art. 8 lid 1 onder a forbids only side activities that endanger the proper performance of the
/// function or the public service; art. 8 lid 2 onder a asks the employee to *report* (opgave)
/// current and intended ones. Since the Wnra the employer may not add duties of its own
/// ("In uw beleid mogen geen aanvullende rechten en plichten staan"), so a blanket ban or a
/// permission regime goes beyond the Act.
public struct NoSideActivityRegimeBeyondAct: LintRule {
  public init() {}

  static let activity = ["nevenwerk", "nevenfunctie", "nevenactiviteit"]
  static let blanket = [
    "geen nevenwerkzaamheden", "geen nevenfuncties", "geen nevenfunctie", "geen nevenactiviteiten",
    "nevenwerkzaamheden zijn niet toegestaan", "nevenwerkzaamheden zijn verboden", "nevenfuncties zijn niet toegestaan",
  ]
  static let qualifiers = [
    "die ", "waardoor", "tenzij", "indien", "als ", "wanneer", "strijd", "raken", "belang", "functie", "zonder",
  ]
  static let permission = ["toestemming", "goedkeuring", "aanvraag", "aanvragen"]
  static let noPermission = [
    "geen toestemming nodig", "geen toestemming te vragen", "hoeft geen toestemming", "hoef je geen toestemming",
    "zonder toestemming mag",
  ]

  public let descriptor = RuleDescriptor(
    id: "side-activities-beyond-act", family: .conflict,
    title: LocalizedText(nl: "Nevenwerkzaamheden strenger dan de wet", en: "Side activities stricter than the Act"),
    summary: LocalizedText(
      nl: "De code verbiedt alle nevenwerkzaamheden of eist toestemming waar de wet alleen een opgave vraagt.",
      en: "The code bans all side activities or requires permission where the Act only asks for a report."),
    rationale: LocalizedText(
      nl:
        "Art. 8 lid 1 onder a verbiedt alleen schadelijke nevenwerkzaamheden; lid 2 onder a vraagt opgave. Sinds de Wnra mag beleid geen aanvullende plichten opleggen (wnra.nl).",
      en:
        "Art. 8 lid 1 a bans only harmful side activities; lid 2 a asks for a report. Since the Wnra policy may not add duties (wnra.nl)."
    ),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "1", onderdeel: "a",
      url: "https://publiekarbeidsrecht.nl/artikel-8-ambtenarenwet/"),
    triggering: [
      RuleExample(
        "# 1. Nevenwerkzaamheden\n\n§ 1.1. Voor nevenwerkzaamheden vraag je vooraf schriftelijk toestemming aan het college.\n@onderwerp nevenwerkzaamheden\n"
      ),
      RuleExample(
        "# 1. Nevenwerkzaamheden\n\n§ 1.1. Je verricht geen nevenwerkzaamheden.\n@onderwerp nevenwerkzaamheden\n@norm verbod\n"),
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Nevenwerkzaamheden\n\n§ 1.1. Je meldt nevenwerkzaamheden die de belangen van de dienst kunnen raken bij je leidinggevende.\n@onderwerp nevenwerkzaamheden\n@norm meldplicht\n@melden bij leidinggevende\n"
      ),
      RuleExample(
        "# 1. Nevenwerkzaamheden\n\n§ 1.1. Je verricht geen nevenwerkzaamheden die strijdig zijn met de belangen van de gemeente.\n@onderwerp nevenwerkzaamheden\n@norm verbod\n"
      ),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    // One finding per chapter: the regime is usually spread over a few rules.
    var chapters: Set<Int> = []
    let rules = context.articlesWithTopics
    let starts = context.articleChapterStarts
    return rules.indices.compactMap { k in
      let chapterStart = starts[k]
      guard rules[k].topics.contains("nevenwerkzaamheden"), !chapters.contains(chapterStart) else { return nil }
      let a = rules[k].article
      for s in TextSearch.sentences(TextFolding.fold(a.normativeText)) where TextSearch.containsAny(s, Self.activity) {
        if let p = TextSearch.firstOf(s, Self.blanket), !TextSearch.containsAny(s, Self.qualifiers) {
          chapters.insert(chapterStart)
          return finding(
            context, a,
            LocalizedText(
              nl:
                "regel '\(a.label)' verbiedt alle nevenwerkzaamheden ('\(p)'); de wet verbiedt alleen nevenwerkzaamheden die de functievervulling schaden",
              en:
                "rule '\(a.label)' bans all side activities ('\(p)'); the Act bans only those that harm the performance of duties"
            ))
        }
        if let p = TextSearch.firstOf(s, Self.permission), !TextSearch.containsAny(s, Self.noPermission) {
          chapters.insert(chapterStart)
          return finding(
            context, a,
            LocalizedText(
              nl: "regel '\(a.label)' eist \(p) voor nevenwerkzaamheden; de wet vraagt alleen opgave (art. 8 lid 2 onder a)",
              en:
                "rule '\(a.label)' requires permission ('\(p)') for side activities; the Act only asks for a report (art. 8 lid 2 a)"
            ))
        }
      }
      return nil
    }
  }

  func finding(_ context: LintContext, _ a: Article, _ message: LocalizedText) -> Diagnostic {
    context.finding(
      descriptor, message,
      hint: LocalizedText(
        nl:
          "vraag opgave van nevenwerkzaamheden die de belangen van de dienst kunnen raken, en verbied alleen wat de functievervulling schaadt",
        en: "ask for a report of side activities that may affect the service, and ban only what harms the performance of duties"),
      at: a.headerRange, article: a)
  }
}
