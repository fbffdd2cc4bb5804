import AmbtModel
import AmbtSemantics

/// The code does not ban all side activities, nor require permission where the Act asks a report.
///
/// Art. 8 lid 1 onder a forbids only side activities that endanger the proper performance of the
/// function or the public service; art. 8 lid 2 onder a asks the employee to *report* (opgave)
/// current and intended ones. Since the Wnra the employer may not add duties of its own
/// ("In uw beleid mogen geen aanvullende rechten en plichten staan"), so a blanket ban or a
/// permission regime goes beyond the Act.
public struct NoSideActivityRegimeBeyondAct: LintRule {
  public init() {}

  /// Words that limit a ban to harmful side activities (the Act's own test).
  static let qualifiers = RuleWords.list("NoSideActivityRegimeBeyondAct", "qualifiers")
  static let consentWords = RuleWords.list("NoSideActivityRegimeBeyondAct", "consentWords")
  /// Doing side activities, as opposed to using something for them.
  static let doing = RuleWords.set("NoSideActivityRegimeBeyondAct", "doing")

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
      url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=8"),
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
    var out: [Diagnostic] = []
    for m in context.meanings {
      guard !chapters.contains(m.chapterStart) else { continue }
      let ruleOnIt = m.isAbout("nevenwerkzaamheden")
      for s in m.sentences where s.topics.contains("nevenwerkzaamheden") || ruleOnIt && s.topics.isEmpty {
        let a = m.article
        // A ban on every side activity: a prohibition without the Act's qualification.
        // (A lead-in ending in a colon is qualified by its list.)
        if s.modality == .verbod && !s.qualified && !s.mentions(Self.qualifiers) && !s.mentions(Self.consentWords)
          && s.action.map({ Self.doing.contains($0) }) ?? true && !s.text.hasSuffix(":")
        {
          chapters.insert(m.chapterStart)
          out.append(
            finding(
              context, a, s,
              LocalizedText(
                nl:
                  "regel '\(a.label)' verbiedt alle nevenwerkzaamheden; de wet verbiedt alleen nevenwerkzaamheden die de functievervulling schaden",
                en: "rule '\(a.label)' bans all side activities; the Act bans only those that harm the performance of duties")))
          break
        }
        // A permission regime: consent required (asked, or a ban without it).
        let asksConsent =
          s.mentions(Self.consentWords)
          && ((s.modality == .meldplicht || s.modality == .gebod) && !s.negated
            || s.modality == .verbod && s.mentions(["zonder"])
            || s.modality == .toestemming && !s.negated && s.mentions(["alleen", "uitsluitend", "pas", "na"]))
        if asksConsent {
          chapters.insert(m.chapterStart)
          out.append(
            finding(
              context, a, s,
              LocalizedText(
                nl:
                  "regel '\(a.label)' eist toestemming voor nevenwerkzaamheden; de wet vraagt alleen opgave (art. 8 lid 2 onder a)",
                en: "rule '\(a.label)' requires permission for side activities; the Act only asks for a report (art. 8 lid 2 a)"))
          )
          break
        }
      }
    }
    return out
  }

  func finding(_ context: LintContext, _ a: Article, _ s: SentenceAnalysis, _ message: LocalizedText) -> Diagnostic {
    context.finding(
      descriptor, message,
      hint: LocalizedText(
        nl:
          "vraag opgave van nevenwerkzaamheden die de belangen van de dienst kunnen raken, en verbied alleen wat de functievervulling schaadt",
        en: "ask for a report of side activities that may affect the service, and ban only what harms the performance of duties"),
      at: s.range, article: a, inferred: true)
  }
}
