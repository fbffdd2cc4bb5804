import AmbtModel

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

  public func check(_ context: LintContext) -> [Diagnostic] {
    let rules = context.articlesWithTopics
    let starts = context.articleChapterStarts
    let chapterOf = Dictionary(rules.indices.map { (rules[$0].article.range.start, starts[$0]) }, uniquingKeysWith: { a, _ in a })
    func has(_ a: Article, _ k: NormKind) -> Bool { a.annotations.normKinds.contains(k) }
    // A permission that is a procedure (ask, report, someone decides) is not a contradiction.
    func isProcedure(_ a: Article) -> Bool { has(a, .meldplicht) || has(a, .bevoegdheid) || !a.annotations.reportTo.isEmpty }
    var out: [Diagnostic] = []
    for k in rules.indices
    where has(rules[k].article, .toestemming) && !has(rules[k].article, .verbod) && !isProcedure(rules[k].article) {
      let t = rules[k].article
      let topics = rules[k].topics
      let own = Set(t.annotations.exceptionTo.map(\.key))
      for topic in topics {
        // Only rules in the same chapter: a topic shared across chapters is usually a side topic.
        let bans = rules.filter {
          $0.topics.contains(topic) && has($0.article, .verbod) && !has($0.article, .toestemming)
            && chapterOf[$0.article.range.start] == chapterOf[t.range.start]
        }.map(\.article)
        guard !bans.isEmpty else { continue }
        let linked = bans.contains { own.contains($0.key) || $0.annotations.exceptionTo.contains { $0.key == t.key } }
        if linked || !own.isEmpty { continue }
        let names = bans.map { "'\($0.label)'" }.joined(separator: ", ")
        let label = context.vocabulary.topics
        out.append(
          context.finding(
            descriptor,
            LocalizedText(
              nl:
                "regel '\(t.label)' (toestemming) en \(names) (verbod) gaan over '\(label.label(topic, .nl))' zonder '@uitzondering op': de verhouding is niet vastgelegd",
              en:
                "rule '\(t.label)' (permission) and \(names) (prohibition) are on '\(label.label(topic, .en))' without '@uitzondering op': their relation is not stated"
            ),
            hint: LocalizedText(
              nl: "zeg met '@uitzondering op \(bans[0].key)' dat deze regel een uitzondering is, of pas een van beide aan",
              en: "state with '@uitzondering op \(bans[0].key)' that this rule is an exception, or change one of them"),
            at: t.headerRange, article: t,
            notes: bans.map {
              DiagnosticNote(message: LocalizedText(nl: "verbod hier", en: "prohibition here"), range: $0.headerRange)
            }))
        break
      }
    }
    return out
  }
}
