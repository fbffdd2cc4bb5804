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
    title: LocalizedText(nl: "Verbod en toestemming zonder verband", en: "Prohibition and permission not linked"),
    summary: LocalizedText(
      nl: "Een onderwerp heeft een verbod en een toestemming, maar de toestemming is geen '@uitzondering op' het verbod.",
      en: "A topic has a prohibition and a permission, but the permission is not an '@uitzondering op' the prohibition."),
    rationale: LocalizedText(
      nl: "Zonder verband lijken de regels elkaar tegen te spreken; met '@uitzondering op' is duidelijk welke voorgaat.",
      en: "Without a link the rules seem to contradict each other; '@uitzondering op' makes clear which prevails."),
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
  static let linkWords = RuleWords.list("ProhibitionPermissionLinked", "linkWords")

  public func check(_ context: LintContext) -> [Diagnostic] {
    let meanings = context.meanings
    // A permission that is a procedure (ask, report, someone decides) is not a contradiction.
    func isProcedure(_ m: RuleMeaning) -> Bool {
      m.norms.contains(.meldplicht) || m.norms.contains(.bevoegdheid) || !m.reportTo.isEmpty
    }
    func permissions(_ m: RuleMeaning) -> [SentenceAnalysis] {
      m.sentences.filter { $0.modality == .toestemming && !$0.negated }
    }
    func bans(_ m: RuleMeaning) -> [SentenceAnalysis] { m.sentences.filter { $0.modality == .verbod } }
    // The prohibiting rules by chapter and topic, found once: a look-up per permission and
    // topic, not a scan of every rule (linear in the size of the code).
    var banIndex: [String: [RuleMeaning]] = [:]
    for b in meanings
    where b.normsConfirmed
      ? b.norms.contains(.verbod) && !b.norms.contains(.toestemming) : !bans(b).isEmpty && permissions(b).isEmpty
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
          return bans(b).contains { ban in
            tPermissions.contains { p in
              Self.overlap(ban, p)
                && (p.action == nil || ban.action == nil || p.action == ban.action || sharesTopic(p, ban, topic))
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
              nl:
                "regel '\(a.label)' (toestemming) en \(names) (verbod) gaan over '\(label.label(topic, .nl))' zonder '@uitzondering op': de verhouding is niet vastgelegd",
              en:
                "rule '\(a.label)' (permission) and \(names) (prohibition) are on '\(label.label(topic, .en))' without '@uitzondering op': their relation is not stated"
            ),
            hint: LocalizedText(
              nl:
                "zeg met '@uitzondering op \(conflicting[0].article.key)' (of 'in afwijking van') dat deze regel een uitzondering is, of pas een van beide aan",
              en:
                "state with '@uitzondering op \(conflicting[0].article.key)' (or 'in afwijking van') that this rule is an exception, or change one of them"
            ),
            at: a.headerRange, article: a,
            notes: conflicting.map {
              DiagnosticNote(message: LocalizedText(nl: "verbod hier", en: "prohibition here"), range: $0.article.headerRange)
            }, inferred: !(confirmed && conflicting.allSatisfy(\.normsConfirmed) && t.topicsConfirmed)))
        break
      }
    }
    return out
  }
}
