import AmbtSemantics
import Foundation

/// Words of scope: what restricts a norm to what it names ("uitsluitend", "alleen", "slechts",
/// "enkel"), what widens it ("ook als …", "ook niet van …", "zelfs als", "ongeacht"), what softens
/// it ("in beginsel", "in principe", "in de regel"), what takes something out ("anders dan"), and
/// the items of an enumeration. Each is compared with the words it bears on (its focus), so a
/// synonym ("uitsluitend" → "alleen") or a word moved with its focus ("ook buiten werktijd" to the
/// front) is no change, and a restriction moved to other words ("Uitsluitend de woordvoerders
/// staan de pers te woord" → "De woordvoerders staan de pers uitsluitend te woord over …") is.
extension TextComparer {
  /// One word of scope with its focus: `kind` and the content words after it.
  struct ScopeMark: Hashable {
    enum Kind: Hashable { case only, also, hedge, except }
    var kind: Kind
    /// What is compared: for a hedge, the first of its synonyms (`hedgeSynonyms`).
    var focus: String
    /// The hedge as written, when it is a synonym of `focus` (not compared).
    var written: String? = nil
    /// As written in a bullet: the word of scope and its focus.
    var display: String {
      switch kind {
      case .only: return "alleen " + focus + " …"
      case .also: return "ook " + focus + " …"
      case .hedge: return written ?? focus
      case .except: return "anders dan " + focus + " …"
      }
    }

    static func == (a: ScopeMark, b: ScopeMark) -> Bool { a.kind == b.kind && a.focus == b.focus }
    func hash(into h: inout Hasher) {
      h.combine(kind)
      h.combine(focus)
    }
  }

  static let restricting: Set<String> = ["uitsluitend", "alleen", "slechts", "enkel", "louter"]
  static let widening: Set<String> = ["ook", "eveneens", "zelfs", "ongeacht"]
  static let hedges: [[String]] = [
    ["in", "beginsel"], ["in", "principe"], ["in", "de", "regel"], ["als", "regel"], ["zo", "mogelijk"],
    ["waar", "mogelijk"], ["zoveel", "mogelijk"], ["bij", "voorkeur"], ["doorgaans"], ["normaal", "gesproken"],
    ["meestal"], ["veelal"],
    // Advice in place of a duty ("Het wordt de ambtenaar aangeraden … te bespreken" → "De
    // ambtenaar moet … bespreken"): the norm binds less, as under a hedge.
    ["aangeraden"], ["raadzaam"], ["aanbevolen"], ["aanbeveling"], ["aan", "te", "raden"], ["aan", "te", "bevelen"],
  ]
  /// Hedges of one meaning, shown as the first ("aanbevolen" is "aangeraden").
  static let hedgeSynonyms: [String: String] = [
    "meestal": "doorgaans", "veelal": "doorgaans", "in beginsel": "in principe", "aanbevolen": "aangeraden",
    "aanbeveling": "aangeraden", "aan te raden": "aangeraden",
    "aan te bevelen": "aangeraden", "raadzaam": "aangeraden",
  ]
  /// Words skipped in a focus (determiners and pronouns say nothing of its scope: "ook als je …"
  /// and "ook als u …" are one).
  static let focusSkipped: Set<String> = [
    "de", "het", "een", "je", "jouw", "uw", "zijn", "haar", "hun", "onze", "ons", "die", "dat", "deze", "dit", "te", "er",
    "u", "jij", "jou", "hij", "zij", "ze", "wij", "we", "men", "zich", "jezelf", "uzelf",
  ]
  /// Words after `ook` that make it no word of scope: "ook al" is "although"; "ook na", "ook
  /// tijdens" speak of the time, which is compared as the time scope (`tijd`).
  static let notWidening: Set<String> = ["al", "na", "tijdens", "nadat", "zolang"]
  /// "ook wanneer je dienstverband is beëindigd": the time after the employment, compared as the
  /// time scope (`tijd`), as "ook na" is.
  static func endedEmployment(_ s: SentenceAnalysis, _ w: [Substring], after k: Int) -> Bool {
    guard s.temporal == .na || s.temporal == .tijdensEnNa, k + 1 < w.count, ["als", "wanneer", "indien"].contains(w[k + 1])
    else { return false }
    let window = w[(k + 2)..<min(w.count, k + 10)]
    // ("ook als je niet meer bij de gemeente werkt": the work itself, no longer done.)
    let noLonger = zip(window, window.dropFirst()).contains { $0 == "niet" && $1 == "meer" }
    return window.contains { employment.contains(String($0)) || noLonger && ($0 == "werkt" || $0 == "werkzaam") }
  }
  static let employment: Set<String> = ["dienstverband", "aanstelling", "arbeidsovereenkomst", "dienstbetrekking", "contract"]
  /// What a restriction before a condition restricts is the condition ("alleen als …"): compared
  /// as the condition, not here.
  static let conditionWords: Set<String> = ["als", "indien", "wanneer", "mits", "met", "na", "nadat", "maar", "niet"]

  /// Particles of separable verbs, which may stand between a restriction and its condition.
  static let particles: Set<String> = [
    "aan", "op", "af", "in", "mee", "toe", "uit", "door", "over", "voor", "bij", "om", "terug", "weg", "vast",
  ]

  /// The folded words of a sentence (`wordText` split).
  static func folded(_ s: SentenceAnalysis) -> [Substring] { s.wordText.split(separator: " ") }

  /// The words of scope in `sentences`, with their focus: the next two content words.
  static func scopeMarks(_ sentences: [SentenceAnalysis]) -> [ScopeMark] {
    var out: [ScopeMark] = []
    for s in sentences {
      let w = folded(s)
      // (The action in any of its forms: "worden … uitsluitend verwerkt voor zover …".)
      func isAction(_ x: Substring) -> Bool {
        guard let a = s.action else { return false }
        return x == a || NormAnalyser.shared.lexicon.verbs(String(x)).contains { $0.lemma == a }
      }
      // (Not the action itself: "uitsluitend gebruikt voor de uitoefening" restricts what
      // "uitsluitend voor de uitoefening … gebruikt" does.)
      func focus(from k: Int) -> String? {
        let content = w[k...].lazy.filter { !focusSkipped.contains(String($0)) && !isAction($0) }.prefix(2)
        return content.isEmpty ? nil : content.joined(separator: " ")
      }
      // ("alleen voor zover …" opens a condition as "alleen als …" does.)
      func opensCondition(_ j: Int) -> Bool {
        conditionWords.contains(String(w[j])) || w[j] == "voor" && j + 1 < w.count && w[j + 1] == "zover"
      }
      var k = 0
      while k < w.count {
        let word = String(w[k])
        // ("niet alleen … maar ook": no restriction; "alleen maar": one.)
        // (A verb's particle between them belongs to the verb: "neemt u … alleen aan als …".)
        // (So does the verb itself, with or without `te`: "deel … alleen met" and "dient … alleen
        // te delen met" restrict the same.)
        let verbWords = (w[k + 1..<min(w.count, k + 3)].first == "te" ? 2 : 1)
        let verb =
          k + verbWords + 1 < w.count && (verbWords == 2 || isAction(w[k + 1])) && opensCondition(k + verbWords + 1)
        let particle = verb || k + 2 < w.count && particles.contains(String(w[k + 1])) && opensCondition(k + 2)
        if restricting.contains(word), !(k > 0 && w[k - 1] == "niet"), k + 1 < w.count, !particle,
          !opensCondition(k + 1), let f = focus(from: k + 1)
        {
          out.append(ScopeMark(kind: .only, focus: f))
        } else if widening.contains(word), k + 1 < w.count, !(k > 0 && w[k - 1] == "maar"),
          !notWidening.contains(String(w[k + 1])), !endedEmployment(s, w, after: k), let f = focus(from: k + 1)
        {
          out.append(ScopeMark(kind: .also, focus: f))
        } else if word == "anders", k + 1 < w.count, w[k + 1] == "dan", let f = focus(from: k + 2) {
          out.append(ScopeMark(kind: .except, focus: f))
        } else if let h = hedges.first(where: { h in k + h.count <= w.count && w[k..<(k + h.count)].elementsEqual(h, by: ==) }) {
          let written = h.joined(separator: " ")
          out.append(ScopeMark(kind: .hedge, focus: hedgeSynonyms[written] ?? written, written: written))
          k += h.count
          continue
        }
        k += 1
      }
    }
    return out
  }

  /// The words of scope that differ between two versions of a part, each side in its order; nil
  /// when they agree. Only for sentences whose norms agree (a norm turned around is named as
  /// such, and a reworded sentence is compared as a whole).
  static func scopeChange(_ x: [SentenceAnalysis], _ y: [SentenceAnalysis]) -> (old: [ScopeMark], new: [ScopeMark])? {
    let a = scopeMarks(x)
    let b = scopeMarks(y)
    var left = b
    var gone: [ScopeMark] = []
    for m in a {
      if let i = left.firstIndex(of: m) { left.remove(at: i) } else { gone.append(m) }
    }
    return gone.isEmpty && left.isEmpty ? nil : (gone, left)
  }

  /// Whether two texts differ only in `en` and `of` swapped ("als het betaald is en met je functie te
  /// maken heeft" → "… of …": both conditions, or either).
  static func coordinatorSwap(_ a: String, _ b: String) -> Bool {
    let x = a.lowercased().split(separator: " ")
    let y = b.lowercased().split(separator: " ")
    guard x.count == y.count, x != y else { return false }
    return zip(x, y).allSatisfy { p, q in p == q || Set([p, q]) == ["en", "of"] }
  }

  /// Items of an enumeration added or taken away ("van de gemeentesecretaris en de
  /// afdelingshoofden" → "…, de afdelingshoofden en de teamleiders"; "Geld, cadeaubonnen en
  /// kortingen" → "Geld en cadeaubonnen"): the words one side has more, when the other has none
  /// more, they stand in a list (after a comma, `en` or `of`) and are at most four.
  static func enumerationChange(_ x: [SentenceAnalysis], _ y: [SentenceAnalysis]) -> (added: Bool, words: String)? {
    func tokens(_ list: [SentenceAnalysis]) -> [String] {
      list.flatMap { s in
        s.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "," && $0 != "-" })
          .flatMap { part -> [String] in
            part.hasSuffix(",") && part.count > 1 ? [String(part.dropLast()), ","] : [String(part)]
          }
      }
    }
    // ("de reis- en verblijfkosten" → "de reiskosten": a compound's first part before `en` or
    // `of` shares the head of the next word, which the other side's word shows.)
    func expanded(_ p: [String], _ other: [String]) -> [String] {
      var out = p
      for k in out.indices where k + 2 < out.count && out[k].count > 2 && out[k].hasSuffix("-") {
        guard out[k + 1] == "en" || out[k + 1] == "of" else { continue }
        let first = String(out[k].dropLast())
        if let whole = other.first(where: {
          $0.count > first.count && $0.hasPrefix(first) && out[k + 2].hasSuffix($0.dropFirst(first.count))
        }) {
          out[k] = whole
        }
      }
      return out
    }
    let a = expanded(tokens(x), tokens(y))
    let b = expanded(tokens(y), tokens(x))
    func more(_ p: [String], _ q: [String]) -> [String] {
      var rest = q
      var extra: [String] = []
      for t in p {
        if let i = rest.firstIndex(of: t) { rest.remove(at: i) } else { extra.append(t) }
      }
      return extra
    }
    let plus = more(b, a).filter { $0 != "," && $0 != "en" && $0 != "of" }
    let minus = more(a, b).filter { $0 != "," && $0 != "en" && $0 != "of" }
    guard plus.isEmpty != minus.isEmpty else { return nil }
    let extra = plus.isEmpty ? minus : plus
    let content = extra.filter { !focusSkipped.contains($0) }
    guard !content.isEmpty, extra.count <= 4 else { return nil }
    // (In a list: right after a comma, `en` or `of`, past a determiner.)
    let side = plus.isEmpty ? a : b
    guard let first = side.firstIndex(of: content[0]) else { return nil }
    var j = first - 1
    while j >= 0 && focusSkipped.contains(side[j]) { j -= 1 }
    // (Or, for the first item, right before one: "van inwoners of bedrijven" → "van bedrijven".)
    var k = first + 1
    while k < side.count && focusSkipped.contains(side[k]) { k += 1 }
    // (Or the first item's words side by side before its `en` or `of`: "verdacht van of
    // veroordeeld voor" → "veroordeeld voor".)
    if content.count > 1, side.count >= first + extra.count, side[first..<(first + extra.count)].elementsEqual(extra) {
      k = first + extra.count
      while k < side.count && focusSkipped.contains(side[k]) { k += 1 }
    }
    guard
      j >= 0 && [",", "en", "of"].contains(side[j])
        || (content.count == 1 || side[first..<min(side.count, first + extra.count)].elementsEqual(extra)) && k < side.count
          && ["en", "of"].contains(side[k])
    else { return nil }
    return (!plus.isEmpty, content.joined(separator: " "))
  }

  /// A relative clause added to a noun or taken from it, the rest of the sentence the same
  /// ("Tijdens een aanbesteding waarbij u betrokken bent, neemt u …" → without it): it narrows what
  /// the norm is about, as a restriction does. One joined by `of` or `en` to a relative clause
  /// before it ("… met wie u een hiërarchische verhouding heeft of met wie u nauw samenwerkt")
  /// names one more case instead (`widening`). `words` is the clause as the longer side has it.
  static func relativeClauseChange(_ x: [SentenceAnalysis], _ y: [SentenceAnalysis]) -> (
    added: Bool, words: String, widening: Bool
  )? {
    let a = x.flatMap(folded)
    let b = y.flatMap(folded)
    let n = abs(a.count - b.count)
    guard n >= 3, n <= 14 else { return nil }
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    var i = 0
    while i < short.count && long[i] == short[i] { i += 1 }
    guard i > 0, long[(i + n)...].elementsEqual(short[i...]) else { return nil }
    var block = long[i..<(i + n)]
    let widening = block.first == "of" || block.first == "en"
    if widening { block = block.dropFirst() }
    guard let first = block.first,
      relativeOpeners.contains(String(first))
        || block.count > 1 && prepositionsBeforeWho.contains(String(first)) && block[block.startIndex + 1] == "wie"
    else { return nil }
    return (b.count > a.count, long[i..<(i + n)].joined(separator: " "), widening)
  }
  static let relativeOpeners: Set<String> = [
    "die", "waarbij", "waarin", "waarmee", "waarvoor", "waarover", "waaraan", "waarop", "waarvan", "welke",
  ]
  static let prepositionsBeforeWho: Set<String> = ["met", "voor", "bij", "aan", "van", "naar", "over", "tegen", "onder"]

  /// One word replaced and nothing else, where the two are ordinals ("tot en met de tweede
  /// graad" → "de eerste graad") or name two different roles the sentence does not already name
  /// as addressee, recipient or giver of consent ("De nevenwerkzaamheden van … de
  /// afdelingshoofden worden openbaar gemaakt" → "… de teamleiders …"): who or how far the norm
  /// reaches, compared as a change of scope with no direction of its own.
  static func wordSwap(_ x: [SentenceAnalysis], _ y: [SentenceAnalysis]) -> (old: String, new: String)? {
    let a = x.flatMap(folded).map(String.init)
    let b = y.flatMap(folded).map(String.init)
    guard a.count == b.count, let i = a.indices.first(where: { a[$0] != b[$0] }),
      a[(i + 1)...].elementsEqual(b[(i + 1)...])
    else { return nil }
    if ordinals.contains(a[i]) && ordinals.contains(b[i]) { return (a[i], b[i]) }
    let lexicon = NormAnalyser.shared.lexicon
    guard let r = lexicon.role(at: i, in: a), let q = lexicon.role(at: i, in: b), r.id != q.id else { return nil }
    let named = Set((x + y).flatMap { $0.reportTo + $0.consentBy + [$0.addressee].compactMap { $0 } })
    guard !named.contains(r.id), !named.contains(q.id) else { return nil }
    return (a[i], b[i])
  }
  static let ordinals: Set<String> = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
  ]

  /// An attribute added to a noun or taken from it ("uitnodigingen voor reizen" → "… voor
  /// buitenlandse reizen", "Het gebruik van …" → "Het structurele gebruik van …"): one inflected
  /// adjective more on one side, standing between two words that stand side by side on the other.
  /// `words` is the adjective with its noun.
  static func attributeChange(_ x: [SentenceAnalysis], _ y: [SentenceAnalysis]) -> (added: Bool, words: String)? {
    let a = x.flatMap { folded($0).map(String.init) }
    let b = y.flatMap { folded($0).map(String.init) }
    guard abs(a.count - b.count) == 1 else { return nil }
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    // The one word the longer side has more, the rest in the same order.
    var i = 0
    while i < short.count && long[i] == short[i] { i += 1 }
    guard i < long.count - 1, i > 0, long[(i + 1)...].elementsEqual(short[i...]) else { return nil }
    let word = long[i]
    guard word.count >= 5, word.hasSuffix("e"), !notAttributes.contains(word), !focusSkipped.contains(word) else { return nil }
    return (b.count > a.count, word + " " + long[i + 1])
  }
  /// Words in -e before a noun that do not narrow it: determiners, quantifiers, ordinals and
  /// words of sameness.
  static let notAttributes: Set<String> = [
    "elke", "iedere", "welke", "deze", "dezelfde", "hetzelfde", "zelfde", "eerste", "tweede", "derde", "vierde", "vijfde",
    "hele", "gehele", "volledige", "genoemde", "bedoelde", "betreffende", "desbetreffende", "voornoemde", "laatste",
    "vorige", "volgende", "huidige", "bovenstaande", "onderstaande", "eerdere",
  ]

  /// Which way words of scope changed a norm: a restriction or a hedge gone from a duty or ban
  /// makes it bind more (a hedge) or cover more (a restriction); from a permission, it permits more.
  /// Words of widening work the other way round. Mixed changes cannot be ordered.
  /// The norms a list item carries when its lead-in gives it one.
  /// (And what another role may do: "kan de secretaris-directeur de volgende maatregelen nemen:"
  /// and one more measure.)
  static let listNorms: Set<Modality> = [.gebod, .verbod, .meldplicht, .toestemming, .bevoegdheid]
  /// A list item as a bullet shows it: its first words.
  static func itemDisplay(_ s: SentenceAnalysis) -> String {
    let words = s.text.split(separator: " ")
    let shown = words.prefix(8).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ";.,:"))
    return words.count > 8 ? shown + " …" : shown
  }
  /// Which way a list item that comes binds: one more thing banned, required or to report is
  /// stricter; one more thing allowed is looser.
  static func itemDirection(_ s: SentenceAnalysis) -> Direction {
    switch s.modality {
    case .verbod, .meldplicht: return .strenger
    case .gebod: return s.negated ? .soepeler : .strenger
    case .toestemming: return s.negated ? .strenger : .soepeler
    default: return .onbepaald
    }
  }

  static func scopeDirection(_ c: (old: [ScopeMark], new: [ScopeMark]), _ s: SentenceAnalysis?) -> Direction {
    guard let s, !s.negated || s.modality == .verbod else { return .onbepaald }
    let binding: Bool
    switch s.modality {
    case .gebod, .verbod, .meldplicht: binding = true
    case .toestemming: binding = false
    default: return .onbepaald
    }
    let kinds = Set((c.old + c.new).map(\.kind))
    guard kinds.count == 1, let kind = kinds.first, c.old.isEmpty || c.new.isEmpty else { return .onbepaald }
    let gone = c.new.isEmpty
    switch kind {
    case .hedge: return gone == binding ? .strenger : .soepeler
    case .only, .except: return gone == binding ? .strenger : .soepeler
    case .also: return gone == binding ? .soepeler : .strenger
    }
  }
}
