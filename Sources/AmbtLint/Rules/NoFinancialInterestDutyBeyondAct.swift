import AmbtModel
import AmbtSemantics

/// The code does not ask every employee to report financial interests, nor publish the reports.
///
/// Art. 8 lid 2 onder b Ambtenarenwet 2017 asks a report of financial interests only of
/// employees in functions designated under art. 5 lid 1 onder d; since 1 January 2020 an employer
/// may set policy but no duties beyond the Act (law-notes §1, wnra.nl). A duty for all employees
/// goes beyond it, and no provision allows publishing such reports (art. 5 lid 1 onder c is
/// about side activities). A rule that limits the duty to designated or vulnerable functions is
/// fine.
public struct NoFinancialInterestDutyBeyondAct: LintRule {
  public init() {}

  /// Words that limit a duty to designated functions.
  static let designated = RuleWords.list("NoFinancialInterestDutyBeyondAct", "designated")
  /// Words of publishing.
  static let publishing = RuleWords.list("NoFinancialInterestDutyBeyondAct", "publishing")
  /// Verbs of publishing, as the analyser lemmatises them ("maakt … openbaar").
  static let publishingActions = Set(RuleWords.list("NoFinancialInterestDutyBeyondAct", "publishingActions"))
  /// Words of reporting something to the employer.
  static let reporting = RuleWords.list("NoFinancialInterestDutyBeyondAct", "reporting")

  public let descriptor = RuleDescriptor(
    id: "financial-interest-duty-beyond-act", family: .conflict,
    title: LocalizedText(
      nl: "Meldplicht financiële belangen verder dan de wet", en: "Financial interests duty beyond the Act"),
    summary: LocalizedText(
      nl: "De code laat alle medewerkers hun financiële belangen melden, of maakt de meldingen openbaar.",
      en: "The code makes all employees report financial interests, or publishes the reports."),
    rationale: LocalizedText(
      nl:
        "Art. 8 lid 2 onder b vraagt alleen aangewezen functies (art. 5 lid 1 onder d) hun financiële belangen te melden. Sinds 1 januari 2020 mag een werkgever geen plichten toevoegen aan de wet, en geen bepaling staat openbaarmaking van zulke meldingen toe.",
      en:
        "Art. 8 lid 2 b asks only designated functions (art. 5 lid 1 d) to report financial interests. Since 1 January 2020 an employer may not add duties to the Act, and no provision allows publishing such reports."
    ),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "2", onderdeel: "b",
      url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=8",
      caveat: LocalizedText(
        nl: "Tekst van art. 8 uit het Wnra-wetsvoorstel; 'geen aanvullende plichten' uit wnra.nl (law-notes §1).",
        en: "Wording of art. 8 from the Wnra bill; 'no additional duties' from wnra.nl (law-notes §1).")),
    triggering: [
      RuleExample("# 1. Belangen\n\n§ 1.1. Je meldt al je financiële belangen bij je leidinggevende.\n"),
      RuleExample(
        "# 1. Belangen\n\n§ 1.1. Als je in een aangewezen functie werkt, meld je je financiële belangen. Deze meldingen worden openbaar gemaakt.\n"
      ),
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Belangen\n\n§ 1.1. Als je in een aangewezen functie werkt, meld je je financiële belangen bij de gemeentesecretaris.\n"
      )
    ], lawInForceFrom: "2020-01-01")

  public func check(_ context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for m in context.meanings where !m.inAnnex && m.isAbout("financiele-belangen") {
      let limited = m.allSentences.contains { $0.mentions(Self.designated) }
      let a = m.article
      var reported = (duty: false, publishing: false)  // one finding of each kind per rule
      for s in m.allSentences where !s.negated && !s.question && !s.topics.contains("nevenwerkzaamheden") {
        let onInterests = s.topics.contains("financiele-belangen") || s.topics.isEmpty
        let duty = s.modality == .meldplicht || (s.modality == .gebod && s.mentions(Self.reporting))
        // "Hebt u … een relatie met een bedrijf …, bespreek dit": a duty only in a conflict.
        if duty && onInterests && !limited && !s.conditional && !reported.duty
          && (s.addressee == nil || s.addressee == "medewerker")
        {
          reported.duty = true
          out.append(
            context.finding(
              descriptor,
              LocalizedText(
                nl:
                  "regel '\(a.label)' laat alle medewerkers hun financiële belangen melden; art. 8 lid 2 onder b vraagt dat alleen van aangewezen functies",
                en:
                  "rule '\(a.label)' makes all employees report their financial interests; art. 8 lid 2 b asks it only of designated functions"
              ),
              hint: LocalizedText(
                nl: "beperk de meldplicht tot de functies die de werkgever aanwijst (art. 5 lid 1 onder d)",
                en: "limit the duty to the functions the employer designates (art. 5 lid 1 d)"),
              at: s.range, article: a, inferred: true))
        }
        let publishes = s.mentions(Self.publishing) || s.action.map(Self.publishingActions.contains) == true
        if publishes && s.modality != .verbod && !reported.publishing {
          reported.publishing = true
          out.append(
            context.finding(
              descriptor,
              LocalizedText(
                nl:
                  "regel '\(a.label)' maakt meldingen van financiële belangen openbaar; daarvoor geeft de Ambtenarenwet 2017 geen grondslag (art. 5 lid 1 onder c gaat over nevenwerkzaamheden)",
                en:
                  "rule '\(a.label)' publishes reports of financial interests; the Ambtenarenwet 2017 gives no basis for that (art. 5 lid 1 c is about side activities)"
              ),
              hint: LocalizedText(
                nl: "registreer de meldingen, maar maak ze niet openbaar", en: "register the reports, but do not publish them"),
              at: s.range, article: a, inferred: true))
        }
      }
    }
    return out
  }
}
