import AmbtModel

/// Names the changes of meaning between two matched rules.
struct SemanticComparer {
  /// Old rule key → new rule key, for references that follow a renumbering.
  var keyMap: [String: String]
  var vocabulary: Vocabulary = .shared

  func compare(_ old: Article, _ new: Article, oldChapterTopics: [String] = [], newChapterTopics: [String] = [])
    -> [SemanticChange]
  {
    let a = old.annotations
    let b = new.annotations
    var out: [SemanticChange] = []
    for kind in QuantityKind.allCases {
      out += quantities(a.quantities.filter { $0.kind == kind }, b.quantities.filter { $0.kind == kind }, kind: kind)
    }
    if let n = norms(a.normKinds, b.normKinds) { out.append(n) }
    out += roles(a.reportTo, b.reportTo, kind: "melden-bij")
    out += roles(a.actors, b.actors, kind: "wie")
    out += topics(Set(a.topicIDs + oldChapterTopics), Set(b.topicIDs + newChapterTopics))
    out += laws(a.laws, b.laws)
    out += references(a.references, b.references, kind: "verwijzing")
    out += references(a.exceptionTo, b.exceptionTo, kind: "uitzondering-op")
    let oldRegs = Set(a.regulations.map { TextFolding.fold($0.value) })
    for r in b.regulations where !oldRegs.contains(TextFolding.fold(r.value)) {
      out.append(SemanticChange(kind: "regeling", old: nil, new: r.value))
    }
    let newRegs = Set(b.regulations.map { TextFolding.fold($0.value) })
    for r in a.regulations where !newRegs.contains(TextFolding.fold(r.value)) {
      out.append(SemanticChange(kind: "regeling", old: r.value, new: nil))
    }
    return out
  }

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
        SemanticChange(kind: kind.rawValue, old: x?.readable, new: y?.readable, direction: SemanticComparer.direction(kind, x, y))
      )
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
        kind: kind, old: x.isEmpty ? nil : x.joined(separator: ", "), new: y.isEmpty ? nil : y.joined(separator: ", "))
    ]
  }

  func topics(_ a: Set<String>, _ b: Set<String>) -> [SemanticChange] {
    a.subtracting(b).sorted().map { SemanticChange(kind: "onderwerp", old: $0, new: nil) }
      + b.subtracting(a).sorted().map { SemanticChange(kind: "onderwerp", old: nil, new: $0) }
  }

  /// Law references, paired by law; a removed law paired with its successor (Wbp → AVG)
  /// is one change, with a note that the old law is superseded.
  func laws(_ a: [LawReference], _ b: [LawReference]) -> [SemanticChange] {
    func id(_ l: LawReference) -> String { l.law ?? TextFolding.fold(l.name) }
    func display(_ l: LawReference) -> String { l.text }
    var restA = a.filter { x in !b.contains { id($0) == id(x) && TextFolding.fold($0.text) == TextFolding.fold(x.text) } }
    var restB = b.filter { y in !a.contains { id($0) == id(y) && TextFolding.fold($0.text) == TextFolding.fold(y.text) } }
    var out: [SemanticChange] = []
    // Same law, other article.
    for x in restA {
      if let k = restB.firstIndex(where: { id($0) == id(x) }) {
        out.append(SemanticChange(kind: "wet", old: display(x), new: display(restB[k])))
        restB.remove(at: k)
        restA.removeAll { $0 == x }
      }
    }
    for x in restA {
      let entry = x.law.flatMap { vocabulary.law($0) }
      var note: LocalizedText?
      if let entry, let successor = entry.supersededBy {
        let name = vocabulary.law(successor)?.name ?? successor
        let when = entry.supersededOn.map { " per \($0)" } ?? ""
        let whenEn = entry.supersededOn.map { " on \($0)" } ?? ""
        note = LocalizedText(
          nl: "\(entry.name) is vervangen door \(name)\(when)", en: "\(entry.name) was superseded by \(name)\(whenEn)")
      }
      if let k = restB.firstIndex(where: { entry?.supersededBy != nil && $0.law == entry?.supersededBy }) {
        out.append(SemanticChange(kind: "wet", old: display(x), new: display(restB[k]), note: note))
        restB.remove(at: k)
      } else if restA.count == 1, restB.count == 1, out.isEmpty {
        out.append(SemanticChange(kind: "wet", old: display(x), new: display(restB[0]), note: note))
        restB.removeAll()
      } else {
        out.append(SemanticChange(kind: "wet", old: display(x), new: nil, note: note))
      }
    }
    for y in restB { out.append(SemanticChange(kind: "wet", old: nil, new: display(y))) }
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
          out.append(SemanticChange(kind: kind, old: x.text, new: y.text, followsRenumbering: true))
        }
      } else {
        unmatched.append(x)
      }
    }
    for x in unmatched { out.append(SemanticChange(kind: kind, old: x.text, new: nil)) }
    for y in restB { out.append(SemanticChange(kind: kind, old: nil, new: y.text)) }
    return out
  }
}
