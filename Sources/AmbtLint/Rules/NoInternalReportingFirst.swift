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
  static let wrongdoing = PhraseList(RuleWords.list("NoInternalReportingFirst", "wrongdoing"))
  static let internalWords = PhraseList(RuleWords.list("NoInternalReportingFirst", "internalWords"))
  static let internalRoles = RuleWords.set("NoInternalReportingFirst", "internalRoles")
  static let externalRoles = RuleWords.set("NoInternalReportingFirst", "externalRoles")
  static let externalMentions = PhraseList(RuleWords.list("NoInternalReportingFirst", "externalMentions"))
  static let orderWords = PhraseList(RuleWords.list("NoInternalReportingFirst", "orderWords"))

  public let descriptor = RuleDescriptor(
    id: "internal-reporting-first", family: .conflict,
    title: LocalizedText("lint.internal-reporting-first.title"),
    summary: LocalizedText("lint.internal-reporting-first.summary"),
    rationale: LocalizedText("lint.internal-reporting-first.rationale"),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Wet bescherming klokkenluiders", url: "https://wetten.overheid.nl/BWBR0037852",
      caveat: LocalizedText("lint.internal-reporting-first.caveat")),
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
    func onWrongdoing(_ m: RuleMeaning) -> Bool {
      m.isAbout("melden-van-misstanden") || m.isAbout("melden-van-integriteitsschendingen")
        || m.sentences.contains { $0.mentions(Self.wrongdoing) }
    }
    // Whether any rule of the code on wrongdoing lets one go external directly: then a permission
    // conditioned on a failed internal report is one route among others, not the only one. (Not
    // a rule on something else: "Je mag ook op sociale media …" opens no route.)
    let directSomewhere = context.meanings.contains { onWrongdoing($0) && allowsDirectExternal($0) }
    for m in context.meanings {
      guard onWrongdoing(m), !allowsDirectExternal(m) else { continue }
      var internalBefore = false
      var externalBefore = false
      // A lead-in that permits going external ("… bij een externe instantie melden, indien:").
      var externalLead = false
      for s in m.sentences {
        defer {
          // (Or a question on how one's report went: "… is er niet goed met je melding
          // omgegaan? Pas dan kun je … terecht bij het Huis".)
          internalBefore =
            internalBefore || reportsInternally(s) || s.question && s.mentions(["je melding", "uw melding", "jouw melding"])
          externalBefore = s.mentions(Self.externalMentions)
          if s.text.hasSuffix(":") { externalLead = externalBefore && s.modality == .toestemming && !s.negated }
        }
        guard
          let order = requiresInternalFirst(s) ?? externalOnlyAfter(s, internalBefore: internalBefore)
            ?? externalOnlyOnceHandled(s, externalBefore: externalBefore)
            ?? (directSomewhere
              ? nil : externalOnInternalCondition(s, externalLead: externalLead) ?? externalOnceCompleted(s))
        else { continue }
        let a = m.article
        out.append(
          context.finding(
            descriptor,
            LocalizedText("lint.internal-reporting-first.message", ["label": "\(a.label)", "order": "\(order)"]),
            hint: LocalizedText("lint.internal-reporting-first.hint"),
            at: s.range, article: a, inferred: true))
        break
      }
    }
    return out
  }
}
