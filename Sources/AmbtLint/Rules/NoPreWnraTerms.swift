import AmbtModel
import AmbtSemantics

/// A code adopted since 1 January 2020 does not speak of the employment in the terms of before.
///
/// Since the Wnra (1 January 2020) civil servants work under an arbeidsovereenkomst: there is no
/// "aanstelling" by a "bevoegd gezag" any more, no rechtspositieregeling, no disciplinary
/// punishments of the old law (law-notes §3, the row on these terms). In a code adopted after
/// that day such words suggest text copied from an older code. Info: the words are not wrong in
/// every sentence ("een vertrouwenspersoon is aangesteld"), so only "aangesteld" said of employees
/// counts, and the finding lists every place once per term.
public struct NoPreWnraTerms: LintRule {
  public init() {}

  static let terms = RuleWords.list("NoPreWnraTerms", "terms")
  static let termPhrases = PhraseList(terms)
  static let appointed = PhraseList(RuleWords.list("NoPreWnraTerms", "appointed"))
  static let employees = PhraseList(RuleWords.list("NoPreWnraTerms", "employees"))
  /// Roles that are appointed in the ordinary sense ("een vertrouwenspersoon is aangesteld").
  static let otherRoles = PhraseList(RuleWords.list("NoPreWnraTerms", "otherRoles"))
  static let wnra = Day(year: 2020, month: 1, day: 1)

  public let descriptor = RuleDescriptor(
    id: "pre-wnra-terms", family: .superseded,
    title: LocalizedText("lint.pre-wnra-terms.title"),
    summary: LocalizedText("lint.pre-wnra-terms.summary"),
    rationale: LocalizedText("lint.pre-wnra-terms.rationale"),
    defaultSeverity: .info,
    citation: Citation(
      law: "Wet normalisering rechtspositie ambtenaren", url: "https://wetten.overheid.nl/BWBR0039355",
      caveat: LocalizedText("lint.pre-wnra-terms.caveat")),
    triggering: [
      RuleExample(
        "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nvastgesteld op: 2022-05-01\n---\n# 1. Algemeen\n\n§ 1.1. Deze code geldt voor ambtenaren die bij de gemeente zijn aangesteld.\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nvastgesteld op: 2015-05-01\n---\n# 1. Algemeen\n\n§ 1.1. Deze code geldt voor ambtenaren die bij de gemeente zijn aangesteld.\n"
      ),
      RuleExample(
        "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\nvastgesteld op: 2022-05-01\n---\n# 1. Algemeen\n\n§ 1.1. Er is een vertrouwenspersoon aangesteld.\n"
      ),
    ])

  static let history = PhraseList([
    "vorige code", "vorige gedragscode", "oude code", "voorheen", "vroeger", "destijds", "toenmalig", "ging nog uit",
    "gingen nog uit", "sinds 1 januari 2020", "tot 1 januari 2020",
  ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    guard let adoption = context.adoption, adoption.day >= Self.wnra else { return [] }
    var places: [String: [SentenceAnalysis]] = [:]
    var order: [String] = []
    let sentences = context.sentencesOutsideRules + context.meanings.filter { !$0.inAnnex }.flatMap(\.allSentences)
    // ("De vorige code ging nog uit van een aanstelling": the term told as history.)
    for s in sentences where !s.mentions(Self.history) {
      var found = s.mentionedPhrases(Self.termPhrases).map { Self.terms[$0] }
      // A term's last word matches as a prefix, so "disciplinaire straf" is also found in
      // "disciplinaire straffen": one finding, under the longer term found.
      found = found.filter { t in !found.contains { $0 != t && $0.hasPrefix(t) } }
      if s.mentions(Self.appointed) && s.mentions(Self.employees) && !s.mentions(Self.otherRoles) {
        found.append("aangesteld")
      }
      for t in found {
        if places[t] == nil { order.append(t) }
        places[t, default: []].append(s)
      }
    }
    return order.compactMap { term in
      guard let all = places[term], let first = all.first else { return nil }
      return context.finding(
        descriptor,
        LocalizedText("lint.pre-wnra-terms.message.term-term-from-before", ["term": "\(term)"]),
        hint: LocalizedText("lint.pre-wnra-terms.hint"),
        at: first.range,
        notes: all.dropFirst().map {
          DiagnosticNote(message: LocalizedText("lint.pre-wnra-terms.message.also-here"), range: $0.range)
        },
        inferred: true)
    }
  }
}
