import AmbtModel
import AmbtSemantics
import Foundation

/// Proposes annotations for a rule from its Dutch text. Every proposal is written with `?`
/// (inferred) so a reviewer confirms or changes it.
struct Inference {
  struct Proposal: Equatable {
    var topics: [String] = []
    var norms: [String] = []
    var quantities: [(kind: String, text: String)] = []
    var reportTo: [String] = []
    var laws: [String] = []
    var references: [String] = []

    static func == (a: Proposal, b: Proposal) -> Bool {
      a.topics == b.topics && a.norms == b.norms && a.reportTo == b.reportTo && a.laws == b.laws
        && a.references == b.references && a.quantities.map { $0.kind + $0.text } == b.quantities.map { $0.kind + $0.text }
    }

    var lines: [String] {
      var out: [String] = []
      if !topics.isEmpty { out.append("@onderwerp? " + topics.joined(separator: ", ")) }
      if !norms.isEmpty { out.append("@norm? " + norms.joined(separator: ", ")) }
      for q in quantities { out.append("@\(q.kind)? \(q.text)") }
      if !reportTo.isEmpty { out.append("@melden bij? " + reportTo.joined(separator: ", ")) }
      for l in laws { out.append("@wet? " + l) }
      if !references.isEmpty { out.append("@zie? " + references.joined(separator: ", ")) }
      return out
    }
  }

  let vocabulary: Vocabulary
  let analyser: NormAnalyser
  /// `vocabulary.mayStartLaw(asciiLetter:)` of every ASCII byte, asked once.
  let lawStartBytes: [Bool]

  static let shared = Inference(vocabulary: .shared, analyser: .shared)

  init(vocabulary: Vocabulary, analyser: NormAnalyser) {
    self.vocabulary = vocabulary
    self.analyser = analyser
    lawStartBytes = (0..<128).map { vocabulary.mayStartLaw(asciiLetter: UInt8($0)) }
  }

  // MARK: Proposals

  /// What the norm analyser reads in a rule, as `@key?` annotations.
  func propose(text: String, chapterTitle: String, ruleKeys: Set<String>, ownKey: String, references allowRefs: Bool) -> Proposal
  {
    var p = Proposal()
    let sentences = analyser.analyse(text, context: .rule)
    p.topics = topics(sentences, chapter: analyser.analyse(chapterTitle, context: .explanation))
    p.norms = norms(sentences)
    p.quantities = quantities(sentences)
    p.reportTo = roles(sentences)
    p.laws = laws(text)
    if allowRefs { p.references = references(sentences, keys: ruleKeys, own: ownKey) }
    return p
  }

  /// The topics the sentences are about (the opening sentence counts double), the chapter
  /// title's as support, or as a fallback when the text names none.
  func topics(_ sentences: [SentenceAnalysis], chapter: [SentenceAnalysis]) -> [String] {
    var score: [String: Int] = [:]
    var order: [String] = []
    for (k, s) in sentences.enumerated() {
      for (rank, t) in s.topics.enumerated() {
        if score[t] == nil { order.append(t) }
        score[t, default: 0] += (k == 0 ? 2 : 1) * (rank == 0 ? 2 : 1)
      }
    }
    let chapterTopics = chapter.flatMap(\.topics)
    for t in chapterTopics where score[t] != nil { score[t]! += 3 }
    if score.isEmpty { return Array(chapterTopics.prefix(1)) }
    let best = score.values.max() ?? 0
    return order.filter { score[$0]! * 2 >= best }.sorted { score[$0]! > score[$1]! }.prefix(3).map { $0 }
  }

  /// Norm kinds: the opening sentence's, then explicit kinds of later sentences (a prohibition, a
  /// duty to report, a permission, a power, a definition), never a second plain duty; two at most.
  func norms(_ sentences: [SentenceAnalysis]) -> [String] {
    var kinds: [Modality] = []
    for (k, s) in sentences.enumerated() where !s.question {
      var ks = s.modalities
      if k > 0 && !kinds.isEmpty { ks.removeAll { $0 == .gebod || $0 == .uitgangspunt || $0 == .definitie } }
      for m in ks where !kinds.contains(m) { kinds.append(m) }
    }
    if kinds.count > 1 { kinds.removeAll { $0 == .uitgangspunt } }
    if kinds.contains(.verbod) && kinds.contains(.toestemming) { kinds.removeAll { $0 == .gebod } }
    let order: [Modality] = [.verbod, .meldplicht, .gebod, .toestemming, .bevoegdheid, .definitie, .uitgangspunt]
    var sorted = order.filter { kinds.contains($0) }.map(\.rawValue)
    if sorted.isEmpty && !sentences.isEmpty { sorted = ["uitgangspunt"] }
    // A rule that says it departs from another is an exception ("in afwijking van artikel 3.1").
    if sentences.contains(where: {
      $0.mentions(["in afwijking van", "uitzondering op", "bij uitzondering", "met uitzondering van"])
    }) {
      sorted.insert(NormKind.uitzondering.rawValue, at: min(1, sorted.count))
    }
    return Array(sorted.prefix(2))
  }

  /// Amounts that limit something (`@drempel`) and periods that bound it (`@termijn`) or set a
  /// deadline (`@binnen`); a frequency ("jaarlijks") is neither. A value the parser would reject
  /// (`QuantityUnit.maximum`) is left out, so an imported code always passes `ambt check`.
  func quantities(_ sentences: [SentenceAnalysis]) -> [(kind: String, text: String)] {
    var out: [(String, String)] = []
    func add(_ e: (String, String)) { if !out.contains(where: { $0 == e }) { out.append(e) } }
    for s in sentences {
      for a in s.amounts where (a.boundary != .eq || s.mentions(["waarde", "bedrag"])) && QuantityUnit.euro.accepts(a.value) {
        add(
          (
            "drempel",
            a.value >= 1_000_000 && a.value.truncatingRemainder(dividingBy: 1_000_000) == 0
              ? "€ \(Quantity.format(a.value / 1_000_000)) miljoen" : "€ \(Quantity.format(a.value))"
          ))
      }
      for p in s.periods where p.kind != .frequentie {
        let unit: String
        let limit: QuantityUnit
        switch p.unit {
        case .jaar: (unit, limit) = ("jaar", .jaar)
        case .maand: (unit, limit) = (p.value == 1 ? "maand" : "maanden", .maand)
        case .week: (unit, limit) = (p.value == 1 ? "week" : "weken", .week)
        case .dag, .werkdag: (unit, limit) = (p.value == 1 ? "dag" : "dagen", .dag)
        case .uur: (unit, limit) = ("uur", .uur)
        }
        guard limit.accepts(p.value) else { continue }
        add((p.kind == .binnen ? "binnen" : "termijn", "\(Quantity.format(p.value)) \(unit)"))
      }
    }
    return Array(out.prefix(3))
  }

  /// Roles one reports to or asks consent from, in text order.
  func roles(_ sentences: [SentenceAnalysis]) -> [String] {
    var found: [String] = []
    for s in sentences { for r in s.reportTo + s.consentBy where !found.contains(r) { found.append(r) } }
    return Array(found.prefix(4))
  }

  /// References to rules of the code that exist (`artikel 7.2`, `10.1 t/m 10.6`).
  func references(_ sentences: [SentenceAnalysis], keys: Set<String>, own: String) -> [String] {
    var out: [String] = []
    for s in sentences {
      for r in s.references {
        guard let a = r.article, keys.contains(a), a != own else { continue }
        let entry = r.through.map { keys.contains($0) ? "\(a) t/m \($0)" : a } ?? a
        if !out.contains(entry) { out.append(entry) }
      }
    }
    return out
  }

  /// Folded text with a space at both ends and punctuation turned into spaces, so that
  /// `" stem"` finds a word start.
  static func wordText(_ s: String) -> String {
    let f = TextFold.fold(s)
    // ASCII: letters, digits, `-`, `/` and `&` kept, the rest a space, byte by byte.
    if f.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = [0x20]
      bytes.reserveCapacity(f.utf8.count + 2)
      for b in f.utf8 {
        let keep =
          (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2F
          || b == 0x26
        bytes.append(keep ? b : 0x20)
      }
      bytes.append(0x20)
      return String(decoding: bytes, as: UTF8.self)
    }
    var out = " "
    for c in TextFold.fold(s) {
      if c.isLetter || c.isNumber || c == "-" || c == "€" || c == "/" || c == "&" { out.append(c) } else { out.append(" ") }
    }
    return out + " "
  }

  /// Laws named in the text, as written there, with an article number when it stands right before.
  ///
  /// The text is walked character by character: an ASCII character that no alias starts with
  /// (folded) is passed over; at the start of a word, the next six characters are asked whether an
  /// alias may start there, and only then the next eighty which it is (`Vocabulary.lawPrefix`).
  func laws(_ text: String) -> [String] {
    var t = text
    // ASCII without a carriage return (which makes one character with a line feed): its
    // characters are its bytes.
    let plain = t.withUTF8 { b in
      for c in b where c >= 0x80 || c == 0x0D { return false }
      return true
    }
    if plain {
      return t.withUTF8 { b in
        lawWalk(
          count: b.count, ascii: { b[$0] }, isLetter: { Inference.isASCIILetter(b[$0]) },
          isLetterOrNumber: { Inference.isASCIILetter(b[$0]) || Inference.isASCIIDigit(b[$0]) },
          text: { String(decoding: UnsafeBufferPointer(rebasing: b[$0..<$1]), as: UTF8.self) })
      }
    }
    // Any other text: by its characters, each noted once with where its bytes start and, when it
    // has one byte (then ASCII, judged on that byte), the byte.
    let characters = Array(text)
    var starts: [Int] = [0]
    var single: [UInt8] = []
    starts.reserveCapacity(characters.count + 1)
    single.reserveCapacity(characters.count)
    for c in characters {
      let n = c.utf8.count
      single.append(n == 1 ? c.utf8.first! : 0xFF)
      starts.append(starts[starts.count - 1] + n)
    }
    return t.withUTF8 { b in
      lawWalk(
        count: characters.count, ascii: { single[$0] == 0xFF ? nil : single[$0] },
        isLetter: { k in single[k] == 0xFF ? characters[k].isLetter : Inference.isASCIILetter(single[k]) },
        isLetterOrNumber: { k in
          let c = single[k]
          return c == 0xFF
            ? characters[k].isLetter || characters[k].isNumber : Inference.isASCIILetter(c) || Inference.isASCIIDigit(c)
        },
        text: { String(decoding: UnsafeBufferPointer(rebasing: b[starts[$0]..<starts[$1]]), as: UTF8.self) })
    }
  }

  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
  @inline(__always) static func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// `laws` over `count` characters: `ascii(k)` is character k's byte when it is one byte (ASCII),
  /// `text(a, b)` characters a..<b as text.
  func lawWalk(
    count n: Int, ascii: (Int) -> UInt8?, isLetter: (Int) -> Bool, isLetterOrNumber: (Int) -> Bool,
    text: (Int, Int) -> String
  ) -> [String] {
    var out: [String] = []
    var ids: Set<String> = []
    var k = 0
    while k < n {
      // An ASCII character that no alias starts with (folded) starts no law: skip it first.
      if let b = ascii(k), !lawStartBytes[Int(b)] {
        k += 1
        continue
      }
      let atWordStart = k == 0 || !isLetterOrNumber(k - 1)
      if atWordStart, isLetter(k), vocabulary.mayStartLaw(text(k, min(n, k + 6))),
        let (law, len) = vocabulary.lawPrefix(of: text(k, min(n, k + 80)))
      {
        let written = text(k, min(n, k + len))
        // Short aliases (AP, BW, Sr, CAR) count only as written, in capitals where the alias has them.
        let aliasOK =
          law.aliases.contains { $0 == written } || written.count > 5 || written.first?.isUppercase == true && written.count > 3
        if aliasOK && !ids.contains(law.id) && written.first?.isUppercase == true {
          ids.insert(law.id)
          var entry = written
          if let (article, lid) = Inference.articleBefore(text(max(0, k - 40), k)) {
            entry += ", art. " + article
            if let lid { entry += " lid " + lid }
          }
          out.append(entry)
        }
        k += max(1, len)
        continue
      }
      k += 1
    }
    return out
  }

  /// `artikel 8 lid 1 van de ` at the end of `text` (the words right before a law's name):
  /// the article and lid numbers.
  static func articleBefore(_ text: String) -> (String, String?)? {
    guard text.hasSuffix(" ") else { return nil }
    var words = text.lowercased().split(separator: " ").map(String.init)
    if let last = words.last, last == "de" || last == "het" { words.removeLast() }
    guard words.last == "van" || words.last == ",van" else { return nil }
    words.removeLast()
    if var last = words.last, last.hasSuffix(",") {
      last.removeLast()
      words[words.count - 1] = last
    }
    func isNumber(_ w: String, letters: Bool) -> Bool {
      guard let f = w.first, f.isASCII, f.isNumber else { return false }
      let digits = w.prefix { $0.isASCII && $0.isNumber }
      let rest = w.dropFirst(digits.count)
      return rest.isEmpty || letters && rest.allSatisfy { $0.isASCII && $0.isLetter }
    }
    let n = words.count
    if n >= 4, words[n - 4] == "artikel", isNumber(words[n - 3], letters: true), words[n - 2] == "lid",
      isNumber(words[n - 1], letters: false)
    {
      return (words[n - 3], words[n - 1])
    }
    if n >= 2, words[n - 2] == "artikel", isNumber(words[n - 1], letters: true) { return (words[n - 1], nil) }
    return nil
  }
}
