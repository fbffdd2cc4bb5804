import AmbtModel

/// The code says it applies to hired staff, interns and temporary workers too.
///
/// The Ambtenarenwet 2017 binds ambtenaren (art. 1); people who work for the municipality
/// without an employment contract (inhuurkrachten, uitzendkrachten, stagiairs) are only bound when
/// their contract says so, which is easiest when the code itself names them. Advice, not law.
public struct ScopeIncludesHiredStaff: LintRule {
  public init() {}
  static let expected = ["inhuurkrachten", "uitzendkrachten", "stagiairs"]

  public let descriptor = RuleDescriptor(
    id: "scope-excludes-hired-staff", family: .scope,
    title: LocalizedText(
      nl: "Reikwijdte noemt inhuur, uitzendkrachten of stagiairs niet",
      en: "Scope leaves out hired staff, temporary workers or interns"),
    summary: LocalizedText(
      nl: "'geldt voor' noemt niet alle groepen die voor de gemeente werken zonder ambtenaar te zijn.",
      en: "'geldt voor' does not name every group that works for the municipality without being a civil servant."),
    rationale: LocalizedText(
      nl:
        "De wet bindt ambtenaren (art. 1); inhuurkrachten, uitzendkrachten en stagiairs alleen als hun contract of de code dat zegt. Een advies, geen wettelijke eis.",
      en:
        "The Act binds civil servants (art. 1); hired staff, temporary workers and interns only when their contract or the code says so. Advice, not a legal requirement."
    ),
    defaultSeverity: .info,
    citation: Citation(law: "Ambtenarenwet 2017", article: "1", url: "https://wetten.overheid.nl/jci1.3:c:BWBR0001947&artikel=1"),
    triggering: [RuleExample("---\ntitel: Voorbeeld\norganisatie: Voorbeeld\ngeldt voor: ambtenaren\n---\n"), RuleExample("")],
    nonTriggering: [
      RuleExample(
        "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\ngeldt voor: ambtenaren, stagiairs, uitzendkrachten, inhuurkrachten\n---\n"
      )
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    let m = context.document.metadata
    let groups = Set(m.appliesTo.map(\.value))
    let missing = ScopeIncludesHiredStaff.expected.filter { !groups.contains($0) }
    guard !missing.isEmpty else { return [] }
    let vocab = context.vocabulary.groups
    let nl = missing.map { vocab.label($0, .nl) }.joined(separator: ", ")
    let en = missing.map { vocab.label($0, .en) }.joined(separator: ", ")
    let range = m.appliesTo.isEmpty ? context.documentRange : m.appliesTo[0].range.union(m.appliesTo[m.appliesTo.count - 1].range)
    return [
      context.finding(
        descriptor,
        m.appliesTo.isEmpty
          ? LocalizedText(
            nl: "de code zegt niet voor wie ze geldt ('geldt voor' ontbreekt)",
            en: "the code does not say to whom it applies ('geldt voor' is missing)")
          : LocalizedText(nl: "'geldt voor' noemt niet: \(nl)", en: "'geldt voor' does not include: \(en)"),
        hint: LocalizedText(
          nl: "noem ook wie zonder arbeidsovereenkomst voor de gemeente werkt, of leg vast waarom niet",
          en: "also name those who work for the municipality without an employment contract, or record why not"),
        at: range)
    ]
  }
}
