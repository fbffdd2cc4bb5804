import AmbtModel
import AmbtSemantics

/// A rule's amounts and periods in its annotations are the ones its text states.
///
/// `@drempel € 50` on a rule whose text (or explanation) says € 75 tells the linter, the differ
/// and compare something the published code does not say; usually one of the two was changed
/// and the other forgotten. Values are compared as numbers, so `€ 50,-`, `50 euro` and
/// `vijftig euro` agree with `€ 50`, and `24 maanden` with `2 jaar`. A text that names no value
/// of the kind is no disagreement.
public struct TextAgreesWithAnnotation: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "text-annotation-disagree", family: .consistency,
    title: LocalizedText("lint.text-annotation-disagree.title"),
    summary: LocalizedText("lint.text-annotation-disagree.summary"),
    rationale: LocalizedText("lint.text-annotation-disagree.rationale"),
    defaultSeverity: .warning, citation: nil,
    triggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Geschenken boven € 75 neem je niet aan.\n@drempel € 50\n"),
      RuleExample("# 1. Draaideur\n\n§ 1.1. Gedurende een jaar na vertrek werk je niet voor leveranciers.\n@termijn 2 jaar\n"),
    ],
    nonTriggering: [
      RuleExample("# 1. Geschenken\n\n§ 1.1. Geschenken boven vijftig euro neem je niet aan.\n@drempel € 50\n"),
      RuleExample("# 1. Draaideur\n\n§ 1.1. Gedurende 24 maanden na vertrek werk je niet voor leveranciers.\n@termijn 2 jaar\n"),
    ])

  public func check(_ context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for m in context.meanings where !m.article.annotations.quantities.isEmpty {
      let a = m.article
      let sentences = m.allSentences
      let amounts = sentences.flatMap(\.amounts)
      let periods = sentences.flatMap(\.periods)
      for q in a.annotations.quantities {
        if q.unit == .euro {
          guard !amounts.isEmpty, !amounts.contains(where: { Self.same($0.value, q.amount) }) else { continue }
          let written = amounts.map { "'\($0.written)'" }.joined(separator: ", ")
          out.append(finding(context, a, q, written: written, at: amounts[0].range))
        } else if let days = q.unit.days {
          // Periods of the same nature: a deadline against deadlines, a duration against the rest.
          let relevant = periods.filter { p in q.kind == .binnen ? p.kind == .binnen : p.kind == .termijn }
          guard !relevant.isEmpty, !relevant.contains(where: { Self.same($0.days, q.amount * days, tolerance: 0.04) }) else {
            continue
          }
          let written = relevant.map { "'\($0.written)'" }.joined(separator: ", ")
          out.append(finding(context, a, q, written: written, at: relevant[0].range))
        }
      }
    }
    return out
  }

  static func same(_ a: Double, _ b: Double, tolerance: Double = 0.001) -> Bool {
    abs(a - b) <= max(tolerance * max(abs(a), abs(b)), 0.001)
  }

  func finding(_ context: LintContext, _ a: Article, _ q: Quantity, written: String, at range: SourceRange) -> Diagnostic {
    context.finding(
      descriptor,
      LocalizedText(
        "lint.text-annotation-disagree.message.rule-label-kind-q",
        ["label": "\(a.label)", "kind": "\(q.kind.rawValue)", "q": "\(q.text)", "written": "\(written)"]),
      hint: LocalizedText("lint.text-annotation-disagree.hint"),
      at: range, article: a,
      notes: [DiagnosticNote(message: LocalizedText("lint.text-annotation-disagree.message.annotation-here"), range: q.range)],
      inferred: true)
  }
}
