import AmbtModel

/// Sentences without new text below them: replacements, removals, renumberings and metadata.
extension SentenceParser {
  /// A one-line instruction; `implied` is the target of `… wordt als volgt gewijzigd:` for its items.
  mutating func oneLine(implied: AmendmentTarget?) -> AmendmentInstruction? {
    let r = range
    let s = scanner.pos
    if let implied, let i = item(implied) { return i }
    scanner.pos = s
    // In artikel 3.1 wordt "…" vervangen door "…". / In artikel 3.1 vervalt "…".
    if scanner.words("in"), let t = target() {
      scanner.optional(",")
      if let (old, new, q) = replacement() { return AmendmentInstruction(t, .replace(old: old, new: new), range: r).quoting(q) }
    }
    scanner.pos = s
    if let i = metadataItem() { return i }
    scanner.pos = s
    guard let t = target() else { return nil }
    if scanner.words("vervalt|vervallen"), finish() { return AmendmentInstruction(t, .remove, range: r) }
    if scanner.words("wordt vernummerd tot|worden vernummerd tot"), kindWord(), let n = scanner.number(roman: true) {
      var last: String?
      if scanner.words("tot en met", record: false) {
        guard let l = scanner.number(roman: true) else { return nil }
        last = l
      }
      guard finish() else { return nil }
      switch (t, last) {
      case (.articles, nil), (.chapters, nil), (.article, _?), (.chapter, _?):
        scanner.fail("tot en met")
        return nil
      default: return AmendmentInstruction(t, .renumber(to: n, last: last), range: r)
      }
    }
    return nil
  }

  /// `wordt "…" vervangen door "…".` or `vervalt "…".`
  mutating func replacement() -> (String, String, SourceRange)? {
    let s = scanner.pos
    if scanner.words("wordt"), let (old, q) = scanner.quoted(then: "vervangen door"), scanner.words("vervangen door") {
      scanner.optional(":")
      if let (new, _) = scanner.quoted(then: nil), finish() { return (old, new, q) }
    }
    scanner.pos = s
    if scanner.words("vervalt|vervallen"), let (old, q) = scanner.quoted(then: nil), finish() { return (old, "", q) }
    scanner.pos = s
    return nil
  }

  /// An item of `… wordt als volgt gewijzigd:` that names no target of its own.
  mutating func item(_ implied: AmendmentTarget) -> AmendmentInstruction? {
    let r = range
    let s = scanner.pos
    // "…" wordt vervangen door "…". / "…" vervalt.
    if let (old, q) = scanner.quoted(then: "wordt vervangen door|vervalt|vervallen") {
      if scanner.words("wordt vervangen door") {
        scanner.optional(":")
        if let (new, _) = scanner.quoted(then: nil), finish() {
          return AmendmentInstruction(implied, .replace(old: old, new: new), range: r).quoting(q)
        }
      } else if scanner.words("vervalt|vervallen"), finish() {
        return AmendmentInstruction(implied, .replace(old: old, new: ""), range: r).quoting(q)
      }
    }
    scanner.pos = s
    // In het tweede lid wordt "…" vervangen door "…". (in an article)
    if case .article(var ref) = implied, scanner.words("in") {
      scanner.words("het", record: false)
      if let w = scanner.peekWord(), let o = AmendmentWording.ordinal(of: w) {
        scanner.words(w)
        if scanner.words("lid") { ref.lid = String(o) }
      }
      scanner.optional(",")
      if scanner.words("onderdeel|onder", record: false), let w = scanner.peekWord(), w.count <= 3 {
        scanner.words(w)
        ref.onderdeel = w.lowercased()
      }
      scanner.optional(",")
      if ref.lid != nil || ref.onderdeel != nil, let (old, new, q) = replacement() {
        return AmendmentInstruction(.article(ref), .replace(old: old, new: new), range: r).quoting(q)
      }
    }
    scanner.pos = s
    // Het artikel wordt vernummerd tot artikel 9.3.
    if scanner.words("het artikel|het hoofdstuk|de bijlage"), scanner.words("wordt vernummerd tot"), kindWord(),
      let n = scanner.number(roman: true), finish()
    {
      return AmendmentInstruction(implied, .renumber(to: n, last: nil), range: r)
    }
    scanner.pos = s
    if scanner.words("het vervalt|het artikel vervalt|het hoofdstuk vervalt|de bijlage vervalt", record: false), finish() {
      return AmendmentInstruction(implied, .remove, range: r)
    }
    scanner.pos = s
    return nil
  }

  /// `Het gegeven "vastgesteld op" komt te luiden: "2025-03-11".`, `… vervalt.`,
  /// `… wordt toegevoegd, luidende: "…".`
  mutating func metadataItem() -> AmendmentInstruction? {
    let r = range
    guard scanner.words("het gegeven"),
      let (key, q) = scanner.quoted(then: "komt te luiden|vervalt|wordt toegevoegd|wordt ingevoegd")
    else { return nil }
    if scanner.words("vervalt"), finish() {
      return AmendmentInstruction(.metadata, .setMetadata(key: key, value: nil), range: r).quoting(q)
    }
    if scanner.words("komt te luiden|wordt toegevoegd|wordt ingevoegd") {
      scanner.optional(",")
      _ = scanner.words("luidende", record: false)
      scanner.optional(":")
      if let (value, _) = scanner.quoted(then: nil), finish() {
        return AmendmentInstruction(.metadata, .setMetadata(key: key, value: value), range: r).quoting(q)
      }
    }
    return nil
  }
}

extension AmendmentInstruction {
  /// The same instruction, with problems about its quoted text pointing at the quote.
  func quoting(_ range: SourceRange) -> AmendmentInstruction {
    var i = self
    i.quoteRange = range
    return i
  }
}
