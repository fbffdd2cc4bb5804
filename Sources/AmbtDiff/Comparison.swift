import AmbtModel

/// A stated amount or period of one code, with the rule that states it.
public struct StatedValue: Hashable, Sendable {
  public var quantity: Quantity
  /// The rule's label as written.
  public var article: String
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

  /// A row of the value table: one topic and one quantity kind.
  public struct ValueRow: Sendable {
    public var topic: String
    public var kind: QuantityKind
    /// Per code (same order as `codes`), the values it states.
    public var values: [[StatedValue]]
    /// Median of the first value per code (euros, or days for periods), when three or more codes state one.
    public var median: Double?
    /// Per code: whether its value stands out (at least twice or at most half the median).
    public var outliers: [Bool]
  }

  public var codes: [Code]
  /// Topics covered by at least one code, in vocabulary order.
  public var topics: [String]
  public var values: [ValueRow]

  public init(documents: [Document], coverage: (any ObligationCoverageProvider)? = nil, vocabulary: Vocabulary = .shared) {
    var codes: [Code] = []
    var quantities: [[String: [QuantityKind: [StatedValue]]]] = []
    for doc in documents {
      var topics: [String: [String]] = [:]
      var q: [String: [QuantityKind: [StatedValue]]] = [:]
      for chapter in doc.chapters + doc.annexes {
        for a in chapter.articles {
          let label = a.displayNumber
          var ids: [String] = []
          for t in a.annotations.topicIDs + chapter.annotations.topicIDs where !ids.contains(t) { ids.append(t) }
          for t in ids {
            topics[t, default: []].append(label)
            for quantity in a.annotations.quantities {
              q[t, default: [:]][quantity.kind, default: []].append(StatedValue(quantity: quantity, article: label))
            }
          }
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
    for t in topics {
      for kind in QuantityKind.allCases {
        let perCode = quantities.map { $0[t]?[kind] ?? [] }
        guard perCode.contains(where: { !$0.isEmpty }) else { continue }
        let firsts = perCode.compactMap { $0.first?.quantity.normalized }
        var median: Double?
        var outliers = Array(repeating: false, count: perCode.count)
        if firsts.count >= 3 {
          let sorted = firsts.sorted()
          let m = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
          median = m
          if m > 0 {
            for (k, v) in perCode.enumerated() {
              if let x = v.first?.quantity.normalized, x >= 2 * m || x <= m / 2 { outliers[k] = true }
            }
          }
        }
        rows.append(ValueRow(topic: t, kind: kind, values: perCode, median: median, outliers: outliers))
      }
    }
    // The named rows a reader looks for first: gift limit and revolving-door period.
    let first: [(String, QuantityKind)] = [("geschenken", .drempel), ("draaideur", .termijn)]
    values = rows.sorted { a, b in
      let ra = first.firstIndex { $0.0 == a.topic && $0.1 == a.kind } ?? first.count
      let rb = first.firstIndex { $0.0 == b.topic && $0.1 == b.kind } ?? first.count
      return ra < rb
    }
    // Make sure the two named rows are always present, even when no code states a value.
    for (t, k) in first.reversed() where !values.contains(where: { $0.topic == t && $0.kind == k }) {
      values.insert(
        ValueRow(
          topic: t, kind: k, values: Array(repeating: [], count: codes.count), median: nil,
          outliers: Array(repeating: false, count: codes.count)),
        at: 0)
    }
  }

  /// Topics that at least half of the other codes cover and this one does not: topic presence,
  /// the stand-in for obligation coverage until a coverage provider is given.
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
    case ("geschenken", .drempel): return language == .en ? "gift limit" : "grens voor geschenken"
    case ("draaideur", .termijn): return language == .en ? "revolving-door period" : "draaideurtermijn"
    default:
      let topic = Vocabulary.shared.topics.label(row.topic, language)
      let kind: String
      switch row.kind {
      case .drempel: kind = language == .en ? "threshold" : "drempel"
      case .termijn: kind = language == .en ? "period" : "termijn"
      case .binnen: kind = language == .en ? "deadline" : "binnen"
      }
      return "\(topic): \(kind)"
    }
  }
}
