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

  public let descriptor = RuleDescriptor(
    id: "financial-interest-duty-beyond-act", family: .conflict,
    title: LocalizedText("lint.financial-interest-duty-beyond-act.title"),
    summary: LocalizedText("lint.financial-interest-duty-beyond-act.summary"),
    rationale: LocalizedText("lint.financial-interest-duty-beyond-act.rationale"),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "8", lid: "2", onderdeel: "b",
      url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=8",
      caveat: LocalizedText("lint.financial-interest-duty-beyond-act.caveat")),
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
      // ("De medewerker die een functie vervult die in de bijlage is opgenomen, meldt …".)
      let limited = m.allSentences.contains {
        $0.mentions(Self.designated) || $0.mentions(["functie"], within: 8, ["bijlage", "aangewezen", "aanwijzing"])
          || $0.mentions(["bijlage"], within: 6, ["functie"])
          // ("Ik heb zo'n functie. Wat moet ik doen?": the functions a rule before named.)
          || $0.mentions(["zo'n", "zulke", "dergelijke", "deze"], within: 1, ["functie", "functies"])
          || $0.mentions(Self.extending) && $0.references.contains { $0.article != nil }
      }
      var before: [String]?
      // (And whether it was conditional: "Heb je een lening bij ons, dan …. Aan de directeur laat je
      // weten dat deze situatie zich voordoet" is a duty in that situation only.)
      var beforeConditional = false
      let a = m.article
      var reported = (duty: false, publishing: false)  // one finding of each kind per rule
      // (And whether the sentence before asked what to do: "… vraagt je als betaald adviseur. Wat doe
      // je? Je meldt het aanbod" answers in the case the text before the question tells; not "Heb je
      // aandelen? Meld ze", which asks it of all who have them.)
      var answering = false
      for s in m.allSentences {
        defer {
          if !s.topics.isEmpty { (before, beforeConditional) = (s.topics, s.conditional) }
          answering = s.question && (s.wordText.hasPrefix(" wat ") || s.wordText.hasPrefix(" hoe "))
        }
        guard !s.negated && !s.question && !s.topics.contains("nevenwerkzaamheden") else { continue }
        // A sentence without topics of its own (a title: "Registratie en openbaarmaking") is
        // about the rule's, unless the rule is also about side activities; after a sentence with
        // topics ("Heb je … een persoonlijk belang? Meld het direct."), about that sentence's.
        let onInterests =
          s.topics.contains("financiele-belangen")
          || s.topics.isEmpty
            && (before.map { $0.contains("financiele-belangen") } ?? !m.topics.contains("nevenwerkzaamheden"))
        // ("Die meldingen gaan naar de ICO": where the reports go, no duty of its own.)
        let duty =
          s.modality == .meldplicht
          || (s.modality == .gebod && s.mentions(Self.reporting))
            && !ReportingDutyHasAddressee.reportNamedBack(s)
        // "Hebt u … een relatie met een bedrijf …, bespreek dit": a duty only in a conflict; so is a
        // personal interest in a matter ("Bij een grondtransactie waarbij hij een persoonlijk belang
        // heeft, meldt hij dat belang"), and a rule on a case ("Situatie: je hebt aandelen in …").
        let inAMatter = s.mentions(Self.personalInterest) && !s.mentions(Self.namedFinancial)
        let conditional =
          s.conditional || s.topics.isEmpty && (beforeConditional || answering)
          || m.sentences.prefix(2).contains(where: Self.statesCase)
        if duty && onInterests && !limited && !conditional && !inAMatter && !reported.duty
          && (s.addressee == nil || s.addressee == "medewerker")
        {
          reported.duty = true
          out.append(
            context.finding(
              descriptor,
              LocalizedText("lint.financial-interest-duty-beyond-act.message.rule-label-makes-all", ["label": "\(a.label)"]),
              hint: LocalizedText("lint.financial-interest-duty-beyond-act.hint.limit-duty-functions-employer"),
              at: s.range, article: a, inferred: true))
        }
        let publishes = s.mentions(Self.publishing) || s.action.map(Self.publishingActions.contains) == true
        // Publishing in a rule also about side activities is theirs unless the sentence names
        // financial interests ("De geregistreerde nevenwerkzaamheden worden openbaar gemaakt").
        let ofSideActivities = m.topics.contains("nevenwerkzaamheden") && !s.topics.contains("financiele-belangen")
        // (Not disclosure in a sentence on secrecy: "de geheimhouding … staat niet in de weg aan
        // openbaarmaking die de wet voorschrijft".)
        let ofInterests = s.topics.contains("financiele-belangen") || !s.topics.contains("geheimhouding")
        if publishes && ofInterests && !ofSideActivities && s.modality != .verbod && !reported.publishing {
          reported.publishing = true
          out.append(
            context.finding(
              descriptor,
              LocalizedText(
                "lint.financial-interest-duty-beyond-act.message.rule-label-publishes-reports", ["label": "\(a.label)"]),
              hint: LocalizedText("lint.financial-interest-duty-beyond-act.hint.register-reports-but-do"),
              at: s.range, article: a, inferred: true))
        }
      }
    }
    return out
  }
}
