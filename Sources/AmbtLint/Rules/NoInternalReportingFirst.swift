import AmbtModel
import AmbtSemantics

/// The code does not require reporting suspected wrongdoing internally first.
///
/// Under the Wet bescherming klokkenluiders (in force 18 February 2023) the duty to report
/// internally first was abolished: a reporter may go straight to an external authority or the
/// Huis voor Klokkenluiders. A code that still says one must report internally first likely
/// conflicts with the Act; a rule that also allows going external directly does not. The change is
/// sourced to secondary summaries only (law-notes §2), so the finding is a warning and says so;
/// before 18 February 2023 (the Wet Huis voor klokkenluiders asked for internal reporting first)
/// the rule does not run.
public struct NoInternalReportingFirst: LintRule {
  public init() {}

  /// Words of a suspected wrongdoing; internal and external channels and the order between them.
  static let wrongdoing = RuleWords.list("NoInternalReportingFirst", "wrongdoing")
  static let internalWords = RuleWords.list("NoInternalReportingFirst", "internalWords")
  static let internalRoles = RuleWords.set("NoInternalReportingFirst", "internalRoles")
  static let externalRoles = RuleWords.set("NoInternalReportingFirst", "externalRoles")
  static let externalMentions = RuleWords.list("NoInternalReportingFirst", "externalMentions")
  static let orderWords = RuleWords.list("NoInternalReportingFirst", "orderWords")

  public let descriptor = RuleDescriptor(
    id: "internal-reporting-first", family: .conflict,
    title: LocalizedText(nl: "Eerst intern melden verplicht", en: "Internal reporting required first"),
    summary: LocalizedText(
      nl: "De code eist dat een vermoeden van een misstand eerst intern wordt gemeld.",
      en: "The code requires suspected wrongdoing to be reported internally first."),
    rationale: LocalizedText(
      nl:
        "Sinds de Wet bescherming klokkenluiders (18 februari 2023) mag een melder direct extern melden; de plicht om eerst intern te melden is vervallen.",
      en:
        "Since the Wet bescherming klokkenluiders (18 February 2023) a reporter may report externally straight away; the duty to report internally first was abolished."
    ),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Wet bescherming klokkenluiders", url: "https://wetten.overheid.nl/BWBR0037852",
      caveat: LocalizedText(
        nl:
          "De wettekst van de Wbk is niet ingezien; de afschaffing van 'eerst intern melden' staat alleen in secundaire samenvattingen (Holla, Van Doorne), niet in een artikel dat we hebben gelezen.",
        en:
          "The Wbk's wording was not seen; the abolition of internal-first reporting is taken only from secondary summaries (Holla, Van Doorne), not from an article we have read."
      )),
    triggering: [
      RuleExample(
        "# 1. Misstanden\n\n§ 1.1. Een vermoeden van een misstand meld je eerst intern bij je leidinggevende.\n@onderwerp melden-van-misstanden\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Misstanden\n\n§ 1.1. Een vermoeden van een misstand meld je intern of rechtstreeks bij het Huis voor Klokkenluiders. Je hoeft niet eerst intern te melden.\n@onderwerp melden-van-misstanden\n"
      )
    ], lawInForceFrom: "2023-02-18")

  public func check(_ context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for m in context.meanings {
      let onWrongdoing =
        m.isAbout("melden-van-misstanden") || m.isAbout("melden-van-integriteitsschendingen")
        || m.sentences.contains { $0.mentions(Self.wrongdoing) }
      guard onWrongdoing, !allowsDirectExternal(m) else { continue }
      for s in m.sentences {
        guard let order = requiresInternalFirst(s) else { continue }
        let a = m.article
        out.append(
          context.finding(
            descriptor,
            LocalizedText(
              nl:
                "regel '\(a.label)' eist eerst intern melden ('\(order)'); volgens samenvattingen van de Wet bescherming klokkenluiders mag een melder sinds 18 februari 2023 direct extern melden",
              en:
                "rule '\(a.label)' requires internal reporting first ('\(order)'); according to summaries of the Wet bescherming klokkenluiders a reporter may go external directly since 18 February 2023"
            ),
            hint: LocalizedText(
              nl: "noem intern melden als mogelijkheid, niet als voorwaarde, en verwijs naar de meldregeling",
              en: "present internal reporting as an option, not a condition, and refer to the reporting procedure"),
            at: s.range, article: a, inferred: true))
        break
      }
    }
    return out
  }
}
