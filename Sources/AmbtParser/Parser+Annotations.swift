import AmbtModel

/// The annotation keys, canonical spelling first.
enum AnnotationKey: String, CaseIterable {
  case onderwerp, norm, drempel, termijn, binnen
  case meldenBij = "melden bij"
  case wie
  case uitzonderingOp = "uitzondering op"
  case zie, wet, regeling, dekt, concept, negeer

  /// Whether the key may stand outside a rule (preamble, chapter, closing, annex).
  var allowedOutsideRules: Bool {
    switch self {
    case .onderwerp, .wie, .negeer, .wet, .regeling, .zie: return true
    default: return false
    }
  }

  /// Longest first, so `melden bij` is tried before a one-word key.
  static let byLength = allCases.sorted { $0.rawValue.count > $1.rawValue.count }
  /// The keys as bytes (all ASCII), longest first.
  static let byLengthUTF8 = byLength.map { ($0, Array($0.rawValue.utf8)) }
}

extension DocumentParser {
  mutating func parseAnnotationLine(_ line: Line, into annotations: inout Annotations, context: BodyContext) {
    let body = line.content.dropFirst()
    let (matched, keyEnd) = Self.annotationKey(body)
    guard let key = matched else {
      func isEnd(_ c: Character) -> Bool { c == " " || c == "?" }
      var word = body.prefix { !isEnd($0) }
      // A two-word alternative ('report to', 'exception to') is replaced as a whole.
      let next = body[word.endIndex...].drop { $0 == " " }.prefix { !isEnd($0) }
      if !next.isEmpty, Alternatives.lookup(String(body[..<next.endIndex]), in: vocabulary.alternatives.annotations) != nil {
        word = body[..<next.endIndex]
      }
      let s =
        Alternatives.lookup(String(word), in: vocabulary.alternatives.annotations)
        ?? TextFolding.suggestion(for: String(word), among: SuggestionLists.annotationKeys)
      let r = line.range(of: word)
      error(
        "unknown-annotation", LocalizedText("check.unknown-annotation", ["word": "\(word)"]), at: r,
        hint: s.map { LocalizedText("check.hint.did-you-mean-annotation", ["suggestion": $0]) }
          ?? LocalizedText("check.unknown-annotation.hint"),
        fixIts: fixIt(r, s, correction: clearCorrection(String(word), AnnotationKey.allCases.map(\.rawValue))))
      roles[i] = .invalid
      return
    }
    var rest = body[body.utf8.index(body.utf8.startIndex, offsetBy: min(keyEnd, body.utf8.count))...]
    var inferred = false
    if rest.first == "?" {
      inferred = true
      rest = rest.dropFirst()
    }
    let value = rest.drop { $0 == " " || $0 == "\t" }
    let valueRange = line.range(of: value)
    if roles.recording { roles[i] = .annotation(key: key.rawValue, inferred: inferred, value: collapse(String(value))) }

    if value.isEmpty && key != .concept {
      error(
        "empty-annotation", LocalizedText("check.empty-annotation", ["key": "\(key.rawValue)"]), at: line.contentRange,
        hint: LocalizedText("check.empty-annotation.hint"))
      return
    }
    if context != .article && !key.allowedOutsideRules {
      error(
        "annotation-outside-rule", LocalizedText("check.annotation-outside-rule", ["key": "\(key.rawValue)"]),
        at: line.contentRange, hint: LocalizedText("check.annotation-outside-rule.hint"), severity: .warning)
    }
    switch key {
    case .onderwerp:
      for (piece, r) in splitList(value, line: line) {
        if let id = vocabulary.topics.resolve(String(piece)) {
          annotations.topics.append(Tag(value: id, range: r, inferred: inferred))
        } else {
          let s = vocabulary.topics.suggestion(for: String(piece))
          error(
            "unknown-topic", LocalizedText("check.unknown-topic", ["piece": "\(piece)"]), at: r,
            hint: s.map { LocalizedText("check.hint.did-you-mean", ["suggestion": $0]) }
              ?? LocalizedText("check.unknown-topic.hint"),
            fixIts: fixIt(r, s, in: vocabulary.topics, for: piece))
        }
      }
    case .norm:
      for (piece, r) in splitList(value, line: line) {
        let f = TextFolding.fold(String(piece))
        if let kind = NormKind(rawValue: f) {
          annotations.norms.append(Tag(value: kind.rawValue, range: r, inferred: inferred))
        } else {
          let s =
            Alternatives.lookup(f, in: vocabulary.alternatives.norms)
            ?? TextFolding.suggestion(for: f, among: SuggestionLists.normKinds)
          error(
            "unknown-norm", LocalizedText("check.unknown-norm", ["piece": "\(piece)"]), at: r,
            hint: s.map { LocalizedText("check.hint.did-you-mean", ["suggestion": $0]) }
              ?? LocalizedText("check.unknown-norm.hint", ["kinds": NormKind.allCases.map(\.rawValue).joined(separator: ", ")]),
            fixIts: fixIt(r, s, correction: clearCorrection(f, NormKind.allCases.map(\.rawValue))))
        }
      }
    case .drempel, .termijn, .binnen:
      let kind: QuantityKind = key == .drempel ? .drempel : key == .termijn ? .termijn : .binnen
      guard let parsed = QuantityParser.parseWithRest(value) else {
        error(
          "invalid-quantity", LocalizedText("check.invalid-quantity", ["value": "\(value)"]), at: valueRange,
          hint: LocalizedText("check.invalid-quantity.hint"))
        return
      }
      let unit = parsed.quantity.unit
      guard unit.accepts(parsed.quantity.amount) else {
        let written = abbreviated(parsed.quantity.text)
        error(
          "quantity-out-of-range",
          LocalizedText("check.quantity-out-of-range", ["written": written], messages: ["range": unit.rangeText]), at: valueRange,
          hint: LocalizedText("check.quantity-out-of-range.hint"))
        return
      }
      if kind == .drempel && parsed.quantity.unit.isPeriod || kind != .drempel && parsed.quantity.unit == .euro {
        error(
          "quantity-kind-mismatch",
          kind == .drempel
            ? LocalizedText("check.quantity-kind-mismatch.amount")
            : LocalizedText("check.quantity-kind-mismatch.period", ["key": key.rawValue]),
          at: valueRange, severity: .warning)
      }
      var q = parsed.quantity
      q.kind = kind
      q.range = valueRange
      q.inferred = inferred
      let qualifier = parsed.rest.drop { $0 == " " || $0 == "," }
      q.qualifier = qualifier.isEmpty ? nil : collapse(String(qualifier))
      annotations.quantities.append(q)
    case .meldenBij, .wie:
      for (piece, r) in splitList(value, line: line) {
        if let id = vocabulary.roles.resolve(String(piece)) {
          let tag = Tag(value: id, range: r, inferred: inferred)
          if key == .wie { annotations.actors.append(tag) } else { annotations.reportTo.append(tag) }
        } else {
          let s = vocabulary.roles.suggestion(for: String(piece))
          error(
            "unknown-role", LocalizedText("check.unknown-role", ["piece": "\(piece)"]), at: r,
            hint: s.map { LocalizedText("check.hint.did-you-mean", ["suggestion": $0]) }
              ?? LocalizedText("check.unknown-role.hint"),
            fixIts: fixIt(r, s, in: vocabulary.roles, for: piece))
        }
      }
    case .uitzonderingOp, .zie:
      for (piece, r) in splitList(value, line: line) {
        guard var ref = ReferenceParser.parse(String(piece)) else {
          error(
            "invalid-reference", LocalizedText("check.invalid-reference", ["piece": "\(piece)"]),
            at: r, hint: LocalizedText("check.invalid-reference.hint"))
          continue
        }
        ref.range = r
        ref.inferred = inferred
        if key == .zie { annotations.references.append(ref) } else { annotations.exceptionTo.append(ref) }
      }
    case .wet:
      if let ref = parseLawReference(value, range: valueRange, inferred: inferred) { annotations.laws.append(ref) }
    case .regeling:
      annotations.regulations.append(Tag(value: collapse(String(value)), range: valueRange, inferred: inferred))
    case .dekt:
      for (piece, r) in splitList(value, line: line) {
        annotations.covers.append(Tag(value: String(piece), range: r, inferred: inferred))
      }
    case .concept:
      annotations.draft = Tag(value: collapse(String(value)), range: line.contentRange, inferred: inferred)
    case .negeer:
      guard let colon = value.firstIndex(of: ":") else {
        error(
          "suppression-without-reason", LocalizedText("check.suppression-without-reason.negeer-without-reason"), at: valueRange,
          hint: LocalizedText("check.suppression-without-reason.hint.write-negeer-rule-id"))
        return
      }
      let rule = collapse(String(value[..<colon]))
      let reason = collapse(String(value[value.index(after: colon)...]))
      if reason.isEmpty || rule.isEmpty {
        error(
          "suppression-without-reason", LocalizedText("check.suppression-without-reason.negeer-without-rule-id"),
          at: valueRange, hint: LocalizedText("check.suppression-without-reason.hint.write-negeer-rule-id-2"))
        return
      }
      annotations.suppressions.append(Suppression(rule: rule, reason: reason, range: line.contentRange))
    }
  }

  /// The key an annotation (after its `@`) starts with, and the byte offset in `body` where
  /// the key ends; nil when it starts with none. Keys are at most 15 characters: only the first
  /// 24 characters are folded (issue 7), and mostly they are folded already (lowercase ASCII,
  /// single spaces), so they are read as they are.
  static func annotationKey(_ body: Substring) -> (AnnotationKey?, Int) {
    let plain = body.utf8.withContiguousStorageIfAvailable { u -> (AnnotationKey?, Int)? in
      // The first 24 characters are the first 24 bytes when those, and the byte after them, are
      // ASCII; when they fold to themselves, a folded offset is a source offset.
      let n = min(u.count, 24)
      if u.count > 24 && u[24] >= 0x80 { return nil }
      let head = UnsafeBufferPointer(rebasing: u[0..<n])
      return TextFold.isFolded(head) ? matchKey(head) : nil
    }
    if let plain, let found = plain { return found }
    let head = FoldedText(String(body.prefix(24)))
    let (key, length) = head.bytes.withUnsafeBufferPointer { matchKey($0) }
    // The key ends where its last folded byte's source ends: the text layer maps it back, also
    // when spaces collapsed or letters were decomposed.
    return (key, key == nil ? 0 : head.sourceOffset(length))
  }

  /// The key that folded `head` starts with (a hyphen read as a space), and its length.
  static func matchKey(_ head: UnsafeBufferPointer<UInt8>) -> (AnnotationKey?, Int) {
    @inline(__always) func at(_ j: Int) -> UInt8 { head[j] == 0x2D ? 0x20 : head[j] }
    for (key, k) in AnnotationKey.byLengthUTF8 where head.count >= k.count {
      var same = true
      for j in 0..<k.count where at(j) != k[j] {
        same = false
        break
      }
      if same && (head.count == k.count || at(k.count) == 0x20 || at(k.count) == 0x3F) { return (key, k.count) }
    }
    return (nil, 0)
  }

  /// `Ambtenarenwet 2017, art. 8 lid 1 onder e` → a law reference (unknown names are warned about).
  mutating func parseLawReference(_ value: Substring, range: SourceRange, inferred: Bool) -> LawReference? {
    let text = collapse(String(value))
    var ref = LawReference(text: text, law: nil, name: text, range: range, inferred: inferred)
    // Split the name from the article part at the first "art."/"artikel".
    let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    var nameWords: [String] = []
    var k = 0
    while k < words.count {
      let w = TextFolding.fold(words[k]).trimmingCharacters(",")
      if w == "art." || w == "art" || w == "artikel" || w == "artikelen" { break }
      nameWords.append(words[k])
      k += 1
    }
    var name = nameWords.joined(separator: " ")
    while name.hasSuffix(",") { name.removeLast() }
    ref.name = name
    func take() -> String? {
      k += 1
      guard k < words.count else { return nil }
      return words[k].trimmingCharacters(",")
    }
    while k < words.count {
      let w = TextFolding.fold(words[k]).trimmingCharacters(",")
      switch w {
      case "art.", "art", "artikel", "artikelen": ref.article = take().map { NumberToken.normalize($0) }
      case "lid": ref.lid = take()
      case "onder", "onderdeel", "sub": ref.onderdeel = take()
      default: break
      }
      k += 1
    }
    if let law = vocabulary.resolveLaw(name) {
      ref.law = law.id
    } else {
      let s = TextFolding.suggestion(for: name, among: vocabulary.lawNameCandidates)
      error(
        "unknown-law", LocalizedText("check.unknown-law", ["name": "\(name)"]), at: range,
        hint: s.map { LocalizedText("check.unknown-law.hint.did-you-mean", ["suggestion": $0]) }
          ?? LocalizedText("check.unknown-law.hint"),
        severity: .warning)
    }
    return ref
  }
}

extension DocumentParser {
  /// The fix-it for a suggestion: safe when the suggestion is `correction`, the one clear
  /// candidate (see `FixIt`), a suggestion only otherwise.
  func fixIt(_ range: SourceRange, _ suggestion: String?, correction: String?) -> [FixIt] {
    guard let suggestion else { return [] }
    return [FixIt(range: range, replacement: suggestion, safe: correction == suggestion)]
  }

  /// The fix-it for a suggested term: safe, and written as the term's id, when the suggestion
  /// is the term nearest to `written` and no other term is as near.
  func fixIt(_ range: SourceRange, _ suggestion: String?, in terms: TermList, for written: Substring) -> [FixIt] {
    guard let suggestion else { return [] }
    if let id = terms.clearCorrection(for: String(written)), terms.resolve(suggestion) == id {
      return [FixIt(range: range, replacement: id, safe: true)]
    }
    return [FixIt(range: range, replacement: suggestion)]
  }

  /// The one word of `words` nearest to `written`, or nil (`TextFolding.clearCorrection`).
  func clearCorrection(_ written: String, _ words: [String]) -> String? {
    TextFolding.clearCorrection(for: written, among: words.map { [$0] }).map { words[$0] }
  }
}

extension String {
  func trimmingCharacters(_ chars: String) -> String {
    var s = Substring(self)
    while let l = s.last, chars.contains(l) { s = s.dropLast() }
    while let f = s.first, chars.contains(f) { s = s.dropFirst() }
    return String(s)
  }
}

/// Reads references to rules: `2.2`, `artikel 5 lid 2 onder b`, `10.1 t/m 10.6`.
public enum ReferenceParser {
  public static func parse(_ s: String) -> ArticleReference? {
    var words = s.split(separator: " ").map { String($0) }
    if let first = words.first, ["artikel", "art.", "regel", "lid", "§"].contains(TextFolding.fold(first)), words.count > 1 {
      words.removeFirst()
    }
    guard let first = words.first, NumberToken.length(in: Substring(first)) == first.count else { return nil }
    var ref = ArticleReference(text: s, key: NumberToken.normalize(first), range: .empty)
    var k = 1
    while k < words.count {
      let w = TextFolding.fold(words[k])
      let next = k + 1 < words.count ? words[k + 1] : nil
      switch w {
      case "t/m", "tot", "-":
        var n = next
        if w == "tot", k + 2 < words.count, TextFolding.fold(words[k + 1]) == "en", TextFolding.fold(words[k + 2]) == "met" {
          n = k + 3 < words.count ? words[k + 3] : nil
          k += 2
        }
        guard let n, NumberToken.length(in: Substring(n)) == n.count else { return nil }
        ref.through = NumberToken.normalize(n)
        k += 2
      case "lid":
        guard let n = next else { return nil }
        ref.lid = NumberToken.normalize(n)
        k += 2
      case "onder", "onderdeel", "sub":
        guard let n = next else { return nil }
        ref.onderdeel = n.trimmingCharacters(".)").lowercased()
        k += 2
      default:
        return nil
      }
    }
    return ref
  }
}

/// Reads amounts and periods: `€ 50`, `€50,-`, `50 euro`, `€ 1.000`, `2 jaar`, `zes maanden`.
public enum QuantityParser {
  static let numberWords = [
    "een": 1.0, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "half": 0.5, "anderhalf": 1.5,
  ]
  static let units: [String: QuantityUnit] = [
    "euro": .euro, "eur": .euro, "uur": .uur, "uren": .uur, "dag": .dag, "dagen": .dag, "werkdag": .dag,
    "werkdagen": .dag, "week": .week, "weken": .week, "maand": .maand, "maanden": .maand, "jaar": .jaar,
    "jaren": .jaar, "keer": .keer, "maal": .keer,
  ]

  public static func parse(_ s: Substring) -> Quantity? {
    guard let r = parseWithRest(s) else { return nil }
    return r.rest.allSatisfy({ $0 == " " }) ? r.quantity : nil
  }

  /// Parses a quantity at the start of `s`; returns it with the text that follows.
  public static func parseWithRest(_ s: Substring) -> (quantity: Quantity, rest: Substring)? {
    var rest = s.drop { $0 == " " }
    var euro = false
    if rest.first == "€" {
      euro = true
      rest = rest.dropFirst().drop { $0 == " " }
    } else if rest.lowercased().hasPrefix("eur ") {
      euro = true
      rest = rest.dropFirst(4).drop { $0 == " " }
    }
    var amount: Double
    let digits = rest.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
    if let first = digits.first, first.isNumber {
      var numeric = String(digits)
      var consumed = digits.count
      // "50,-" and "50,00": Dutch decimals.
      if numeric.hasSuffix(",-") { numeric.removeLast(2) }
      while numeric.hasSuffix(",") || numeric.hasSuffix("-") || numeric.hasSuffix(".") {
        numeric.removeLast()
        consumed -= 1
        if digits.hasSuffix(",-") { consumed = digits.count }
      }
      if numeric.utf8.allSatisfy({ $0 < 0x80 }) {
        // ASCII digits and marks: the same replacements on bytes.
        numeric = String(decoding: numeric.utf8.compactMap { $0 == 0x2E ? nil : $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)
      } else {
        numeric = numeric.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
      }
      guard let v = Double(numeric) else { return nil }
      amount = v
      rest = rest.dropFirst(consumed).drop { $0 == " " }
    } else {
      let word = rest.prefix { $0.isLetter }
      guard let v = numberWords[word.lowercased()] else { return nil }
      amount = v
      rest = rest.dropFirst(word.count).drop { $0 == " " }
    }
    // "€ 1 miljoen", "5 duizend euro".
    let multiplierWord = rest.prefix { $0.isLetter }
    if let m = ["duizend": 1_000.0, "miljoen": 1_000_000.0, "miljard": 1_000_000_000.0][multiplierWord.lowercased()] {
      amount *= m
      rest = rest.dropFirst(multiplierWord.count).drop { $0 == " " }
    }
    let unitWord = rest.prefix { $0.isLetter }
    var unit: QuantityUnit
    if let u = units[unitWord.lowercased()] {
      unit = u
      rest = rest.dropFirst(unitWord.count)
      if euro && u != .euro { return nil }
    } else if euro {
      unit = .euro
    } else {
      return nil
    }
    let written = String(s[s.startIndex..<rest.startIndex]).trimmingSpaces
    return (Quantity(kind: .drempel, amount: amount, unit: unit, text: written, range: .empty), rest)
  }
}
