import AmbtModel
import AmbtSemantics

/// The code does not ban political expression or membership outright.
///
/// Art. 10 lid 1 Ambtenarenwet 2017 restricts expressing opinions and the rights of association,
/// assembly and demonstration only where the proper performance of the function or of the public
/// service is not reasonably assured (the *functioneringsnorm*). A blanket ban on political
/// statements, on demonstrating, or on political or union membership goes beyond that.
public struct NoBlanketPoliticalBan: LintRule {
  public init() {}

  /// What art. 10 protects: expressing opinions, association, assembly and demonstration.
  /// (Treating people otherwise "vanwege" a ground names the grounds of discrimination.)
  static let discriminating = PhraseList([
    "onderscheid", "discrimin", "anders behandeld vanwege", "anders behandelen vanwege", "anders behandelt vanwege",
  ])
  static let withholding = PhraseList(["voor zich", "voor je", "voor jezelf", "voor uzelf", "achterwege"])
  static let organised = PhraseList(["partij", "vakbond", "demonstr", "lidmaatschap", "lid van", "vereniging"])
  static let protected = PhraseList(RuleWords.list("NoBlanketPoliticalBan", "protected"))
  /// Acts of expression, association and assembly (a ban on answering council members is not one).
  static let expressing = RuleWords.set("NoBlanketPoliticalBan", "expressing")
  /// Words that tie a restriction to the function (the functioneringsnorm) or to acting for the
  /// employer.
  static let qualifiers = PhraseList(RuleWords.list("NoBlanketPoliticalBan", "qualifiers"))

  public let descriptor = RuleDescriptor(
    id: "blanket-political-ban", family: .conflict,
    title: LocalizedText("lint.blanket-political-ban.title"),
    summary: LocalizedText("lint.blanket-political-ban.summary"),
    rationale: LocalizedText("lint.blanket-political-ban.rationale"),
    defaultSeverity: .error,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "10", lid: "1",
      url: "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2024D06709&id=2024D06709",
      caveat: LocalizedText("lint.blanket-political-ban.caveat")),
    triggering: [
      RuleExample("# 1. Meningsuiting\n\n§ 1.1. Je bent geen lid van een politieke partij.\n@onderwerp meningsuiting\n")
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Meningsuiting\n\n§ 1.1. Je onthoudt je van politieke uitlatingen als daardoor de goede vervulling van je functie niet is verzekerd.\n@onderwerp meningsuiting\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for m in context.meanings {
      let onIt = m.isAbout("meningsuiting")
      // A rule on official contacts with council members restricts what one says for the
      // municipality, not one's own political expression.
      let official = m.topics.contains("contact-met-raadsleden") && !m.topics.contains("meningsuiting")
      let sideActivities = m.isAbout("nevenwerkzaamheden") && !onIt
      guard
        let s = m.sentences.first(where: { s in
          // A ban, or a duty to keep one's views to oneself; or a banned act of expression in
          // a coordinated predicate ("zij worden geen lid …, zetten hun naam niet onder petities
          // en lopen niet mee in betogingen").
          // (Only in a sentence on expression: "… meld je dat en neem je niet deel aan de
          // besluitvorming" is about a conflict of interest.)
          let coordinated =
            s.topics.contains("meningsuiting")
            && s.norms.contains { n in
              n.role == .coordinate && n.modality == .verbod && n.action.map { Self.expressing.contains($0) } ?? false
            }
          // ("… verdragen zich niet met het werken voor de gemeente en laten we daarom
          // achterwege": refraining, in a coordinated clause.)
          // ("… beëindigt hij dat lidmaatschap": a duty to end a membership bans it.)
          let ended = Self.endsMembership(s)
          let bans =
            s.modality == .verbod || coordinated || ended
            || (s.modality == .gebod && !s.negated || s.norms.contains { $0.role == .coordinate })
              && s.mentions(Self.withholding)
          guard bans, s.mentions(Self.protected) || onIt && s.topics.contains("meningsuiting") else { return false }
          if official && !s.mentions(Self.organised) { return false }
          // "Het maken van onderscheid op grond van … politieke gezindheid": discrimination, with
          // political views among its grounds, restricts no one's expression.
          if s.mentions(Self.discriminating) { return false }
          // ("Het bepaalde in lid 1 is niet van toepassing op het lidmaatschap van een politieke
          // partij": an exemption from a restriction frees what it names.)
          if s.mentions(GiftRequiresConsent.exempting) { return false }
          // A side-activity rule's ban on offices in associations, and a statute restated.
          if sideActivities && !s.mentions(Self.political) || WhyAndHowFar.restatesLaw(s) || WhyAndHowFar.lawAfter(s, in: m) {
            return false
          }
          // ("Politieke voorkeuren houden onze medewerkers voor zich": keeping them is the act.)
          // (Nor "onthoudt zich van het uitdragen van politieke opvattingen": abstaining from it.)
          let withheld =
            s.action == "houden" && s.mentions(Self.withholding)
            || (s.action == "onthouden" || s.action == "afzien") && s.mentions(Self.protected)
          // ("het lidmaatschap van een politieke partij is voor jou niet weggelegd": a predicate
          // that denies what its subject names.)
          // (Whatever verb the subject's infinitives give: "Lid zijn van een politieke partij, of op
          // een kieslijst staan, hoort niet bij een functie bij de gemeente".)
          let denied =
            (s.action.map { Self.denying.contains($0) } == true || s.negated && s.mentions(Self.denyingWords))
            && s.mentions(Self.political)
          guard s.action.map({ Self.expressing.contains($0) }) ?? true || coordinated || withheld || denied || ended else {
            return false
          }
          // A restriction tied to the function, or bounded by a condition, is the Act's own.
          // (Not a condition that only names the membership to end: "Indien de medewerker lid is
          // van een partij …, beëindigt hij dat lidmaatschap".)
          return !(ended ? s.mentions(Self.functionTied) : Self.bounded(s)) && !s.text.hasSuffix(":")
        })
      else { continue }
      let a = m.article
      out.append(
        context.finding(
          descriptor,
          LocalizedText("lint.blanket-political-ban.message", ["label": "\(a.label)", "text": "\(s.text)"]),
          hint: LocalizedText("lint.blanket-political-ban.hint"),
          at: s.range, article: a, inferred: true))
    }
    return out
  }
}
