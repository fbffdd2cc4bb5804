import AmbtModel
import AmbtParser

/// Every rule has its own number.
///
/// Two rules with the same number make every reference to that number ambiguous (in the code,
/// in decisions and in disciplinary letters). The facts come from the parser's `Validator`, so
/// `ambt check` and `ambt lint` agree. Codes that restart their numbering in every chapter
/// (Maastricht's "De regels") say `nummering: per hoofdstuk`, which makes the keys unique.
public struct NoDuplicateNumbers: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "duplicate-number", family: .consistency,
    title: LocalizedText("lint.duplicate-number.title"),
    summary: LocalizedText("lint.duplicate-number.summary"),
    rationale: LocalizedText("lint.duplicate-number.rationale"),
    defaultSeverity: .error, citation: nil,
    triggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Eerste regel.\n\n§ 1.1. Tweede regel.\n"),
      RuleExample("# Artikel 1 Geschenken\n\n§ 3. Eerste regel.\n\n# Artikel 2 Reizen\n\n§ 3. Tweede regel.\n"),
    ],
    nonTriggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Eerste regel.\n\n§ 1.2. Tweede regel.\n"),
      RuleExample(
        "---\ntitel: V\norganisatie: V\nnummering: per hoofdstuk\n---\n# 1. Geschenken\n\n§ 1. Eerste regel.\n\n# 2. Reizen\n\n§ 1. Eerste regel.\n"
      ),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    context.validatorFindings.filter { $0.id == "duplicate-article-number" }.map { d in
      var f = d
      f.id = descriptor.id
      f.citation = nil
      f.article = context.articles.first { $0.headerRange == d.range }?.label
      return f
    }
  }
}
