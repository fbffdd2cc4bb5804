import AmbtModel

/// What changed in the law between two days, from the dated catalogue: laws that ended or began,
/// obligations that were added (new, or continuing an article of the earlier law) or ended.
public struct LawChange: Sendable, Hashable {
  public enum Kind: String, Sendable {
    /// A law, regulation or body ended (`supersededOn`).
    case lawEnded = "law-ended"
    /// A law began (`inForceFrom`).
    case lawBegan = "law-began"
    /// An obligation began with no predecessor.
    case obligationAdded = "obligation-added"
    /// An obligation began that continues one of the earlier law.
    case obligationChanged = "obligation-changed"
    /// An obligation ended without a successor.
    case obligationEnded = "obligation-ended"
  }

  public var kind: Kind
  public var day: Day
  /// The law's name or the obligation's id and citation.
  public var subject: String
  public var description: LocalizedText
  public var source: String?
  /// Whether the notes mark the date or wording as verified.
  public var verified: Bool

  /// The changes on days after `from` up to and including `to`, by day.
  public static func between(
    _ from: Day, _ to: Day, catalogue: ObligationCatalogue = .shared, vocabulary: Vocabulary = .shared
  ) -> [LawChange] {
    guard from < to else { return [] }
    func within(_ iso: String?) -> Day? {
      guard let d = iso.flatMap(Day.parse), from < d, d <= to else { return nil }
      return d
    }
    var out: [LawChange] = []
    for law in vocabulary.laws where law.kind != "misnomer" {
      if let d = within(law.supersededOn) {
        let by = law.supersededBy.flatMap { vocabulary.law($0)?.name } ?? law.supersededBy ?? "?"
        out.append(
          LawChange(
            kind: .lawEnded, day: d, subject: law.name,
            description: LocalizedText("lint.law-changes.description.ended-replaced-by-by", ["by": "\(by)"]),
            source: law.source, verified: law.verified != false))
      }
      if let d = within(law.inForceFrom) {
        out.append(
          LawChange(
            kind: .lawBegan, day: d, subject: law.name, description: LocalizedText("lint.law-changes.description.in-force"),
            source: law.source ?? law.url, verified: law.verified != false))
      }
    }
    for o in catalogue.obligations {
      let confirmed = o.caveat == nil
      if let d = within(o.validFrom) {
        let earlier = (o.predecessors ?? []).joined(separator: ", ")
        out.append(
          LawChange(
            kind: earlier.isEmpty ? .obligationAdded : .obligationChanged, day: d, subject: "\(o.id) (\(o.citationText))",
            description: earlier.isEmpty
              ? LocalizedText("lint.law-changes.new", messages: ["title": o.title])
              : LocalizedText("lint.law-changes.changed", ["earlier": earlier], messages: ["title": o.title]),
            source: o.url ?? o.source, verified: confirmed))
      }
      if let until = o.until, o.successor == nil, let d = within(until.adding(days: 1).description) {
        out.append(
          LawChange(
            kind: .obligationEnded, day: d, subject: "\(o.id) (\(o.citationText))",
            description: LocalizedText("lint.law-changes.ended", messages: ["title": o.title]), source: o.url ?? o.source,
            verified: confirmed))
      }
    }
    // A law that began as the successor of one that ended that day is said once, with the end;
    // the obligations that continued the earlier law's are one line per law and day.
    let successors = Set(
      out.filter { $0.kind == .lawEnded }.compactMap { c in
        vocabulary.laws.first { $0.name == c.subject }?.supersededBy.flatMap { vocabulary.law($0)?.name }.map { "\(c.day)|\($0)" }
      })
    let obligationLaws = Set(catalogue.obligations.map(\.law))
    out.removeAll {
      $0.kind == .lawBegan && successors.contains("\($0.day)|\($0.subject)") && !obligationLaws.contains($0.subject)
    }
    var grouped: [String: [LawChange]] = [:]
    for c in out where c.kind == .obligationChanged {
      let law = catalogue.obligations.first { c.subject.hasPrefix($0.id + " ") }?.law ?? ""
      grouped["\(c.day)|\(law)", default: []].append(c)
    }
    out.removeAll { $0.kind == .obligationChanged }
    for (key, list) in grouped {
      guard let first = list.first else { continue }
      let law = String(key.split(separator: "|", maxSplits: 1).last ?? "")
      let ids = list.map { String($0.subject.prefix { $0 != " " }) }.sorted()
      out.append(
        LawChange(
          kind: .obligationChanged, day: first.day, subject: law,
          description: LocalizedText(
            ids.count == 1 ? "lint.law-changes.continued.one" : "lint.law-changes.continued.many",
            ["count": "\(ids.count)", "ids": ids.joined(separator: ", ")]),
          source: first.source, verified: list.allSatisfy(\.verified)))
    }
    return out.sorted { ($0.day, $0.kind.rawValue, $0.subject) < ($1.day, $1.kind.rawValue, $1.subject) }
  }
}

extension Day {
  /// The day `days` later.
  public func adding(days: Int) -> Day { Day(dayNumber: number + days) }
}
