import AmbtModel
import AmbtSemantics

/// A duty to report says to whom.
///
/// A meldplicht without an addressee cannot be complied with: the employee does not know where
/// to go, and the employer cannot show a report was made. The rule looks for `@melden bij` and,
/// failing that, for a role named in the text (`leidinggevende`, `P&O`, …).
public struct ReportingDutyHasAddressee: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "report-without-addressee", family: .consistency,
    title: LocalizedText("lint.report-without-addressee.title"),
    summary: LocalizedText("lint.report-without-addressee.summary"),
    rationale: LocalizedText("lint.report-without-addressee.rationale"),
    defaultSeverity: .warning, citation: nil,
    triggering: [RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk.\n@onderwerp geschenken\n@norm meldplicht\n")],
    nonTriggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk.\n@norm meldplicht\n@melden bij leidinggevende\n"),
      RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@norm meldplicht\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // The rule numbers whose rule (any of them, for a number used twice) names someone to report
    // to: one pass, so a code of many rules is not read once per rule (issue 16: quadratic).
    let namesAddressee = Set(
      context.meanings.filter { !$0.reportTo.isEmpty || $0.sentences.contains(where: Self.lands) }.map(\.article.key))
    // Chapter texts that say to whom ("In dit hoofdstuk betekent 'melden': melden bij je
    // teamleider"), by where they start, for a search per rule.
    let intros = context.sentencesOutsideRules.filter { !$0.reportTo.isEmpty }.map(\.range.start).sorted()
    /// Whether a chapter text before the rule, in its chapter, names a recipient.
    func introNames(_ m: RuleMeaning) -> Bool {
      var lo = 0
      var hi = intros.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if intros[mid] < m.article.range.start { lo = mid + 1 } else { hi = mid }
      }
      return lo > 0 && intros[lo - 1] >= m.chapterStart
    }
    // "melden: het mededelen aan de integriteitscoördinator, tenzij een artikel een ander noemt":
    // a definition of reporting that names a recipient names it for every report of the code.
    if context.meanings.contains(where: { m in m.allSentences.contains(where: Self.definesRecipient) }) { return out }
    // Chapters with a rule that points to a regulation: "Meld intern …" there reports to the
    // channel the regulation names.
    let regulated = Set(
      context.meanings.filter { $0.sentences.contains(where: LintContext.pointsToRegulation) }.map(\.chapterStart))
    for (r, m) in context.meanings.enumerated() where !m.reportToConfirmed {
      // The rule read in place (a rule is a large value to copy), copied only when reported.
      // The rule it refers to may name the addressee ("meld wijzigingen", @zie the application rule).
      // (Only one in a sentence on reporting: "Artikel 5 is van overeenkomstige toepassing op …".)
      let referredKeys =
        m.article.annotations.references.map(\.key)
        + Self.reportingSentences(m.sentences).flatMap { $0.references.compactMap(\.article) }
      if referredKeys.contains(where: namesAddressee.contains) { continue }
      if m.normsConfirmed {
        // Confirmed '@norm meldplicht' and no one named in annotation or text.
        guard m.norms.contains(.meldplicht), m.reportTo.isEmpty else { continue }
        let norm = m.article.annotations.norms.first { $0.value == NormKind.meldplicht.rawValue }
        out.append(finding(context, m.article, at: norm?.range ?? m.article.headerRange, inferred: false))
        continue
      }
      // A duty to report, or to ask consent, read from the text, with no recipient in the rule.
      // (A recipient named in the rule counts when it is named for the same topic: a lid on
      // contracts that names who consents does not say to whom financial interests go.)
      guard m.article.annotations.reportTo.isEmpty, !introNames(m) else { continue }
      let naming = m.allSentences.filter {
        !$0.reportTo.isEmpty || !$0.consentBy.isEmpty || Self.routeAfter($0) || Self.answersWhom($0)
      }
      guard
        let s = m.sentences.first(where: { s in
          !s.question
            && (Self.imposesReport(s)
              || Self.reportRequired(s) && !m.allSentences.contains(where: LintContext.namesRegulation))
            && s.reportTo.isEmpty
            && s.consentBy.isEmpty
            // "Voor het melden geldt de Regeling …": the regulation says to whom (in all the rule).
            && !m.sentences.contains(where: LintContext.pointsToRegulation)
            && !(regulated.contains(m.chapterStart) && s.mentions(Self.internally))
            // A duty of another role ("HRM legt gemeld nevenwerk vast") is that role's process;
            // so is one of whoever receives a report ("Degene die een melding ontvangt, …").
            && (s.addressee == nil || s.addressee == "medewerker") && !s.mentions(Self.receiver)
            && !(s.action.map(Self.rosterActions.contains) ?? false) && !Self.toReader(s) && !Self.noReportOfTheReader(s)
            && !Self.namedJustBefore(s, context.meanings, r) && !Self.pronounBack(s, in: m) && !Self.saidElsewhere(s, context)
            && !naming.contains { o in
              (!o.reportTo.isEmpty || Self.routeAfter(o)) && Self.sameParagraph(context.source, o.range, s.range)
            }
            && (Self.toOrganisation(s) && s.modality == .meldplicht
              || !naming.contains { o in
                o.topics.isEmpty || s.topics.isEmpty || s.topics.first.map(o.topics.contains) == true || Self.wholeRule(o)
                  // ("… geeft u op aan uw leidinggevende. … Twijfelt u, dan geeft u ze wel op.": the
                  // same act of reporting in the same rule goes to the one named.)
                  || o.action != nil && o.action == s.action || Self.sameDeclaration(o, s)
                  || Self.pointsBack(from: s, to: o)
                  || Self.reportNamedBack(o) || Self.answersWhom(o) || Self.lands(o)
                  || !o.reportTo.isEmpty && Self.presupposes(s) && Self.onTopicOf(s, o)
                // (A consent asked for something else in the paragraph names no recipient.)
              })
        })
      else { continue }
      out.append(finding(context, m.article, at: s.range, inferred: true))
    }
    return out
  }

  static let consent = PhraseList(["toestemming", "goedkeuring", "akkoord", "instemming"])
  static let without = PhraseList(["zonder"])
  static let internally = PhraseList(["intern"])

  func finding(_ context: LintContext, _ a: Article, at range: SourceRange, inferred: Bool) -> Diagnostic {
    context.finding(
      descriptor,
      LocalizedText("lint.report-without-addressee.message", ["label": "\(a.label)"]),
      hint: LocalizedText("lint.report-without-addressee.hint"),
      at: range, article: a, inferred: inferred)
  }
}
