import AmbtModel
import AmbtSemantics

/// What a stated value is: a limit (an amount), how long something lasts, a deadline, or how
/// often something happens.
public enum ValueKind: String, Hashable, Sendable, CaseIterable {
  case drempel, termijn, binnen, frequentie
  /// An amount the code gives as a guideline or an indication ("richtlijn: meer dan € 1
  /// miljoen"), not as a limit on what is allowed.
  case richtlijn
}

/// A part of a value that a confirmed annotation does not give and that was read from the text.
public enum InferredPart: String, Hashable, Sendable, CaseIterable {
  /// `<` or `≤`: the annotation gives the amount, the text its bound.
  case boundary
  /// A frequency or a guideline: the annotation says `@binnen` or `@drempel`, the text says
  /// `eenmaal per jaar` or `richtlijn`.
  case kind
  /// Which of the rule's topics the value is about: the rule has several, the sentence that
  /// states the value decides.
  case topic
}

/// A stated amount or period of one code, with the rule that states it.
public struct StatedValue: Hashable, Sendable {
  public var kind: ValueKind
  /// The number in its unit: euros, or a count of `unit`.
  public var amount: Double
  /// `euro`, `jaar`, `maand`, `week`, `dag`, `werkdag` or `uur`.
  public var unit: String
  /// Euros, or days for periods.
  public var normalized: Double
  /// For an amount, its bound as the text gives it, seen from what the rule allows: a
  /// prohibition of gifts of `meer dan € 50` allows `≤ € 50`. Nil when the text does not say.
  public var boundary: Boundary?
  /// As written: the annotation's value, or the words of the text.
  public var written: String
  /// The rule's label as written.
  public var article: String
  /// Confirmed annotation, or read from the text (or an `@key?` annotation).
  public var basis: Basis
  /// For people: `≤ € 50`, `2 jaar`, `binnen` periods as `4 weken`, frequencies as `per jaar`.
  public var display: String
  /// The topics of the sentence that states the value, where the analyser found any: a rule on
  /// gifts and invitations puts its gift limit under gifts only.
  public var topics: [String] = []
  /// For a confirmed value, what of it was read from the text all the same (in the order of
  /// `InferredPart`); empty for an inferred value, which is read from the text as a whole.
  public var inferredParts: [InferredPart] = []
  /// A frequency written as `elke 2 jaar` (the review interval) rather than `per 2 jaar`.
  public var every = false
}

/// The obligations a code covers, as a coverage checker sees them.
///
/// This is the hook for the linter's coverage API (`AmbtLint`, obligations catalogue): give
/// `Comparison` a provider and the obligation table uses it. Without one, `compare` reports
/// topic presence only (see `Comparison.missingTopics`).
public protocol ObligationCoverageProvider: Sendable {
  func obligations(in document: Document) -> [ObligationStatus]
}

/// One obligation and whether a code covers it.
public struct ObligationStatus: Hashable, Sendable {
  public var id: String
  public var title: LocalizedText
  public var covered: Bool
  /// Labels of the rules that cover it.
  public var articles: [String]

  public init(id: String, title: LocalizedText, covered: Bool, articles: [String]) {
    self.id = id
    self.title = title
    self.covered = covered
    self.articles = articles
  }
}

/// Two or more codes side by side on the shared topic vocabulary.
public struct Comparison: Sendable {
  /// One compared code.
  public struct Code: Sendable {
    public var file: String
    /// The organisation, or the file name when the code does not say.
    public var name: String
    /// Topic id → labels of the rules that carry it (chapter defaults included).
    public var topics: [String: [String]]
    public var obligations: [ObligationStatus]?
  }

  /// A row of the value table: one topic and one kind of value.
  public struct ValueRow: Sendable {
    public var topic: String
    public var kind: ValueKind
    /// Per code (same order as `codes`), the values it states.
    public var values: [[StatedValue]]
    /// Median of the first value per code (euros, or days for periods), when three or more codes state one.
    public var median: Double?
    /// The same median with its bound (`< € 50`, or between `< € 50` and `≤ € 50`).
    public var medianWithBound: Median?
    /// Per code: whether its value stands out (at least twice or at most half the median).
    public var outliers: [Bool]
  }

  public var codes: [Code]
  /// Topics covered by at least one code, in vocabulary order.
  public var topics: [String]
  public var values: [ValueRow]

  public init(documents: [Document], coverage: (any ObligationCoverageProvider)? = nil, vocabulary: Vocabulary = .shared) {
    var codes: [Code] = []
    var quantities: [[String: [ValueKind: [StatedValue]]]] = []
    for doc in documents {
      var topics: [String: [String]] = [:]
      var q: [String: [ValueKind: [StatedValue]]] = [:]
      for chapter in doc.allChapters {
        for a in chapter.articles {
          let label = a.displayNumber
          var ids: [String] = []
          for t in a.annotations.topicIDs + chapter.annotations.topicIDs where !ids.contains(t) { ids.append(t) }
          let stated = ids.isEmpty ? [] : Comparison.values(of: a, label: label)
          for t in ids { topics[t, default: []].append(label) }
          // Each value under the rule's topics its own sentence is about, else the rule's first;
          // where the rule has more than one topic that choice is read from the text.
          for var v in stated {
            let own = ids.filter { v.topics.contains($0) }
            if ids.count > 1 && v.basis == .confirmed { v.inferredParts.append(.topic) }
            for t in own.isEmpty ? Array(ids.prefix(1)) : own { q[t, default: [:]][v.kind, default: []].append(v) }
          }
        }
      }
      // Rules that name a topic without its annotation (inferred, marked `*`): in their binding
      // text by the topic's own name or a synonym in the vocabulary ("meld het bij de
      // vertrouwenspersoon"), or as a role in `@melden bij` (`@melden bij vertrouwenspersoon`).
      let names = Comparison.topicNames(vocabulary)
      for chapter in doc.allChapters {
        for a in chapter.articles {
          let text = " " + Tokenizer.contentWords(a.normativeText).joined(separator: " ") + " "
          let roles = Set(a.annotations.reportTo.map(\.value))
          for (t, words) in names where !(topics[t] ?? []).contains(a.displayNumber) {
            if roles.contains(t) || words.contains(where: { text.containsBytes(" " + $0 + " ") }) {
              topics[t, default: []].append(a.displayNumber + "*")
            }
          }
        }
      }
      // The review interval: `herzieningstermijn`, else the code's promise in its text.
      if let months = doc.metadata.reviewIntervalMonths?.value {
        q[Comparison.reviewTopic, default: [:]][.frequentie, default: []].append(
          Comparison.interval(months, written: "herzieningstermijn", place: "metadata", basis: .confirmed))
      } else {
        var parts: [String] = []
        for item in doc.preamble.items + (doc.closing?.items ?? []) { item.collectText(into: &parts, includeExplanations: true) }
        for chapter in doc.allChapters {
          for item in chapter.items where !Comparison.isArticle(item) {
            item.collectText(into: &parts, includeExplanations: true)
          }
        }
        if let promise = parts.lazy.compactMap({ ReviewPromise.read($0) }).first {
          q[Comparison.reviewTopic, default: [:]][.frequentie, default: []].append(
            Comparison.interval(promise.months, written: promise.written, place: "tekst", basis: .inferred))
        }
      }
      let name = doc.metadata.organisation?.value ?? doc.file
      codes.append(Code(file: doc.file, name: name, topics: topics, obligations: coverage?.obligations(in: doc)))
      quantities.append(q)
    }
    self.codes = codes
    let used = Set(codes.flatMap { $0.topics.keys })
    let order = vocabulary.topics.terms.map(\.id)
    topics = order.filter { used.contains($0) } + used.subtracting(order).sorted()
    var rows: [ValueRow] = []
    for t in topics + [Comparison.reviewTopic] {
      for kind in ValueKind.allCases {
        let perCode = quantities.map { $0[t]?[kind] ?? [] }
        guard perCode.contains(where: { !$0.isEmpty }) else { continue }
        let firsts = perCode.compactMap(\.first)
        var median: Median?
        var outliers = Array(repeating: false, count: perCode.count)
        if firsts.count >= 3, let withBound = Comparison.median(firsts) {
          median = withBound
          let m = withBound.value
          if m > 0 {
            for (k, v) in perCode.enumerated() {
              if let x = v.first?.normalized, x >= 2 * m || x <= m / 2 { outliers[k] = true }
            }
          }
        }
        rows.append(
          ValueRow(
            topic: t, kind: kind, values: perCode, median: median?.value, medianWithBound: median, outliers: outliers))
      }
    }
    // The named rows a reader looks for first: gift limit and revolving-door period.
    let first: [(String, ValueKind)] = [("geschenken", .drempel), ("draaideur", .termijn)]
    values = rows.sorted { a, b in
      let ra = first.firstIndex { $0.0 == a.topic && $0.1 == a.kind } ?? first.count
      let rb = first.firstIndex { $0.0 == b.topic && $0.1 == b.kind } ?? first.count
      return ra < rb
    }
    // Make sure the two named rows are always present, even when no code states a value.
    for (t, k) in first.reversed() where !values.contains(where: { $0.topic == t && $0.kind == k }) {
      values.insert(
        ValueRow(
          topic: t, kind: k, values: Array(repeating: [], count: codes.count), median: nil, medianWithBound: nil,
          outliers: Array(repeating: false, count: codes.count)),
        at: 0)
    }
  }

  /// The amounts and periods a rule states. Where the rule carries confirmed annotations of a
  /// kind (`@drempel`; `@termijn`/`@binnen`), those, with the bound the text gives the same
  /// amount and shown as a frequency when the text says the period is one (`eenmaal per jaar`,
  /// `jaarlijks`: the annotations have no word for it); else what the analyser reads in the
  /// rule's binding text (not its explanations, whose examples name amounts too), inferred.
  static func values(of a: Article, label: String) -> [StatedValue] {
    let text = RuleText(a)
    let binding = RuleText.analyse(text.binding[...], explanation: false)
    let all = binding + RuleText.analyse(text.explanation[...], explanation: true)
    var out: [StatedValue] = []
    func add(_ v: StatedValue) {
      if !out.contains(where: { $0.kind == v.kind && abs($0.normalized - v.normalized) < 0.001 && $0.boundary == v.boundary }) {
        out.append(v)
      }
    }
    // Amounts, with the bound seen from what the rule allows.
    func bounded(_ x: Amount, in s: SentenceAnalysis) -> Boundary {
      let p = TextComparer.polarity(of: x.range, in: s)
      guard p == .burdening, s.modality == .verbod || s.modality == .toestemming else { return x.boundary }
      switch x.boundary {
      case .gt: return .le
      case .ge: return .lt
      default: return x.boundary
      }
    }
    let amounts = all.flatMap { s in s.amounts.map { ($0, bounded($0, in: s), s) } }
    /// An amount given as a guideline or indication, not as a limit.
    func guideline(_ text: String) -> Bool {
      let f = TextFolding.fold(text)
      return Comparison.guidelineWords.contains { f.contains($0) }
    }
    func kind(_ written: String, _ s: SentenceAnalysis?) -> ValueKind {
      guideline(written) || s.map { guideline($0.text) } == true ? .richtlijn : .drempel
    }
    /// What of a confirmed value the text gives: its bound, or its kind where the annotation
    /// does not name it.
    func parts(boundary: Boundary?, kind: Bool) -> [InferredPart] {
      (Boundary.symbol(boundary).isEmpty ? [] : [.boundary]) + (kind ? [.kind] : [])
    }
    let drempels = a.annotations.quantities.filter { $0.kind == .drempel }
    if !drempels.isEmpty && !drempels.contains(where: \.inferred) {
      for q in drempels {
        let match = amounts.first { abs($0.0.value - q.amount) < 0.005 }
        let b = match?.1
        let annotated = q.text + " " + (q.qualifier ?? "")
        let k = kind(annotated, match?.2)
        var v = StatedValue(
          kind: k, amount: q.amount, unit: q.unit.rawValue, normalized: q.normalized, boundary: b,
          written: q.text, article: label, basis: .confirmed, display: Boundary.symbol(b) + q.readable)
        v.topics = match?.2.topics ?? []
        v.inferredParts = parts(boundary: b, kind: k == .richtlijn && !guideline(annotated))
        add(v)
      }
    } else {
      for s in binding {
        for x in s.amounts {
          let b = bounded(x, in: s)
          var v = StatedValue(
            kind: kind(x.written, s), amount: x.value, unit: "euro", normalized: x.value, boundary: b, written: x.written,
            article: label, basis: .inferred, display: Boundary.symbol(b) + "€ " + Quantity.euros(x.value))
          v.topics = s.topics
          add(v)
        }
      }
    }
    // Periods.
    let periods = a.annotations.quantities.filter { $0.kind == .termijn || $0.kind == .binnen }
    let read = all.flatMap(\.periods)
    func sentence(of p: Period) -> SentenceAnalysis? { all.first { $0.periods.contains(p) } }
    if !periods.isEmpty && !periods.contains(where: \.inferred) {
      for q in periods {
        let same = read.filter { abs($0.days - q.normalized) < 0.5 }
        let frequency = same.contains { $0.kind == .frequentie } && !same.contains { $0.kind != .frequentie }
        var kind: ValueKind = q.kind == .termijn ? .termijn : .binnen
        var display = q.readable
        if frequency, let unit = PeriodUnit(rawValue: q.unit.rawValue) {
          kind = .frequentie
          display = Period.display(q.amount, unit, frequency: true)
        }
        var v = StatedValue(
          kind: kind, amount: q.amount, unit: q.unit.rawValue, normalized: q.normalized, boundary: nil, written: q.text,
          article: label, basis: .confirmed, display: display)
        v.topics = same.first.flatMap(sentence)?.topics ?? []
        v.inferredParts = parts(boundary: nil, kind: frequency)
        add(v)
      }
    } else {
      for s in binding {
        for p in s.periods {
          let kind = ValueKind(rawValue: p.kind.rawValue) ?? .termijn
          var v = StatedValue(
            kind: kind, amount: p.value, unit: p.unit.rawValue, normalized: p.days, boundary: nil, written: p.written,
            article: label, basis: .inferred, display: p.display)
          v.topics = s.topics
          add(v)
        }
      }
    }
    return out
  }

  /// Topics that at least half of the other codes cover and this one does not: topic presence,
  /// the stand-in for obligation coverage until a coverage provider is given.
  /// Each topic's own name and its specific synonyms (two words or more, or one long word:
  /// `vertrouwenspersoon`, not `melden` or `integriteit`), folded, as content words joined by spaces.
  static func topicNames(_ vocabulary: Vocabulary) -> [(String, [String])] {
    vocabulary.topics.terms.map { term in
      let names = ([term.nl] + term.synonyms).map { Tokenizer.contentWords($0) }
      return (term.id, names.filter { $0.count >= 2 || ($0.first?.count ?? 0) >= 12 }.map { $0.joined(separator: " ") })
    }
  }

  /// Words that make an amount a guideline or an indication rather than a limit (folded).
  static let guidelineWords = ["richtlijn", "ter indicatie", "indicatief", "bij benadering", "als indicatie"]

  /// The pseudo-topic of the review-interval row.
  public static let reviewTopic = "herziening-van-de-code"

  static func isArticle(_ item: Item) -> Bool {
    if case .article = item { return true }
    return false
  }

  /// A review interval as a stated frequency (`elke 24 maanden`).
  static func interval(_ months: Int, written: String, place: String, basis: Basis) -> StatedValue {
    var v = StatedValue(
      kind: .frequentie, amount: Double(months), unit: "maand", normalized: Double(months) * 365.0 / 12.0, boundary: nil,
      written: written, article: place, basis: basis, display: "")
    v.every = true
    v.display = v.text(.nl)
    return v
  }

  /// The row's median for people: euros for amounts, the largest whole unit for periods.
  public static func medianDisplay(_ row: ValueRow) -> String? {
    guard let m = row.median else { return nil }
    return row.kind == .drempel || row.kind == .richtlijn ? "€ " + Quantity.grouped(m) : Quantity.readablePeriod(days: m)
  }

  public func missingTopics(_ index: Int) -> [String] {
    let others = codes.indices.filter { $0 != index }
    guard !others.isEmpty else { return [] }
    return topics.filter { t in
      codes[index].topics[t] == nil && others.filter { codes[$0].topics[t] != nil }.count * 2 >= others.count
    }
  }

  /// The row's name: `giftengrens`, `draaideurtermijn`, or topic and kind.
  public static func rowLabel(_ row: ValueRow, _ language: Language) -> String {
    switch (row.topic, row.kind) {
    case (reviewTopic, _): return language.text("compare.review-interval-code")
    case ("geschenken", .drempel): return language.text("compare.gift-limit")
    case ("draaideur", .termijn): return language.text("compare.revolving-door-period")
    default:
      let topic = Vocabulary.shared.topics.label(row.topic, language)
      let kind: String
      switch row.kind {
      case .drempel: kind = language.text("compare.threshold")
      case .termijn: kind = language.text("compare.period")
      case .binnen: kind = language.text("compare.deadline")
      case .frequentie: kind = language.text("compare.frequency")
      case .richtlijn: kind = language.text("compare.guideline")
      }
      return "\(topic): \(kind)"
    }
  }
}
