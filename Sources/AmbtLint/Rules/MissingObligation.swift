import AmbtModel

/// Every obligation of the Act that a code should cover is covered.
///
/// The catalogue (`obligations.json`, from law-notes.md §6a) lists what art. 4-10 Ambtenarenwet
/// 2017 and the Wet bescherming klokkenluiders ask of employer and employee. A rule covers an
/// obligation by topic (with the norm or words the obligation requires), by `@dekt <id>`, or by
/// referring to a separate regulation (`@regeling`, reported by `obligation-via-regulation`).
public struct MissingObligation: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "missing-obligation", family: .coverage,
    title: LocalizedText("lint.missing-obligation.title"),
    summary: LocalizedText("lint.missing-obligation.summary"),
    rationale: LocalizedText("lint.missing-obligation.rationale"),
    defaultSeverity: .warning,
    citation: Citation(
      law: "Ambtenarenwet 2017", article: "4-10", url: "https://wetten.overheid.nl/BWBR0001947",
      caveat: LocalizedText("lint.missing-obligation.caveat")),
    triggering: [RuleExample("# 1. Geschenken\n\n§ 1.1. Je meldt elk geschenk bij je leidinggevende.\n@onderwerp geschenken\n")],
    nonTriggering: [
      RuleExample(
        "# 1. Alles\n\n§ 1.1. Deze regel dekt alles.\n@dekt AW17-4-1, AW17-4-2, AW17-5-1a, AW17-5-1b, AW17-5-1c, AW17-5-1d\n@dekt AW17-5-1e, AW17-6, AW17-8-1a, AW17-8-2a, AW17-8-1b, AW17-8-1c, AW17-8-1d-2b, AW17-8-1e, AW17-9, AW17-10-1, WBK-2\n"
      )
    ])

  /// The statuses this rule reports (and so asks `newSince` about).
  static func reported(_ status: CoverageEntry.Status) -> Bool {
    status == .missing || status == .partial || status == .annexOnly
  }

  public func check(_ context: LintContext) -> [Diagnostic] {
    // The coverage under the law at adoption, asked only when a gap may be new since then, and
    // only of the obligations such gaps continue (`predecessors`): the others are never read.
    let atAdoption = Memo<[String: CoverageEntry.Status]>()
    let coverage = context.coverage()
    func mayBeNew(_ ob: Obligation) -> Bool {
      guard let from = ob.from, context.changedAfterAdoption(from), context.adoption != nil else { return false }
      return true
    }
    func newSince(_ ob: Obligation) -> String? {
      guard let from = ob.from, context.changedAfterAdoption(from), let adoption = context.adoption else { return nil }
      let then = atAdoption.value {
        var asked: Set<String> = []
        for entry in coverage where entry.obligation.checkedBy == nil && Self.reported(entry.status) && mayBeNew(entry.obligation)
        {
          asked.formUnion(entry.obligation.predecessors ?? [])
        }
        return Dictionary(
          context.coverage(on: adoption.day, of: asked).map { ($0.obligation.id, $0.status) }, uniquingKeysWith: { a, _ in a })
      }
      // A gap that the law at adoption had too (under the article this one continued) is not new.
      return (ob.predecessors ?? []).contains { then[$0] == .missing } ? nil : from.description
    }
    return coverage.compactMap { entry in
      let ob = entry.obligation
      guard ob.checkedBy == nil else { return nil }
      let message: LocalizedText
      switch entry.status {
      case .missing:
        message = LocalizedText(
          "lint.missing-obligation.message.missing", ["obligation": ob.id, "citation": ob.citationText],
          messages: ["title": ob.title])
      case .partial:
        let rules = entry.articles.map { "'\($0.label)'" }.joined(separator: ", ")
        let parts = LocalizedText(each: { language in
          entry.missingParts.map { $0.label.text(language) }.joined(separator: ", ")
        })
        message = LocalizedText(
          "lint.missing-obligation.message.partial", ["obligation": ob.id, "rules": rules, "citation": ob.citationText],
          messages: ["parts": parts])
      case .annexOnly:
        let annexes = entry.annexes.joined(separator: ", ")
        message = LocalizedText(
          "lint.missing-obligation.message.annex-only",
          ["obligation": ob.id, "annexes": annexes, "citation": ob.citationText], messages: ["title": ob.title])
      default: return nil
      }
      // The hint names the obligation's own topic, the first; the others count for it too
      // (family relations for conflicts of interest) but are not what a rule to add is about.
      let topics = LocalizedText(each: { language in
        ob.topics.prefix(1).map { "'\(context.vocabulary.topics.label($0, language))'" }.joined(separator: ", ")
      })
      let unverified = ob.caveat.map { LocalizedText("lint.missing-obligation.hint.note", messages: ["caveat": $0]) }
      var d = context.finding(
        descriptor, message,
        hint: LocalizedText(
          "lint.missing-obligation.hint", ["obligation": ob.id],
          messages: ["topics": topics, "note": unverified ?? LocalizedText("text.empty")]),
        at: context.documentRange, citation: ob.citationText)
      d.lawChangedOn = newSince(ob)
      return d
    }
  }
}
