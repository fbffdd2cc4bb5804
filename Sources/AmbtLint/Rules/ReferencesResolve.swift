import AmbtModel
import AmbtParser
import AmbtSemantics
import Foundation

/// Every reference (`@zie`, `@uitzondering op`, and `zie artikel 9.4`, `als bedoeld in
/// artikel 12` in the running text) points at a rule, lid or onderdeel that exists.
///
/// A broken reference usually means a renumbering that was not carried through. The facts come
/// from the parser's `Validator` (ids `unresolved-reference` and `self-exception`), so a lid or
/// onderdeel that does not exist (`@zie 4.3 lid 5`) is caught as well as a missing rule, and a
/// rule that is an exception to itself.
public struct ReferencesResolve: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "broken-reference", family: .consistency,
    title: LocalizedText("lint.broken-reference.title"),
    summary: LocalizedText("lint.broken-reference.summary"),
    rationale: LocalizedText("lint.broken-reference.rationale"),
    defaultSeverity: .error, citation: nil,
    triggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Zie ook regel 9.\n@zie 9.9\n"),
      RuleExample("# 1. Geschenken\n\n§ 1.1. Eerste regel.\n\n§ 1.2. Uitzondering.\n@uitzondering op 1.1 lid 2\n"),
    ],
    nonTriggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Eerste regel.\n\n§ 1.2. Zie 1.1.\n@zie 1.1\n"),
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Regel.\n1. Eerste lid.\n2. Tweede lid.\n\n§ 1.2. Uitzondering.\n@uitzondering op 1.1 lid 2\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    var out = context.validatorFindings.filter { $0.id == "unresolved-reference" || $0.id == "self-exception" }.map { d in
      var f = d
      f.id = descriptor.id
      f.citation = nil
      return f
    }
    out += runningTextFindings(context, annotated: Set(out.map(\.range.start)))
    return out
  }
}
