import AmbtModel
import AmbtSemantics

/// Confidentiality is not limited to the period of employment.
///
/// Art. 9 Ambtenarenwet 2017: "De ambtenaar en de gewezen ambtenaar zijn verplicht tot
/// geheimhouding …" The duty continues after employment ends; a code that limits it to
/// "tijdens het dienstverband" without saying it continues afterwards misstates the law.
public struct SecrecyContinuesAfterEmployment: LintRule {
  public init() {}

  /// Words of confidentiality: a sentence with one of them, or on the topic, is about secrecy.
  static let secrecyWords = PhraseList(RuleWords.list("SecrecyContinuesAfterEmployment", "secrecyWords"))
  /// Objects of access codes, not of the duty of confidentiality.
  static let accessCodes = PhraseList(RuleWords.list("SecrecyContinuesAfterEmployment", "accessCodes"))

  public let descriptor = RuleDescriptor(
    id: "secrecy-limited-to-employment", family: .conflict,
    title: LocalizedText("lint.secrecy-limited-to-employment.title"),
    summary: LocalizedText("lint.secrecy-limited-to-employment.summary"),
    rationale: LocalizedText("lint.secrecy-limited-to-employment.rationale"),
    defaultSeverity: .error,
    citation: Citation(law: "Ambtenarenwet 2017", article: "9", url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=9"),
    triggering: [
      RuleExample(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband houd je vertrouwelijke informatie geheim.\n@onderwerp geheimhouding\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband en ook na het einde daarvan houd je vertrouwelijke informatie geheim.\n@onderwerp geheimhouding\n"
      ),
      RuleExample(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband gebruik je de bedrijfsmiddelen zorgvuldig.\n@onderwerp bedrijfsmiddelen\n"
      ),
    ])

  /// Verbs of what becomes of records: a sentence on them binds no one to secrecy.
  static let recordHandling = RuleWords.set("SecrecyContinuesAfterEmployment", "recordHandling")

  public func check(_ context: LintContext) -> [Diagnostic] {
    func onSecrecy(_ s: SentenceAnalysis) -> Bool {
      // ("Zwijg tot en met uw laatste werkdag over alles wat …": to keep silent, not negated.)
      (s.topics.contains("geheimhouding") || s.mentions(Self.secrecyWords) || s.action == "zwijgen" && !s.negated)
        && !s.mentions(Self.accessCodes)
    }
    /// The first sentence of `list` with `test` that is on secrecy, by its own words or as the
    /// anaphor of a sentence on secrecy just before it. (The cheap test first: each is pure.)
    func first(_ list: [SentenceAnalysis], _ test: (SentenceAnalysis) -> Bool) -> SentenceAnalysis? {
      // Whether a sentence before `scanned` is on secrecy, extended only as far as asked (each
      // sentence is looked at once: linear in the rule).
      var secrecyBefore = false
      var scanned = 0
      for k in list.indices where test(list[k]) {
        if onSecrecy(list[k]) { return list[k] }
        // "De verplichtingen bedoeld in het eerste en tweede lid gelden …": a lid of the same rule;
        // "Deze plicht geldt zolang …": a pronoun that points back to any sentence before it.
        if Self.opensWithAnaphor(list[k]) || list[k].references.contains(where: { $0.article == nil }) {
          while !secrecyBefore && scanned < k {
            secrecyBefore = onSecrecy(list[scanned])
            scanned += 1
          }
          if secrecyBefore { return list[k] }
        }
      }
      return nil
    }
    // A sentence anywhere in the code that lets the duty continue (or binds former employees)
    // keeps a limited sentence from being the code's last word.
    // A question does not ("Moet ik na mijn vertrek nog zwijgen?"), nor does "no duty after it".
    // Nor does what becomes of records ("De meldingen worden vertrouwelijk geregistreerd en na
    // beëindiging van het dienstverband vernietigd").
    func continues(_ s: SentenceAnalysis) -> Bool {
      (s.temporal == .na || s.temporal == .tijdensEnNa) && !s.question && !Self.noDutyAfter(s)
        && !(s.action.map(Self.recordHandling.contains) ?? false) && !(s.action == "bewaren" && s.addressee == "werkgever")
    }
    if context.meanings.contains(where: { first($0.allSentences, continues) != nil })
      || first(context.sentencesOutsideRules, continues) != nil
    {
      return []
    }
    var out: [Diagnostic] = []
    for m in context.meanings {
      guard
        let s = first(
          m.sentences,
          { s in
            s.temporal == .tijdens && (s.modality != .geen || Self.timeLabelled(s)) && s.modality != .toestemming
              || Self.noDutyAfter(s)
          }
        )
      else { continue }
      let a = m.article
      out.append(
        context.finding(
          descriptor,
          LocalizedText("lint.secrecy-limited-to-employment.message", ["label": "\(a.label)", "text": "\(s.text)"]),
          hint: LocalizedText("lint.secrecy-limited-to-employment.hint"),
          at: s.range, article: a, inferred: true))
    }
    return out
  }

  /// "Moet ik na mijn vertrek nog zwijgen? Nee.", "na je vertrek hoef je niets meer geheim te
  /// houden": no duty after the employment.
  static func noDutyAfter(_ s: SentenceAnalysis) -> Bool {
    // ("Na het einde van je dienstverband ben je niet meer aan deze geheimhouding gebonden".)
    s.temporal == .na && s.negated && (s.modality == .toestemming || ["binden", "gelden"].contains(s.action ?? ""))
      // ("Met het einde van je dienstverband komt ook een einde aan deze plicht.")
      // (Not one that remains: "Zodra je dienstverband eindigt, blijft deze plicht bestaan".)
      || !s.negated && s.mentions(ending, within: 4, duties) && s.mentions(employmentEnds) && !s.mentions(remaining)
      || lapsesWithEmployment(s)
  }
}
