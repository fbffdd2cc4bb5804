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
  static let qualifiers = PhraseList(RuleWords.list("NoSideActivityRegimeBeyondAct", "qualifiers"))
  static let without = PhraseList(["zonder"])
  static let onlyAfter = PhraseList(["alleen", "uitsluitend", "slechts", "pas", "na"])
  static let consentWords = PhraseList(RuleWords.list("NoSideActivityRegimeBeyondAct", "consentWords"))
  /// Doing side activities, as opposed to using something for them; and the verb of a lexical
  /// ban ("zijn … uitgesloten", "verboden"), the action of a sentence that has no other.
  static let doing = RuleWords.set("NoSideActivityRegimeBeyondAct", "doing")
  static let reportNouns = PhraseList(["opgave", "melding"])  // "doen de opgave niet bij …": a report

  public let descriptor = RuleDescriptor(
    id: "side-activities-beyond-act", family: .conflict,
    title: LocalizedText("lint.side-activities-beyond-act.title"),
    summary: LocalizedText("lint.side-activities-beyond-act.summary"),
    rationale: LocalizedText("lint.side-activities-beyond-act.rationale"),
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
      // (A sentence without topics that points back, "Ook informeel bemoei je je er niet mee", is
      // about what the sentence before named: side activities only if that one was.)
      for (k, s) in m.sentences.enumerated()
      where s.topics.contains("nevenwerkzaamheden") || ruleOnIt && s.topics.isEmpty && !Self.pointsElsewhere(m, k) {
        let a = m.article
        // A ban on every side activity: a prohibition without the Act's qualification (a lead-in
        // ending in a colon is qualified by its list).
        // ("…, tenzij daardoor …; zulke nevenwerkzaamheden zijn niet toegestaan": `zulke` bans
        // the ones the sentence before qualified.)
        let referring = Self.refersBack(m, k)
        // (Or a second main clause that bans: "Het is belangrijk dat …, en daarom neem je geen …
        // aan".)
        // (Not one after a permission it makes an exception to: "Weliswaar mag je veel naast je
        // werk doen, maar … advies over belastingen is niet toegestaan".)
        let excepted =
          s.modality == .toestemming && !s.negated && s.action.map(Self.doing.contains) == true && Self.permitsSideWork(s)
        let coordinateBan =
          !excepted
          && s.norms.contains { n in
            n.role == .coordinate && n.modality == .verbod && n.action.map { Self.doing.contains($0) } == true
          }
        if (s.modality == .verbod && s.action.map({ Self.doing.contains($0) }) ?? true || coordinateBan)
          && (!s.qualified || Self.widened(s) || Self.allOthers(s) || Self.exceptsKinds(s))
          && !Self.namesQualifier(s, groundBefore: coordinateBan && s.modality != .verbod)
          && !s.mentions(Self.consentWords) && (!s.text.hasSuffix(":") || Self.including(s)) && !referring
          && !s.mentions(Self.notAll) && !Self.noBanOfTheReader(s)
          // ("…; zolang je het niet hebt gemeld, begin je er niet aan": a ban until a report; "…; die
          // onverenigbaarheid volgt uit artikel 13 van de Provinciewet": the statute's own.)
          && !Self.untilConsent(s) && !WhyAndHowFar.restatesLaw(s) && !Self.boundedAfter(m, k)
        {
          chapters.insert(m.chapterStart)
          out.append(
            finding(
              context, a, s,
              LocalizedText("lint.side-activities-beyond-act.message.rule-label-bans-all", ["label": "\(a.label)"])))
          break
        }
        // A permission regime: consent required (asked, or a ban without it).
        let asksConsent =
          Self.namesConsent(s)
          // (A duty of the employee's: "maken we … openbaar" naming "de teamleiders Vergunningen"
          // is the employer's work, not a request for consent.)
          && ((s.modality == .meldplicht || s.modality == .gebod) && !s.negated
            && (s.addressee == nil || s.addressee == "medewerker")
            // ("Met de melding ben je klaar: je hoeft niet op toestemming te wachten.")
            && !s.norms.contains(where: { $0.modality == .toestemming && $0.negated })
            || s.modality == .verbod && (s.mentions(Self.without) || Self.untilConsent(s) || Self.unlessConsent(s))
            || s.modality == .toestemming && !s.negated && s.mentions(Self.onlyAfter))
        // Consent for work on the municipality's own contracts and supplies is the Act's (art. 8
        // lid 1 b): "Mag ik werk doen voor een bedrijf dat aan de gemeente levert? Alleen als …".
        if asksConsent && !Self.onContracts(m, k) {
          chapters.insert(m.chapterStart)
          out.append(
            finding(
              context, a, s,
              LocalizedText("lint.side-activities-beyond-act.message.rule-label-requires-permission", ["label": "\(a.label)"]))
          )
          break
        }
      }
    }
    return out
  }
}
