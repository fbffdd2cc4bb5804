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
    title: LocalizedText("lint.scope-excludes-hired-staff.title"),
    summary: LocalizedText("lint.scope-excludes-hired-staff.summary"),
    rationale: LocalizedText("lint.scope-excludes-hired-staff.rationale"),
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
    let names = LocalizedText(each: { language in missing.map { vocab.label($0, language) }.joined(separator: ", ") })
    let range = m.appliesTo.isEmpty ? context.documentRange : m.appliesTo[0].range.union(m.appliesTo[m.appliesTo.count - 1].range)
    return [
      context.finding(
        descriptor,
        m.appliesTo.isEmpty
          ? LocalizedText("lint.scope-excludes-hired-staff.message")
          : LocalizedText("lint.scope-excludes-hired-staff.message.missing-groups", messages: ["groups": names]),
        hint: LocalizedText("lint.scope-excludes-hired-staff.hint"),
        at: range)
    ]
  }
}
