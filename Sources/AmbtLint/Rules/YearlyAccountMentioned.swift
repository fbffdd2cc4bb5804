import AmbtModel

/// The code mentions the yearly public account on integrity (art. 4 lid 4).
///
/// The employer must publish a yearly account of how it carries out art. 4 (integrity policy and
/// code). The code need not contain it, but good codes say it happens (for example in the annual
/// report); hence only an info finding.
public struct YearlyAccountMentioned: LintRule {
  public init() {}

  static let yearlyAutomaton = PatternAutomaton(patterns: yearly.map { Array(TextSearch.folded($0).utf8) })
  static let yearly = [
    "jaarlijks", "ieder jaar", "elk jaar", "elke jaar", "per jaar", "jaarverslag", "jaarrapport", "jaarverantwoording",
    "sociaal verslag",
  ]
  static let account = ["verantwoord", "verslag", "rapport", "openbaar", "publiceer", "gepubliceerd"]
  static let subject = [
    "integriteit", "gedragscode", "meldingen", "schendingen",
    // The Act's own provision cited: "op grond van artikel 4, vierde lid, van de Ambtenarenwet".
    "artikel 4, vierde lid", "artikel 4 lid 4", "art. 4 lid 4", "vierde lid van artikel 4",
  ]
  /// Words that point back at the policy or code the rule names: "beleid" as a word of its own
  /// ("dit beleid", "het gevoerde beleid"; not a compound such as "personeelsbeleid"), or at the
  /// rule itself ("over de uitvoering van dit artikel", the Act's own wording).
  static let pointers = [
    " beleid", "deze code", "de code", "daarover", "hierover", "erover", "dit artikel", "dit hoofdstuk", "deze regeling",
  ]

  public let descriptor = RuleDescriptor(
    id: "yearly-account-not-mentioned", family: .review,
    title: LocalizedText("lint.yearly-account-not-mentioned.title"),
    summary: LocalizedText("lint.yearly-account-not-mentioned.summary"),
    rationale: LocalizedText("lint.yearly-account-not-mentioned.rationale"),
    defaultSeverity: .info,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "4", lid: "4", url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=4",
      caveat: LocalizedText("lint.yearly-account-not-mentioned.caveat")),
    triggering: [RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk.\n")],
    nonTriggering: [
      RuleExample(
        "# 1. Verantwoording\n\n§ 1.1. Het college legt jaarlijks in het jaarverslag verantwoording af over het integriteitsbeleid.\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    // Piece by piece (the rules' folded texts are already there), and only the sentences around
    // a "yearly" word, found by an automaton, are read (issue 7).
    let automaton = Self.yearlyAutomaton
    func mentions(_ piece: String) -> Bool {
      automaton.occurring(in: piece) != 0
        && TextSearch.sentences(containingAny: Self.yearly, in: piece).contains { s in
          TextSearch.containsAny(s, Self.account)
            && (TextSearch.containsAny(s, Self.subject)
              // "… een integriteitsbeleid. Het college legt elk jaar verantwoording af over dit
              // beleid": the policy or code named in the same rule.
              || TextSearch.containsAny(s, Self.pointers) && TextSearch.containsAny(piece, Self.subject))
        }
    }
    // A rule's text is made (joined and folded) only when a "yearly" word is in its fold, which
    // the automaton reads as the pieces are folded.
    let mentioned =
      context.articlesWithTopics.contains { rule in
        let parts = rule.article.fullTextParts
        return automaton.occurs(foldingPieces: parts) && mentions(TextFolding.fold(parts.joined(separator: " ")))
      } || context.foldedTextsOutsideRules.contains(where: mentions)
    if mentioned { return [] }
    // The provision of the law on the day linted: until 2019 art. 125quater onder d.
    let ob = context.catalogue.obligations(on: context.today).first { $0.checkedBy == descriptor.id }
    let provision = ob.map { $0.citationText } ?? "Ambtenarenwet 2017, art. 4 lid 4"
    return [
      context.finding(
        descriptor,
        LocalizedText("lint.yearly-account-not-mentioned.message", ["provision": "\(provision)"]),
        hint: LocalizedText("lint.yearly-account-not-mentioned.hint"),
        at: context.documentRange, citation: provision)
    ]
  }
}
