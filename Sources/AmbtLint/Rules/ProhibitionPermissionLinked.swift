import AmbtModel
import AmbtSemantics

/// A permission on a topic that is also prohibited says which prohibition it is an exception to.
///
/// "Je neemt geen geschenken aan" next to "je mag geschenken tot € 50 houden" is a contradiction
/// unless the second says it is an exception to the first (`@uitzondering op`). A rule that is
/// itself both verbod and toestemming ("niet, tenzij") is consistent on its own.
public struct ProhibitionPermissionLinked: LintRule {
  public init() {}

  public let descriptor = RuleDescriptor(
    id: "prohibition-permission-unlinked", family: .consistency,
    title: LocalizedText("lint.prohibition-permission-unlinked.title"),
    summary: LocalizedText("lint.prohibition-permission-unlinked.summary"),
    rationale: LocalizedText("lint.prohibition-permission-unlinked.rationale"),
    defaultSeverity: .warning, citation: nil,
    triggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Je neemt geen geschenken aan.\n@onderwerp geschenken\n@norm verbod\n\n§ 1.2. Je mag een bos bloemen aannemen.\n@onderwerp geschenken\n@norm toestemming\n"
      )
    ],
    nonTriggering: [
      RuleExample(
        "# 1. Geschenken\n\n§ 1.1. Je neemt geen geschenken aan.\n@onderwerp geschenken\n@norm verbod\n\n§ 1.2. Je mag een bos bloemen aannemen.\n@onderwerp geschenken\n@norm toestemming\n@uitzondering op 1.1\n"
      )
    ])

  /// Words by which a rule says it is an exception to another.
  static let linkWords = PhraseList(RuleWords.list("ProhibitionPermissionLinked", "linkWords"))

  public func check(_ context: LintContext) -> [Diagnostic] {
    let meanings = context.meanings
    // A permission that is a procedure (ask, report, someone decides) is not a contradiction.
    func isProcedure(_ m: RuleMeaning) -> Bool {
      m.norms.contains(.meldplicht) || m.norms.contains(.bevoegdheid) || !m.reportTo.isEmpty
    }
    func permissions(_ m: RuleMeaning) -> [SentenceAnalysis] {
      m.sentences.filter { $0.modality == .toestemming && !$0.negated }
    }
    // A ban on doing something unreported ("geen nevenwerk zonder dat je het meldt") or without
    // consent is a procedure.
    // As the other side of a pair, a ban that a relative or condition clause narrows to what
    // harms the function ("Je onthoudt je alleen van uitingen waardoor de vervulling van je
    // functie …") states the limit of a freedom, not its contradiction (`narrowed` false); in the
    // permitting rule itself any ban makes it "niet, tenzij".
    func bans(_ m: RuleMeaning, narrowed: Bool = true) -> [SentenceAnalysis] {
      m.sentences.filter { s in
        s.modality == .verbod && (narrowed || !((s.qualified || s.mentions(Self.obstructing)) && s.mentions(Self.harmWords)))
          && !s.norms.contains { $0.role == .condition && $0.modality == .meldplicht && !$0.negated }
          // ("… neem je alleen aan als je leidinggevende toestemming heeft gegeven": lifted by consent.)
          && s.consentBy.isEmpty
      }
    }
    // The prohibiting rules by chapter and topic, found once: a look-up per permission and
    // topic, not a scan of every rule (linear in the size of the code).
    var banIndex: [String: [RuleMeaning]] = [:]
    for b in meanings
    where b.normsConfirmed
      ? b.norms.contains(.verbod) && !b.norms.contains(.toestemming)
      : !bans(b, narrowed: false).isEmpty && permissions(b).isEmpty
    {
      for topic in Set(b.topics) { banIndex["\(b.chapterStart)|\(topic)", default: []].append(b) }
    }
    var out: [Diagnostic] = []
    for t in meanings {
      let confirmed = t.normsConfirmed
      if confirmed {
        guard t.norms.contains(.toestemming), !t.norms.contains(.verbod), !isProcedure(t) else { continue }
      }
      let own = Set(t.article.annotations.exceptionTo.map(\.key))
      let mentioned = Set(t.allSentences.flatMap { $0.references.compactMap(\.article) })
      if !own.isEmpty || t.allSentences.contains(where: { $0.mentions(Self.linkWords) }) { continue }
      let tPermissions = permissions(t)
      if !confirmed && (tPermissions.isEmpty || !bans(t).isEmpty || isProcedure(t)) { continue }
      for topic in t.topics {
        // Only rules in the same chapter: a topic shared across chapters is usually a side topic.
        let banRules = (banIndex["\(t.chapterStart)|\(topic)"] ?? []).filter { $0.article.range.start != t.article.range.start }
        let conflicting = banRules.filter { b in
          if confirmed && b.normsConfirmed { return true }
          return bans(b, narrowed: false).contains { ban in
            // (A permission on another topic, "beperkt privégebruik van die middelen is
            // toegestaan", does not meet a ban on this one, whatever the rule's chapter.)
            tPermissions.contains { p in
              (p.topics.isEmpty || p.topics.contains(topic)) && Self.overlap(ban, p) && Self.sameAddressee(ban, p)
                && (Self.sameAct(p.action, ban.action) || sharesTopic(p, ban, topic))
                && Self.reaches(ban, p, topic: topic, vocabulary: context.vocabulary)
            }
          }
        }
        guard !conflicting.isEmpty else { continue }
        let linked = conflicting.contains { b in
          mentioned.contains(b.article.key) || b.article.annotations.exceptionTo.contains { $0.key == t.article.key }
        }
        if linked { continue }
        let names = conflicting.map { "'\($0.article.label)'" }.joined(separator: ", ")
        let label = context.vocabulary.topics
        let a = t.article
        out.append(
          context.finding(
            descriptor,
            LocalizedText(
              "lint.prohibition-permission-unlinked.message", ["label": a.label, "names": names],
              messages: ["topic": LocalizedText(each: { label.label(topic, $0) })]),
            hint: LocalizedText("lint.prohibition-permission-unlinked.hint", ["key": "\(conflicting[0].article.key)"]),
            at: a.headerRange, article: a,
            notes: conflicting.map {
              DiagnosticNote(message: LocalizedText("lint.prohibition-permission-unlinked.note"), range: $0.article.headerRange)
            }, inferred: !(confirmed && conflicting.allSatisfy(\.normsConfirmed) && t.topicsConfirmed)))
        break
      }
    }
    return out
  }
}
