import AmbtModel

/// Names the changes of meaning between two matched rules.
///
/// Confirmed annotations win: for a matched pair, where both versions carry confirmed
/// annotations (no `?`) of a kind, that kind is compared on the annotations, as written; where
/// they do not, on what the norm analyser reads in the two texts (`TextComparer`), marked
/// inferred. The kinds that way are amounts (`@drempel`), periods (`@termijn` and `@binnen`
/// together, since a frequency has no annotation of its own), norms (`@norm`) and recipients
/// with consent givers (`@melden bij`). Added and removed rules list their annotations.
struct SemanticComparer {
  /// Old rule key → new rule key, for references that follow a renumbering.
  var keyMap: [String: String]
  var vocabulary: Vocabulary = .shared

  /// The order kinds are listed in.
  static let kindOrder = [
    "drempel", "termijn", "binnen", "frequentie", "norm", "uitzondering", "voorwaarde", "gebonden", "tijd", "moment",
    "vorm", "reikwijdte",
    "melden-bij",
    "toestemming-van",
    "wie",
    "onderwerp", "wet",
    "verwijzing", "uitzondering-op", "regeling",
  ]

  /// The kinds the analyser decides for a matched pair: those for which the two versions do not
  /// both carry confirmed annotations.
  static func textKinds(_ a: Annotations, _ b: Annotations) -> TextKinds {
    func confirmed(_ x: [Quantity], _ y: [Quantity]) -> Bool {
      !x.isEmpty && !y.isEmpty && !x.contains(where: \.inferred) && !y.contains(where: \.inferred)
    }
    func confirmed(_ x: [Tag], _ y: [Tag]) -> Bool {
      !x.isEmpty && !y.isEmpty && !x.contains(where: \.inferred) && !y.contains(where: \.inferred)
    }
    let periods: Set<QuantityKind> = [.termijn, .binnen]
    var kinds: TextKinds = []
    if !confirmed(a.quantities.filter { $0.kind == .drempel }, b.quantities.filter { $0.kind == .drempel }) {
      kinds.insert(.amounts)
    }
    if !confirmed(a.quantities.filter { periods.contains($0.kind) }, b.quantities.filter { periods.contains($0.kind) }) {
      kinds.insert(.periods)
    }
    if !confirmed(a.norms, b.norms) { kinds.insert(.norms) }
    if !confirmed(a.reportTo, b.reportTo) { kinds.insert(.roles) }
    return kinds
  }

  /// The changes the annotations name, leaving out the kinds in `fromText` (which the analyser
  /// decides; see `TextComparer`). An added or removed rule is compared with an empty stand-in
  /// and `fromText` empty: its annotations are listed as they are.
  func compare(
    _ old: Article, _ new: Article, oldChapterTopics: [Tag] = [], newChapterTopics: [Tag] = [], fromText: TextKinds = []
  ) -> [SemanticChange] {
    let a = old.annotations
    let b = new.annotations
    var out: [SemanticChange] = []
    for kind in QuantityKind.allCases {
      if kind == .drempel ? fromText.contains(.amounts) : fromText.contains(.periods) { continue }
      out += quantities(a.quantities.filter { $0.kind == kind }, b.quantities.filter { $0.kind == kind }, kind: kind)
    }
    if !fromText.contains(.norms), var n = norms(a.normKinds, b.normKinds) {
      n.basis = SemanticComparer.basis(a.norms + b.norms)
      out.append(n)
    }
    if !fromText.contains(.roles) { out += roles(a.reportTo, b.reportTo, kind: "melden-bij") }
    out += roles(a.actors, b.actors, kind: "wie")
    out += topics(a.topics + oldChapterTopics, b.topics + newChapterTopics)
    out += laws(a.laws, b.laws)
    out += references(a.references, b.references, kind: "verwijzing")
    out += references(a.exceptionTo, b.exceptionTo, kind: "uitzondering-op")
    let oldRegs = Set(a.regulations.map { TextFolding.fold($0.value) })
    for r in b.regulations where !oldRegs.contains(TextFolding.fold(r.value)) {
      out.append(SemanticChange(kind: "regeling", old: nil, new: r.value, basis: SemanticComparer.basis([r])))
    }
    let newRegs = Set(b.regulations.map { TextFolding.fold($0.value) })
    for r in a.regulations where !newRegs.contains(TextFolding.fold(r.value)) {
      out.append(SemanticChange(kind: "regeling", old: r.value, new: nil, basis: SemanticComparer.basis([r])))
    }
    return out
  }

  /// Changes in the order kinds are listed in; within a kind, annotations first, then the text
  /// in its order.
  static func ordered(_ changes: [SemanticChange]) -> [SemanticChange] {
    let rank = Dictionary(uniqueKeysWithValues: kindOrder.enumerated().map { ($1, $0) })
    return changes.enumerated().sorted { x, y in
      let rx = rank[x.element.kind] ?? rank.count
      let ry = rank[y.element.kind] ?? rank.count
      return rx != ry ? rx < ry : x.offset < y.offset
    }.map(\.element)
  }

  /// Inferred when any of the annotations it rests on is (`@key?`).
  static func basis(_ tags: [Tag]) -> Basis { tags.contains(where: \.inferred) ? .inferred : .confirmed }

  /// Quantities of one kind, paired in order; an added limit or period is stricter.
  func quantities(_ a: [Quantity], _ b: [Quantity], kind: QuantityKind) -> [SemanticChange] {
    let aValues = a.map { Key($0) }
    let bValues = b.map { Key($0) }
    if aValues == bValues { return [] }
    // Drop values present on both sides, then pair what is left in order.
    var restA = a
    var restB = b
    for q in a {
      if let k = restB.firstIndex(where: { Key($0) == Key(q) }), let j = restA.firstIndex(where: { Key($0) == Key(q) }) {
        restB.remove(at: k)
        restA.remove(at: j)
      }
    }
    var out: [SemanticChange] = []
    for k in 0..<max(restA.count, restB.count) {
      let x = k < restA.count ? restA[k] : nil
      let y = k < restB.count ? restB[k] : nil
      out.append(
        SemanticChange(
          kind: kind.rawValue, old: x?.readable, new: y?.readable, direction: SemanticComparer.direction(kind, x, y),
          basis: x?.inferred == true || y?.inferred == true ? .inferred : .confirmed))
    }
    return out
  }

  /// Equal keys mean the same amount: periods in days (1 jaar = 12 maanden), rounded.
  struct Key: Equatable {
    var unit: QuantityUnit?
    var value: Double
    init(_ q: Quantity) {
      unit = q.unit.isPeriod ? nil : q.unit
      value = (q.normalized * 1000).rounded() / 1000
    }
  }

  static func direction(_ kind: QuantityKind, _ old: Quantity?, _ new: Quantity?) -> Direction {
    switch (old, new) {
    case (nil, nil): return .onbepaald
    case (nil, _?): return .strenger
    case (_?, nil): return .soepeler
    case (let x?, let y?):
      guard x.unit.isPeriod == y.unit.isPeriod, x.unit == y.unit || x.unit.isPeriod else { return .onbepaald }
      if Key(x) == Key(y) { return .onbepaald }
      let higher = y.normalized > x.normalized
      switch kind {
      case .drempel: return higher ? .soepeler : .strenger
      case .termijn: return higher ? .strenger : .soepeler
      case .binnen: return higher ? .soepeler : .strenger
      }
    }
  }

  /// How much a norm kind binds: a prohibition most, a permission or exception least.
  static func weight(_ n: NormKind) -> Int? {
    switch n {
    case .verbod: return 3
    case .gebod, .meldplicht: return 2
    case .uitgangspunt: return 1
    case .toestemming, .uitzondering: return 0
    case .bevoegdheid, .definitie: return nil
    }
  }

  func norms(_ a: [NormKind], _ b: [NormKind]) -> SemanticChange? {
    let sa = Set(a)
    let sb = Set(b)
    guard sa != sb else { return nil }
    return SemanticChange(
      kind: "norm", old: a.isEmpty ? nil : a.map(\.rawValue).joined(separator: ", "),
      new: b.isEmpty ? nil : b.map(\.rawValue).joined(separator: ", "), direction: SemanticComparer.normDirection(sa, sb))
  }

  /// verbod → toestemming is looser, toestemming → verbod stricter; a duty added to the
  /// existing ones is stricter, one dropped looser; otherwise the strongest norm decides.
  static func normDirection(_ a: Set<NormKind>, _ b: Set<NormKind>) -> Direction {
    if a.isEmpty || b.isEmpty { return .onbepaald }
    let added = b.subtracting(a)
    let removed = a.subtracting(b)
    let binding: Set<NormKind> = [.verbod, .gebod, .meldplicht]
    let relaxing: Set<NormKind> = [.toestemming, .uitzondering]
    if removed.isEmpty {
      if !added.isDisjoint(with: binding) && added.isDisjoint(with: relaxing) { return .strenger }
      if added.isSubset(of: relaxing) { return .soepeler }
    }
    if added.isEmpty {
      if !removed.isDisjoint(with: binding) && removed.isDisjoint(with: relaxing) { return .soepeler }
      if removed.isSubset(of: relaxing) { return .strenger }
    }
    let wa = a.compactMap(weight).max()
    let wb = b.compactMap(weight).max()
    guard let wa, let wb, wa != wb else { return .onbepaald }
    return wb > wa ? .strenger : .soepeler
  }

  func roles(_ a: [Tag], _ b: [Tag], kind: String) -> [SemanticChange] {
    let x = a.map(\.value)
    let y = b.map(\.value)
    guard Set(x) != Set(y) else { return [] }
    return [
      SemanticChange(
        kind: kind, old: x.isEmpty ? nil : x.joined(separator: ", "), new: y.isEmpty ? nil : y.joined(separator: ", "),
        basis: SemanticComparer.basis(a + b))
    ]
  }

  /// Topics gained and lost (the rule's own and its chapter's); inferred when every tag that
  /// names it is.
  func topics(_ a: [Tag], _ b: [Tag]) -> [SemanticChange] {
    let x = Set(a.map(\.value))
    let y = Set(b.map(\.value))
    func basis(_ t: String, _ tags: [Tag]) -> Basis {
      tags.contains { $0.value == t && !$0.inferred } ? .confirmed : .inferred
    }
    return x.subtracting(y).sorted().map { SemanticChange(kind: "onderwerp", old: $0, new: nil, basis: basis($0, a)) }
      + y.subtracting(x).sorted().map { SemanticChange(kind: "onderwerp", old: nil, new: $0, basis: basis($0, b)) }
  }

  /// Law references, paired by law; a removed law paired with its successor (Wbp → AVG)
  /// is one change, with a note that the old law is superseded.
  func laws(_ a: [LawReference], _ b: [LawReference]) -> [SemanticChange] {
    func id(_ l: LawReference) -> String { l.law ?? TextFolding.fold(l.name) }
    func display(_ l: LawReference) -> String { l.text }
    func basis(_ x: LawReference, _ y: LawReference?) -> Basis { x.inferred || y?.inferred == true ? .inferred : .confirmed }
    var restA = a.filter { x in !b.contains { id($0) == id(x) && TextFolding.fold($0.text) == TextFolding.fold(x.text) } }
    var restB = b.filter { y in !a.contains { id($0) == id(y) && TextFolding.fold($0.text) == TextFolding.fold(y.text) } }
    var out: [SemanticChange] = []
    // Same law, other article.
    for x in restA {
      if let k = restB.firstIndex(where: { id($0) == id(x) }) {
        out.append(SemanticChange(kind: "wet", old: display(x), new: display(restB[k]), basis: basis(x, restB[k])))
        restB.remove(at: k)
        restA.removeAll { $0 == x }
      }
    }
    for x in restA {
      let entry = x.law.flatMap { vocabulary.law($0) }
      var note: LocalizedText?
      if let entry, let successor = entry.supersededBy {
        let name = vocabulary.law(successor)?.name ?? successor
        note = LocalizedText(
          entry.supersededOn == nil ? "diff.law-superseded" : "diff.law-superseded-on",
          ["law": entry.name, "successor": name, "date": entry.supersededOn.map { "\($0)" } ?? ""])
      }
      if let k = restB.firstIndex(where: { entry?.supersededBy != nil && $0.law == entry?.supersededBy }) {
        out.append(SemanticChange(kind: "wet", old: display(x), new: display(restB[k]), note: note, basis: basis(x, restB[k])))
        restB.remove(at: k)
      } else if restA.count == 1, restB.count == 1, out.isEmpty {
        out.append(SemanticChange(kind: "wet", old: display(x), new: display(restB[0]), note: note, basis: basis(x, restB[0])))
        restB.removeAll()
      } else {
        out.append(SemanticChange(kind: "wet", old: display(x), new: nil, note: note, basis: basis(x, nil)))
      }
    }
    for y in restB { out.append(SemanticChange(kind: "wet", old: nil, new: display(y), basis: basis(y, nil))) }
    return out
  }

  /// References to rules; one that equals the old reference mapped through the renumbering
  /// only follows it and is marked so.
  func references(_ a: [ArticleReference], _ b: [ArticleReference], kind: String) -> [SemanticChange] {
    func canonical(_ r: ArticleReference, map: Bool) -> String {
      func m(_ k: String) -> String { map ? (keyMap[k] ?? k) : k }
      var s = m(r.key)
      if let t = r.through { s += " t/m " + m(t) }
      if let l = r.lid { s += " lid " + l }
      if let o = r.onderdeel { s += " onder " + o }
      return s
    }
    var restB = b
    var out: [SemanticChange] = []
    var unmatched: [ArticleReference] = []
    for x in a {
      let mapped = canonical(x, map: true)
      if let k = restB.firstIndex(where: { canonical($0, map: false) == mapped }) {
        let y = restB.remove(at: k)
        if canonical(x, map: false) != mapped {
          out.append(
            SemanticChange(
              kind: kind, old: x.text, new: y.text, followsRenumbering: true,
              basis: x.inferred || y.inferred ? .inferred : .confirmed))
        }
      } else {
        unmatched.append(x)
      }
    }
    for x in unmatched {
      out.append(SemanticChange(kind: kind, old: x.text, new: nil, basis: x.inferred ? .inferred : .confirmed))
    }
    for y in restB { out.append(SemanticChange(kind: kind, old: nil, new: y.text, basis: y.inferred ? .inferred : .confirmed)) }
    return out
  }
}
