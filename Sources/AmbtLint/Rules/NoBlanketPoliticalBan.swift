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
  static let protected = RuleWords.list("NoBlanketPoliticalBan", "protected")
  /// Acts of expression, association and assembly (a ban on answering council members is not one).
  static let expressing = RuleWords.set("NoBlanketPoliticalBan", "expressing")
  /// Words that tie a restriction to the function (the functioneringsnorm) or to acting for the
  /// employer.
  static let qualifiers = RuleWords.list("NoBlanketPoliticalBan", "qualifiers")

  public let descriptor = RuleDescriptor(
    id: "blanket-political-ban", family: .conflict,
    title: LocalizedText(
      nl: "Algemeen verbod op politieke uitingen of lidmaatschap", en: "Blanket ban on political expression or membership"),
    summary: LocalizedText(
      nl: "De code verbiedt politieke uitingen, betogen of lidmaatschap zonder de functioneringsnorm van art. 10.",
      en: "The code bans political expression, demonstrating or membership without art. 10's performance standard."),
    rationale: LocalizedText(
      nl:
        "Art. 10 lid 1 beperkt grondrechten alleen waar de goede functievervulling of de goede functionering van de openbare dienst niet in redelijkheid is verzekerd.",
      en:
        "Art. 10 lid 1 restricts fundamental rights only where the proper performance of the function or of the public service is not reasonably assured."
    ),
    defaultSeverity: .error,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "10", lid: "1",
      url: "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2024D06709&id=2024D06709",
      caveat: LocalizedText(
        nl:
          "Lid 1 is geverifieerd via een antwoord op Kamervragen; of lid 2 (lidmaatschap van politieke groeperingen en vakbonden) gelijk luidt aan het oude art. 125a lid 2 is niet geverifieerd.",
        en:
          "Lid 1 is verified through an answer to parliamentary questions; whether lid 2 (membership of political groups and unions) reads like old art. 125a lid 2 is not verified."
      )),
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
      guard
        let s = m.sentences.first(where: { s in
          // A ban, or a duty to keep one's views to oneself.
          let bans =
            s.modality == .verbod
            || s.modality == .gebod && !s.negated
              && s.mentions(["voor zich", "voor je", "voor jezelf", "voor uzelf", "achterwege"])
          guard bans, s.mentions(Self.protected) || onIt && s.topics.contains("meningsuiting") else { return false }
          if official && !s.mentions(["partij", "vakbond", "demonstr", "lidmaatschap", "lid van", "vereniging"]) { return false }
          guard s.action.map({ Self.expressing.contains($0) }) ?? true else { return false }
          // A restriction tied to the function, or bounded by a condition, is the Act's own.
          return !s.conditional && !s.mentions(Self.qualifiers) && !s.text.hasSuffix(":")
        })
      else { continue }
      let a = m.article
      out.append(
        context.finding(
          descriptor,
          LocalizedText(
            nl:
              "regel '\(a.label)' bevat een algemeen verbod ('\(s.text)'); art. 10 lid 1 staat alleen beperkingen toe waar de functievervulling in het geding is",
            en:
              "rule '\(a.label)' contains a blanket ban ('\(s.text)'); art. 10 lid 1 only allows restrictions where the performance of duties is at stake"
          ),
          hint: LocalizedText(
            nl:
              "beperk het verbod tot uitingen waardoor de goede vervulling van de functie of de goede functionering van de openbare dienst niet in redelijkheid is verzekerd",
            en:
              "limit the ban to expressions that do not reasonably assure the proper performance of the function or the public service"
          ),
          at: s.range, article: a, inferred: true))
    }
    return out
  }
}
