import AmbtModel
import AmbtSemantics

/// How a norm treats the cases it names: a permission or exemption frees them, a prohibition or
/// duty burdens them; descriptions, principles, definitions and powers are unknown.
enum Polarity: Equatable {
  case freeing, burdening, unknown

  init(_ s: SentenceAnalysis) {
    switch s.modality {
    case .toestemming: self = .freeing
    case .verbod, .gebod, .meldplicht: self = .burdening
    default: self = .unknown
    }
  }

  var inverted: Polarity {
    switch self {
    case .freeing: return .burdening
    case .burdening: return .freeing
    case .unknown: return .unknown
    }
  }
}

/// The kinds of meaning the analyser decides for a matched pair of rules; the other kinds come
/// from confirmed annotations.
struct TextKinds: OptionSet, Sendable {
  let rawValue: Int
  static let amounts = TextKinds(rawValue: 1)
  static let periods = TextKinds(rawValue: 2)
  static let norms = TextKinds(rawValue: 4)
  static let roles = TextKinds(rawValue: 8)
}

/// Names the changes of meaning the norm analyser reads between the old and the new text of a
/// matched rule: amounts, periods, norms (per clause) and recipients or consent givers.
///
/// Only the stretches of text that differ are read (units with the same lead-in and text read
/// the same). Within each stretch, items equal on both sides cancel and the rest are paired in
/// order; what is left over is paired across the rule, so a sentence that moved and changed is
/// still one change; what remains was added or removed.
struct TextComparer {
  var kinds: TextKinds
  /// Whether the text describes rather than binds (a preamble): as in an explanation, a norm that
  /// comes or goes is prose reworded ("De medewerkers werken dagelijks met …" → "Je werkt elke
  /// dag met …"); only a norm turned around is named.
  var describes = false

  func compare(_ old: RuleText, _ new: RuleText) -> [SemanticChange] {
    part(old.binding, new.binding, explanation: false) + part(old.explanation, new.explanation, explanation: true)
  }

  // MARK: Items

  struct AmountItem {
    var amount: Amount
    var polarity: Polarity
    /// From a sentence that is new or gone as a whole, not one that changed.
    var standalone: Bool
    /// A percentage ("maximaal 10 procent"), compared only with percentages.
    var percent = false

    /// `≤ € 50`, or `≤ 10%` for a percentage.
    var display: String {
      percent ? Boundary.symbol(amount.boundary) + Quantity.euros(amount.value) + "%" : amount.display
    }
  }

  struct PeriodItem {
    var period: Period
    var polarity: Polarity
    var standalone: Bool
    /// A calendar deadline ("vóór 1 februari"), as written; compared only with another.
    var date: String? = nil

    var display: String { date ?? period.display }
  }

  /// A norm as the comparison sees it: the modality, and the negation where it is not already
  /// part of the modality (a verbod is a negated duty; `hoeft niet` is a negated toestemming).
  struct NormValue: Equatable {
    var modality: Modality
    var negated: Bool

    init(_ n: Norm) {
      modality = n.modality
      negated = n.negated && n.modality != .verbod
    }

    var text: String { modality.rawValue + (negated ? " (ontkend)" : "") }
  }

  struct NormItem {
    /// 0: a main clause (primary or coordinate), 1: a condition, 2: an exception.
    var role: Int
    var value: NormValue
    var standalone: Bool
  }

  /// Items of one kind from both versions; see `TextComparer`.
  struct Pairing<T> {
    var pairs: [(T, T)] = []
    var removed: [T] = []
    var added: [T] = []
    let same: (T, T) -> Bool
    let group: (T) -> Int

    mutating func add(_ a: [T], _ b: [T]) {
      let (p, r, n) = pair(a, b)
      pairs += p
      removed += r
      added += n
    }

    /// Pairs what was left over in the stretches across the whole rule.
    mutating func finish() {
      let (p, r, n) = pair(removed, added)
      pairs += p
      removed = r
      added = n
    }

    func pair(_ a: [T], _ b: [T]) -> ([(T, T)], [T], [T]) {
      var restA = a
      var restB = b
      var k = 0
      while k < restA.count {
        if let j = restB.firstIndex(where: { same(restA[k], $0) }) {
          restA.remove(at: k)
          restB.remove(at: j)
        } else {
          k += 1
        }
      }
      var pairs: [(T, T)] = []
      var removed: [T] = []
      var used = Set<Int>()
      for x in restA {
        if let j = restB.indices.first(where: { !used.contains($0) && group(restB[$0]) == group(x) }) {
          used.insert(j)
          pairs.append((x, restB[j]))
        } else {
          removed.append(x)
        }
      }
      return (pairs, removed, restB.indices.filter { !used.contains($0) }.map { restB[$0] })
    }
  }

  /// Where an exception clause starts in a sentence (a byte offset into its text), if it has one.
  static func exceptionStart(_ s: SentenceAnalysis) -> Int? {
    firstPhrase(["tenzij", "behalve", "behoudens", "uitgezonderd", "met uitzondering van"], in: s)
  }

  /// Where in `s.text` (a byte offset) the first of `phrases` stands as whole words, from byte
  /// `from` on, compared in lower case.
  static func firstPhrase(_ phrases: [String], in s: SentenceAnalysis, from: Int = 0) -> Int? {
    let bytes = Array(s.text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let letter: (UInt8) -> Bool = { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }
    var best: Int?
    for phrase in phrases {
      let w = Array(phrase.utf8)
      guard bytes.count - from > w.count else { continue }
      for k in from...(bytes.count - w.count) where bytes[k..<(k + w.count)].elementsEqual(w) {
        let before = k == 0 ? 0x20 : bytes[k - 1]
        let after = k + w.count < bytes.count ? bytes[k + w.count] : 0x20
        if !letter(before) && !letter(after) {
          best = min(best ?? k, k)
          break
        }
      }
    }
    return best
  }

  /// `s.text` from byte `start` up to byte `end` (its end when nil), without the spaces and
  /// punctuation that close it.
  static func clause(of s: SentenceAnalysis, from start: Int, to end: Int? = nil) -> String {
    let bytes = Array(s.text.utf8)
    var end = end ?? bytes.count
    while end > start, [0x2E, 0x3B, 0x3A, 0x20, 0x21, 0x2C].contains(bytes[end - 1]) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The staff `s` names as those it binds, as written, and whether a team, department or
  /// function narrows them ("medewerkers van team Inkoop", "ambtenaren van het team Inkoop en
  /// Aanbesteding") or not ("alle medewerkers", "iedere ambtenaar").
  static func group(_ s: SentenceAnalysis) -> (phrase: String, narrowed: Bool)? {
    let text = s.text
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "." })
    func folded(_ w: Substring) -> String { w.lowercased() }
    guard let n = words.firstIndex(where: { staffNouns.contains(folded($0)) }) else { return nil }
    var start = n
    // ("Als medewerker meld je …": the capacity that binds, as "alle medewerkers" does.)
    // ("Het is de medewerker niet toegestaan …": the staff in general, as against a team.)
    if n > words.startIndex, universal.contains(folded(words[n - 1])) || ["als", "de"].contains(folded(words[n - 1])) {
      start = n - 1
    }
    var end = n + 1
    // "van (het|de) team|afdeling X (en Y)": names after the unit word, capitalised, joined by `en`.
    if end < words.endIndex, folded(words[end]) == "van" {
      var j = end + 1
      if j < words.endIndex, ["het", "de"].contains(folded(words[j])) { j += 1 }
      if j < words.endIndex, units.contains(folded(words[j])) {
        j += 1
        while j < words.endIndex,
          words[j].first?.isUppercase == true
            || ["en", "&", "of"].contains(folded(words[j])) && j + 1 < words.endIndex
              && (words[j + 1].first?.isUppercase == true || units.contains(folded(words[j + 1])))
            // ("team Inkoop dan wel team Vastgoed".)
            || folded(words[j]) == "dan" && j + 2 < words.endIndex && folded(words[j + 1]) == "wel"
              && (words[j + 2].first?.isUppercase == true || units.contains(folded(words[j + 2])))
            || folded(words[j]) == "wel" && j > words.startIndex && folded(words[j - 1]) == "dan"
            || units.contains(folded(words[j])) && ["en", "of", "wel"].contains(folded(words[j - 1]))
        {
          j += 1
        }
        end = j
      }
    }
    // "in een aangewezen functie", "met een vertrouwensfunctie": a kind of function.
    if end == n + 1, end < words.endIndex, ["in", "met"].contains(folded(words[end])),
      let f = words[(end + 1)..<min(words.endIndex, end + 4)].firstIndex(where: {
        folded($0).hasSuffix("functie") || folded($0).hasSuffix("functies")
      })
    {
      end = f + 1
    }
    let narrowed = end > n + 1
    guard narrowed || start < n else { return nil }
    return (words[start..<end].joined(separator: " "), narrowed)
  }
  /// "Medewerkers die bij inkoop betrokken zijn, nemen geen …": the staff noun with the relative
  /// clause that narrows whom the norm binds, and the sentence without that clause (to compare
  /// with the other version's sentence, which may say the same of all staff).
  static func relativeRestriction(_ s: SentenceAnalysis) -> (phrase: String, noun: String, without: String)? {
    let text = s.text
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "." })
    guard let n = words.firstIndex(where: { staffNouns.contains($0.lowercased()) }), n + 1 < words.endIndex,
      words[n + 1].lowercased() == "die",
      let comma = text[words[n + 1].endIndex...].firstIndex(of: ","),
      text[words[n + 1].endIndex..<comma].split(separator: " ").count <= 10
    else { return nil }
    let cut = text[..<words[n].endIndex] + text[text.index(after: comma)...]
    return (String(text[words[n].startIndex..<comma]), String(words[n]), String(cut))
  }

  /// The groups a definition of the staff names ("medewerker: de ambtenaar …, de stagiair en de
  /// uitzendkracht"), by their id in the vocabulary's groups; nil for another sentence.
  /// So the groups a statement of the code's scope names ("Deze gedragscode is van toepassing op
  /// alle ambtenaren …, alsmede op uitzendkrachten en stagiairs"), after its verb.
  static func staffDefinition(_ s: SentenceAnalysis) -> Set<String>? {
    var words = s.wordText.split(separator: " ")
    if let first = words.first, staffNouns.contains(String(first).trimmingCharacters(in: [":"])),
      s.text.prefix(40).contains(":") || s.modality == .definitie
    {
      words.removeFirst()
    } else if let r = scopePhrases.lazy.compactMap({ s.wordText.range(of: $0) }).first {
      words = s.wordText[r.upperBound...].split(separator: " ")
    } else {
      return nil
    }
    // (A name in the singular resolves through its plural: "inhuurkracht", "payroller".)
    let groups = Vocabulary.shared.groups
    let found = Set(words.compactMap { w in ["", "en", "s"].lazy.compactMap { groups.resolve(w + $0) }.first })
    return found.isEmpty ? nil : found
  }
  /// The words after which a statement of scope names whom the code binds.
  static let scopePhrases = [" van toepassing op ", " geldt voor ", " gelden voor "]

  static let staffNouns: Set<String> = [
    "medewerker", "medewerkers", "ambtenaar", "ambtenaren", "werknemer", "werknemers", "personeelsleden",
  ]
  /// Whether the sentence names the employee it binds (a staff noun or the reader's pronoun), not
  /// only by default, as a passive without its agent does.
  static func namesStaff(_ s: SentenceAnalysis) -> Bool {
    s.wordText.split(separator: " ").contains { staffNouns.contains(String($0)) || ["je", "jij", "u"].contains($0) }
  }
  static let universal: Set<String> = ["alle", "iedere", "elke", "ieder", "elk"]
  static let units: Set<String> = ["team", "teams", "afdeling", "afdelingen", "cluster", "sector", "bureau", "directie", "unit"]

  /// The condition clause of a conditional sentence `s` with a norm, as written from its
  /// conjunction (`als je leidinggevende vooraf toestemming geeft`), without the closing
  /// punctuation; nil for a sentence without one, or whose condition stands first (a condition
  /// first is the case a rule is about, its change a change of the case).
  /// Whether a condition asks only a consent: "mits je leidinggevende daarvoor toestemming geeft"
  /// (not "mits … toestemming geeft en het een zakelijk doel dient").
  static func consentOnly(_ c: String) -> Bool {
    let words = c.lowercased().split(separator: " ")
    return words.count <= 9 && !words.contains("en") && !words.contains("of")
      && consentWords.contains { w in words.contains { $0.hasPrefix(w) } }
  }
  static let consentWords = ["toestemming", "goedkeuring", "akkoord", "instemming", "ingestemd", "goedkeurt"]
  static let conditionOpeners = ["als", "indien", "mits", "wanneer", "op voorwaarde dat", "voor zover", "voorzover", "ingeval"]
  static func condition(_ s: SentenceAnalysis) -> String? {
    guard s.conditional, s.modality != .geen,
      let start = firstPhrase(Self.conditionOpeners, in: s, from: 1), start > 12
    else { return nil }
    // (Up to an exception after it, which is named as one: "mits …, tenzij …".)
    return clause(of: s, from: start, to: exceptionStart(s).flatMap { $0 > start ? $0 : nil })
  }

  /// The exception clause of `s` as written (`tenzij het gaat om vrijwilligerswerk`), without the
  /// sentence's closing punctuation, if it has one.
  static func exception(_ s: SentenceAnalysis) -> String? {
    exceptionStart(s).map { clause(of: s, from: $0) }
  }

  /// Whether one exception of one version (`tenzij A`) is the one condition of the other's
  /// sentences `other` that allow only what it names (`alleen … als A`): the same words after the
  /// conjunction, so the same cases allowed.
  static func onlyIfSwap(exceptions: [String], conditions: [String], _ other: [SentenceAnalysis]) -> Bool {
    guard exceptions.count == 1, conditions.count == 1,
      other.contains(where: { onlyIfStart(Array($0.text.utf8)) != nil })
    else { return false }
    func body(_ clause: String) -> String {
      var words = clause.lowercased().split(separator: " ")
      // ("tenzij", "als", "indien", "wanneer", "mits"; "op voorwaarde dat" has three words.)
      let opener = words.starts(with: ["op", "voorwaarde", "dat"]) ? 3 : 1
      words.removeFirst(min(opener, words.count))
      return words.joined(separator: " ")
    }
    return !body(exceptions[0]).isEmpty && body(exceptions[0]) == body(conditions[0])
  }

  /// "tenzij deze je functie in gevaar brengen" → "mits deze je functie niet in gevaar brengen",
  /// "tenzij de gever een aanvraag heeft" → "mits de gever geen aanvraag heeft": unless P is on
  /// condition that not P, the same cases allowed.
  static func negatedSwap(exceptions: [String], conditions: [String]) -> Bool {
    guard exceptions.count == 1, conditions.count == 1 else { return false }
    let e = exceptions[0].lowercased().split(separator: " ")
    var c = conditions[0].lowercased().split(separator: " ")
    guard e.first == "tenzij" else { return false }
    if c.starts(with: ["op", "voorwaarde", "dat"]) {
      c.removeFirst(3)
    } else if c.first == "mits" {
      c.removeFirst()
    } else {
      return false
    }
    let body = Array(e.dropFirst())
    if c.count == body.count + 1, let n = c.firstIndex(of: "niet") {
      var rest = c
      rest.remove(at: n)
      return Array(rest) == body
    }
    guard c.count == body.count else { return false }
    let differ = zip(body, c).enumerated().filter { $0.element.0 != $0.element.1 }
    return differ.count == 1 && differ[0].element.0 == "een" && differ[0].element.1 == "geen"
  }

  /// The polarity of what stands at `range` in `s`: inside an exception (`tenzij …`) a
  /// prohibition's cases are freed and a permission's burdened. So are they in the condition of
  /// a prohibition that allows only what it names ("neem je alleen aan als de kosten ten hoogste
  /// € 75 bedragen"; in a list, a lead-in "… alleen aan als:" makes each item that condition).
  static func polarity(of range: SourceRange, in s: SentenceAnalysis, leadIn: String? = nil) -> Polarity {
    let p = Polarity(s)
    // "Je neemt per jaar niet meer dan € 100 aan geschenken aan", "Je declareert maximaal
    // € 17,50": a duty whose object is the capped amount itself is a limit (lower is stricter),
    // not a duty over the cases below it ("Geschenken met een waarde van ten hoogste € 25 lever
    // je in" keeps that reading).
    if s.modality == .gebod && !s.negated && capsItsObject(range, in: s) { return .unknown }
    if let e = exceptionStart(s), range.start - s.range.start > e { return p.inverted }
    if s.modality == .verbod && s.conditional {
      if let c = onlyIfStart(Array(s.text.utf8)) {
        if range.start - s.range.start > c { return p.inverted }
      } else if let leadIn, onlyIfStart(Array(leadIn.utf8)) != nil {
        return p.inverted
      }
    }
    return p
  }

  /// Whether the amount at `range` follows a word of a cap ("niet meer dan", "maximaal", "ten
  /// hoogste", "hooguit") with no noun of a value between ("een waarde van", "kosten van").
  static func capsItsObject(_ range: SourceRange, in s: SentenceAnalysis) -> Bool {
    let bytes = Array(s.text.utf8)
    let at = range.start - s.range.start
    guard at > 0, at <= bytes.count else { return false }
    let before = String(decoding: bytes[max(0, at - 40)..<at], as: UTF8.self).lowercased()
    let words = before.split(whereSeparator: { !$0.isLetter }).suffix(4).map(String.init)
    let caps: [[String]] = [["niet", "meer", "dan"], ["maximaal"], ["ten", "hoogste"], ["hooguit"], ["maximum", "van"]]
    guard let cap = caps.first(where: { words.suffix($0.count).elementsEqual($0) }) else { return false }
    let rest = words.dropLast(cap.count)
    return !rest.contains { ["waarde", "bedrag", "kosten", "prijs", "van"].contains($0) }
  }

  /// Where the condition of "alleen/uitsluitend/slechts/pas … als/indien/wanneer" or of `mits`
  /// starts in `text` (a byte offset), if it has one: the word of the condition, up to six
  /// words after the word of restriction.
  static func onlyIfStart(_ text: [UInt8]) -> Int? {
    var words: [(start: Int, word: [UInt8])] = []
    var k = 0
    let letter: (UInt8) -> Bool = { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }
    while k < text.count {
      guard letter(text[k]) else {
        k += 1
        continue
      }
      let start = k
      while k < text.count && letter(text[k]) { k += 1 }
      words.append((start, text[start..<k].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }))
    }
    let restricting: [[UInt8]] = ["alleen", "uitsluitend", "slechts", "pas"].map { Array($0.utf8) }
    let conditions: [[UInt8]] = ["als", "indien", "wanneer"].map { Array($0.utf8) }
    for (n, w) in words.enumerated() {
      if w.word == Array("mits".utf8) { return w.start }
      guard restricting.contains(w.word) else { continue }
      if let c = words[(n + 1)..<min(words.count, n + 7)].first(where: { conditions.contains($0.word) }) { return c.start }
    }
    return nil
  }

  // MARK: Comparing one part (binding text or explanation)

  func part(_ a: [RuleText.Unit], _ b: [RuleText.Unit], explanation: Bool) -> [SemanticChange] {
    let hunks = RuleText.hunks(a, b)
    guard !hunks.isEmpty else { return [] }
    var amounts = Pairing<AmountItem>(
      same: {
        $0.percent == $1.percent && abs($0.amount.value - $1.amount.value) < 0.005 && $0.amount.boundary == $1.amount.boundary
      }, group: { $0.percent ? 1 : 0 })
    var periods = Pairing<PeriodItem>(
      same: {
        $0.period.kind == $1.period.kind && abs($0.period.days - $1.period.days) < 0.001
          && ($0.period.unit == .werkdag) == ($1.period.unit == .werkdag) && ($0.date == nil) == ($1.date == nil)
      },
      group: { $0.date != nil ? PeriodKind.allCases.count : PeriodKind.allCases.firstIndex(of: $0.period.kind) ?? 0 })
    var norms = Pairing<NormItem>(same: { $0.role == $1.role && $0.value == $1.value }, group: \.role)
    // The time scope of the norms in each stretch that differs ("ook nadat je uit dienst bent"
    // → "zolang je in dienst bent").
    var times: [(old: (TemporalScope, NormValue)?, new: (TemporalScope, NormValue)?)] = []
    // When a duty falls due: before or after the act ("voordat je begint" → "nadat je bent begonnen").
    var moments: [(old: String?, new: String?, norm: NormValue?)] = []
    // A form in writing that comes or goes ("meldt … bij zijn leidinggevende" → "meldt …
    // schriftelijk bij …", "met schriftelijke toestemming" → "met toestemming").
    var forms: [(old: String?, new: String?, norm: NormValue?)] = []
    // Exceptions (`tenzij …`, `met uitzondering van …`) that come or go in a sentence that stays.
    var exceptions: [(old: String?, new: String?, polarity: Polarity)] = []
    // Conditions (`als …`, `mits …`) that come, go or get another part in a sentence that stays.
    var conditions: [(old: String?, new: String?, polarity: Polarity)] = []
    // The staff a norm binds, narrowed to a team or widened to all ("alle medewerkers" →
    // "medewerkers van team Inkoop").
    var groups: [(old: String, new: String, polarity: Polarity)] = []
    // Words of scope and items of an enumeration changed (`TextComparer+Scope`).
    var scopeChanges: [(old: String?, new: String?, direction: Direction)] = []
    // References to another lid of the same rule that change ("bedoeld in het tweede lid" →
    // "… het eerste lid"): no renumbering moves them.
    var lidReferences: [(old: String, new: String)] = []
    // The primary norm beside the consent givers of each side, for the direction of their change.
    var consentNorms: (old: Modality?, new: Modality?) = (nil, nil)
    var reportOld: [String] = []
    var reportNew: [String] = []
    var consentOld: [String] = []
    var consentNew: [String] = []
    // Who decides: the role a power is given to ("Het college beoordeelt of …").
    var deciderOld: [String] = []
    var deciderNew: [String] = []
    // The employee's own duty given to another role, or back, in a sentence that keeps its act
    // ("Iedere medewerker meldt …" → "Iedere leidinggevende meldt …").
    var bound: (old: String, new: String)?

    /// `exceptionGone`: the other version has no exception clause at all, so an amount in this
    /// one's exception came or went with the whole exception, and the norm it qualified judges it
    /// ("je mag … aannemen, tenzij de waarde hoger is dan € 50" → "je mag … aannemen" is looser).
    func amountItems(
      _ sentences: [SentenceAnalysis], _ leadIns: [String?], _ standalone: Bool, exceptionGone: Bool = false
    ) -> [AmountItem] {
      zip(sentences, leadIns).flatMap { s, leadIn in
        s.amounts.map {
          AmountItem(
            amount: $0, polarity: exceptionGone ? Polarity(s) : TextComparer.polarity(of: $0.range, in: s, leadIn: leadIn),
            standalone: standalone)
        }
      }
    }
    /// The percentages of each sentence ("maximaal 10 procent"), read from its text on demand: few
    /// rules name one, and the analysis of a sentence does not keep them.
    func percentItems(_ sentences: [SentenceAnalysis], _ standalone: Bool) -> [AmountItem] {
      sentences.flatMap { s in
        guard s.text.contains("procent") || s.text.contains("%") || s.text.contains("percent") else { return [AmountItem]() }
        return NormAnalyser.shared.percentages(in: s.text).map { p in
          let at = s.range.start + p.at
          let range = SourceRange(start: at, end: at + 1)
          return AmountItem(
            amount: Amount(value: p.value, boundary: p.boundary, written: s.text, range: range),
            polarity: TextComparer.polarity(of: range, in: s), standalone: standalone, percent: true)
        }
      }
    }
    func periodItems(_ sentences: [SentenceAnalysis], _ leadIns: [String?], _ standalone: Bool) -> [PeriodItem] {
      zip(sentences, leadIns).flatMap { s, leadIn in
        s.periods.map {
          PeriodItem(period: $0, polarity: TextComparer.polarity(of: $0.range, in: s, leadIn: leadIn), standalone: standalone)
        } + dateItems(s, standalone)
      }
    }
    /// Calendar deadlines ("vóór 1 februari van elk jaar"), read from the text on demand, as a
    /// period `binnen` of so many days into the year: a later date gives more time.
    func dateItems(_ s: SentenceAnalysis, _ standalone: Bool) -> [PeriodItem] {
      guard TextComparer.monthNames.contains(where: s.wordText.contains) else { return [] }
      let bytes = Array(s.text.utf8)
      return NormAnalyser.shared.deadlines(in: s.text).map { d in
        let at = s.range.start + d.at
        let range = SourceRange(start: at, end: at + 1)
        // The words from the deadline word to the month, as written ("vóór 1 februari").
        var from = d.at
        var spaces = 0
        while from > 0 && spaces < 2 {
          from -= 1
          if bytes[from] == 0x20 { spaces += 1 }
        }
        var to = d.at
        spaces = 0
        while to < bytes.count && !(bytes[to] == 0x20 && spaces == 1) && bytes[to] != 0x2E && bytes[to] != 0x2C {
          if bytes[to] == 0x20 { spaces += 1 }
          to += 1
        }
        let written = String(decoding: bytes[(from == 0 ? 0 : from + 1)..<to], as: UTF8.self)
        return PeriodItem(
          period: Period(value: Double(d.day), unit: .dag, kind: .binnen, written: written, range: range),
          polarity: TextComparer.polarity(of: range, in: s), standalone: standalone, date: written)
      }
    }
    func normItems(_ sentences: [SentenceAnalysis], _ standalone: Bool) -> [NormItem] {
      sentences.flatMap { s in
        s.norms.compactMap { n -> NormItem? in
          guard n.modality != .geen else { return nil }
          let role: Int
          switch n.role {
          case .primary, .coordinate: role = 0
          case .condition: role = 1
          case .exception: role = 2
          }
          return NormItem(role: role, value: NormValue(n), standalone: standalone)
        }
      }
    }

    // Every changed unit is read: even where both versions confirm their norms (`@norm`), the
    // exceptions, conditions, groups, words of scope, time scope and moment are read from the
    // text, since no annotation states them.
    // Items of a list whose lead-in carries a norm, added or taken away ("Het is niet toegestaan
    // om:" and one more item): each is a norm of its own. An item moved within the list is in
    // both and cancels out.
    var itemsGone: [SentenceAnalysis] = []
    var itemsCome: [SentenceAnalysis] = []
    for h in hunks {
      let (x, lx) = RuleText.analyseLed(a[h.old], explanation: explanation)
      let (y, ly) = RuleText.analyseLed(b[h.new], explanation: explanation)
      let standalone = h.old.isEmpty || h.new.isEmpty
      if !explanation {
        itemsGone += x.indices.filter { lx[$0] != nil && Self.listNorms.contains(x[$0].modality) }.map { x[$0] }
        itemsCome += y.indices.filter { ly[$0] != nil && Self.listNorms.contains(y[$0].modality) }.map { y[$0] }
      }
      if kinds.contains(.amounts) {
        let oldException = x.contains { TextComparer.exceptionStart($0) != nil }
        let newException = y.contains { TextComparer.exceptionStart($0) != nil }
        amounts.add(
          amountItems(x, lx, standalone, exceptionGone: oldException && !newException) + percentItems(x, standalone),
          amountItems(y, ly, standalone, exceptionGone: newException && !oldException) + percentItems(y, standalone))
      }
      if kinds.contains(.periods) { periods.add(periodItems(x, lx, standalone), periodItems(y, ly, standalone)) }
      if kinds.contains(.norms) {
        // (A sentence split in two or two joined, the same words said again: "…, die deze
        // meldingen registreert" → "… . Die registreert deze meldingen". A norm the analyser reads
        // on one side only is its reading of the same words, not a norm come or gone; a norm
        // turned around is still named.)
        if !standalone, x.count != y.count, TextComparer.sameWords(x, y) {
          norms.pairs += norms.pair(normItems(x, standalone), normItems(y, standalone)).0.filter {
            TextComparer.normDirection($0.0.value, $0.1.value) != .onbepaald
          }
        } else {
          norms.add(normItems(x, standalone), normItems(y, standalone))
        }
      }
      // ("Vertrouwelijke informatie: geheimhouden. Ook na het einde van het dienstverband.": a
      // fragment that names only the time is the scope of the norm before it.)
      func scopes(_ sentences: [SentenceAnalysis]) -> [(TemporalScope, NormValue)] {
        sentences.indices.compactMap { k in
          let s = sentences[k]
          guard let t = s.temporal else { return nil }
          if s.modality != .geen, let n = s.norms.first { return (t, NormValue(n)) }
          guard k > 0, sentences[k - 1].modality != .geen, let n = sentences[k - 1].norms.first else { return nil }
          return (t, NormValue(n))
        }
      }
      let tx = scopes(x)
      let ty = scopes(y)
      if !standalone && Set(tx.map(\.0.rawValue)) != Set(ty.map(\.0.rawValue)) { times.append((tx.first, ty.first)) }
      if !standalone {
        let ex = x.compactMap(TextComparer.exception)
        let ey = y.compactMap(TextComparer.exception)
        let cx = x.compactMap(TextComparer.condition)
        let cy = y.compactMap(TextComparer.condition)
        // (Items of a list that come or go: read once, when an exception, a condition or the
        // scope first asks.)
        lazy var enumeration = TextComparer.enumerationChange(x, y)
        // (And a relative clause that comes or goes: read once, by the condition or the scope.)
        lazy var relative = TextComparer.relativeClauseChange(x, y)
        // "Je neemt geen geschenken aan, tenzij A" → "Je neemt alleen geschenken aan als A": the
        // same cases allowed, so neither the exception gone nor the condition come is a change.
        let swapped =
          TextComparer.onlyIfSwap(exceptions: ex, conditions: cy, y) || TextComparer.onlyIfSwap(exceptions: ey, conditions: cx, x)
          || ex.count == 1 && cx.isEmpty && ey.isEmpty && TextComparer.negatedSwap(exceptions: ex, conditions: cy)
          || ey.count == 1 && cy.isEmpty && ex.isEmpty && TextComparer.negatedSwap(exceptions: ey, conditions: cx)
        if swapped {
        } else if ex.isEmpty != ey.isEmpty {
          let main = (ex.isEmpty ? y : x).first { Polarity($0) != .unknown }.map(Polarity.init) ?? .unknown
          exceptions.append((ex.first, ey.first, main))
        } else if !explanation, ex.count == 1, ey.count == 1, ex[0] != ey[0],
          ex[0].hasPrefix(ey[0]) || ey[0].hasPrefix(ex[0]) || x.count == y.count && enumeration != nil
        {
          // (So an item added to the exception's list or taken from it: "tenzij … van telefoon en
          // internet" → "… van telefoon, laptop en internet".)
          // ("tenzij A en B" → "tenzij A": a part of the exception taken away lets it free more
          // cases, as an exception added does; a part added, the reverse.)
          let main = x.first { Polarity($0) != .unknown }.map(Polarity.init) ?? .unknown
          exceptions.append((ex[0], ey[0], main))
        }
        // (A part added to the condition or taken from it: "als A" → "als A en B", or back. Not
        // in an explanation, which binds no one.)
        if !explanation, !swapped, cx.count == 1 && cy.count <= 1 || cx.isEmpty && cy.count == 1,
          cx.first.map({ c in
            cy.first.map {
              $0 != c
                && ($0.hasPrefix(c) || c.hasPrefix($0) || enumeration != nil
                  || TextComparer.coordinatorSwap(c, $0) || relative != nil)
            }
              ?? true
          }) ?? true,
          cx.first != cy.first, x.count == y.count,
          // (With the norm itself unchanged: a flipped norm is named as such.)
          x.first(where: { $0.modality != .geen })?.modality == y.first(where: { $0.modality != .geen })?.modality,
          // (Nor the end of the employment as a condition, "eindigt niet wanneer het dienstverband
          // eindigt" → "blijft ook na het einde … gelden": the time scope, compared as such.)
          !(Set(tx.map(\.0.rawValue)) == Set(ty.map(\.0.rawValue))
            && (tx + ty).contains { $0.0 == .na || $0.0 == .tijdensEnNa }),
          // (Nor consent said as a condition, "Alleen met toestemming van je leidinggevende" →
          // "Ja, mits je leidinggevende daarvoor toestemming geeft": the same giver, the same cases.)
          // (Only a condition that comes or goes whole and asks nothing but that consent.)
          !((cx + cy).count == 1 && Self.consentOnly((cx + cy)[0])
            && !x.flatMap(\.consentBy).isEmpty && Set(x.flatMap(\.consentBy)) == Set(y.flatMap(\.consentBy)))
        {
          let main = (cy.isEmpty ? x : y).first { Polarity($0) != .unknown }.map(Polarity.init) ?? .unknown
          conditions.append((cx.first, cy.first, main))
        }
        if let gx = x.lazy.compactMap(TextComparer.group).first, let gy = y.lazy.compactMap(TextComparer.group).first,
          gx.narrowed != gy.narrowed || gx.narrowed && gx.phrase.lowercased() != gy.phrase.lowercased()
        {
          let main = y.first { Polarity($0) != .unknown }.map(Polarity.init) ?? .unknown
          // (Both narrowed: a team added to those named widens, one dropped narrows; other
          // names cannot be ordered.)
          let polarity: Polarity =
            gx.narrowed != gy.narrowed
            ? (gy.narrowed ? main : main.inverted)
            : gy.phrase.hasPrefix(gx.phrase) ? main.inverted : gx.phrase.hasPrefix(gy.phrase) ? main : .unknown
          groups.append((gx.phrase, gy.phrase, polarity))
        }
        // A relative clause on the staff noun taken away or added, the sentence otherwise the same.
        if x.count == y.count {
          func plain(_ t: Substring) -> String { t.lowercased().split(separator: " ").joined(separator: " ") }
          for (p, q) in zip(x, y) {
            if let r = Self.relativeRestriction(p), plain(Substring(r.without)) == plain(Substring(q.text)) {
              let main = Polarity(q)
              groups.append((r.phrase, r.noun, main.inverted))
            } else if let r = Self.relativeRestriction(q), plain(Substring(r.without)) == plain(Substring(p.text)) {
              let main = Polarity(q)
              groups.append((r.noun, r.phrase, main))
            }
          }
        }
        // Words of scope and items of an enumeration, where the norms, exceptions and conditions
        // agree (`TextComparer+Scope`).
        if !explanation && !describes && x.count == y.count, ex == ey, cx == cy,
          x.first(where: { $0.modality != .geen })?.modality == y.first(where: { $0.modality != .geen })?.modality
        {
          let main = x.first { $0.modality != .geen }
          if let c = TextComparer.scopeChange(x, y) {
            let old = c.old.map(\.display).joined(separator: "; ")
            let new = c.new.map(\.display).joined(separator: "; ")
            scopeChanges.append((old.isEmpty ? nil : old, new.isEmpty ? nil : new, TextComparer.scopeDirection(c, main)))
          } else if let e = enumeration {
            scopeChanges.append((e.added ? nil : e.words, e.added ? e.words : nil, .onbepaald))
          } else if let q = TextComparer.attributeChange(x, y) {
            // (An attribute added narrows what the norm is about, as a restriction does.)
            let mark = [ScopeMark(kind: .only, focus: q.words)]
            let direction = TextComparer.scopeDirection(q.added ? ([], mark) : (mark, []), main)
            scopeChanges.append((q.added ? nil : q.words, q.added ? q.words : nil, direction))
          } else if let r = relative {
            let mark = [ScopeMark(kind: r.widening ? .also : .only, focus: r.words)]
            let direction = TextComparer.scopeDirection(r.added ? ([], mark) : (mark, []), main)
            scopeChanges.append((r.added ? nil : r.words, r.added ? r.words : nil, direction))
          } else if let w = TextComparer.wordSwap(x, y) {
            scopeChanges.append((w.old, w.new, .onbepaald))
          }
        }
        // "medewerker: de ambtenaar, de stagiair en de uitzendkracht": the groups a definition of
        // the staff names ("de uitzendkracht" gone narrows who the code binds).
        if let dx = x.lazy.compactMap(TextComparer.staffDefinition).first,
          let dy = y.lazy.compactMap(TextComparer.staffDefinition).first, dx != dy
        {
          let fewer = dy.isSubset(of: dx)
          let more = dx.isSubset(of: dy)
          groups.append(
            (
              dx.sorted().joined(separator: ", "), dy.sorted().joined(separator: ", "),
              fewer ? .burdening : more ? .freeing : .unknown
            ))
        }
      }
      // (Or one that comes or goes in a sentence that stays: "mits … vooraf schriftelijk
      // toestemming heeft verleend" → "mits … schriftelijk toestemming heeft verleend".)
      let mx = TextComparer.moment(x)
      let my = TextComparer.moment(y)
      if !standalone, !explanation, x.count == y.count {
        let rx = TextComparer.ownLidReferences(x)
        let ry = TextComparer.ownLidReferences(y)
        if rx != ry { lidReferences.append((rx.joined(separator: ", "), ry.joined(separator: ", "))) }
      }
      if !standalone, !explanation, x.count == y.count,
        case let (wx, wy) = (TextComparer.inWriting(x), TextComparer.inWriting(y)),
        wx != wy, let n = (x.first { $0.modality != .geen }?.norms.first).map(NormValue.init)
      {
        forms.append((wx ? "schriftelijk" : nil, wy ? "schriftelijk" : nil, n))
      }
      if !standalone, mx != my, mx != nil && my != nil || x.count == y.count && !explanation && (mx ?? my) == "vooraf" {
        let n = (x.first { $0.modality != .geen }?.norms.first).map(NormValue.init)
        moments.append((mx, my, n))
      }
      if kinds.contains(.roles) && !standalone {
        let firstNorm = { (list: [SentenceAnalysis]) in list.first { $0.modality != .geen }?.modality }
        if consentNorms.old == nil && x.contains(where: { !$0.consentBy.isEmpty })
          || consentNorms.new == nil
            && y.contains(where: { !$0.consentBy.isEmpty })
        {
          consentNorms = (firstNorm(x), firstNorm(y))
        }
      }
      if kinds.contains(.roles) {
        reportOld += x.flatMap(\.reportTo)
        reportNew += y.flatMap(\.reportTo)
        consentOld += x.flatMap(\.consentBy)
        consentNew += y.flatMap(\.consentBy)
        // Who decides, and who must act when that is not the employee ("De gemeentesecretaris
        // evalueert deze gedragscode" → "De burgemeester evalueert …").
        deciderOld += x.filter { Self.acting.contains($0.modality) }.compactMap(\.addressee).filter { $0 != "medewerker" }
        deciderNew += y.filter { Self.acting.contains($0.modality) }.compactMap(\.addressee).filter { $0 != "medewerker" }
      }
      if !standalone, bound == nil, x.count == y.count, let p = x.first(where: { $0.modality != .geen }),
        let q = y.first(where: { $0.modality != .geen }), p.modality == q.modality, p.negated == q.negated,
        p.action != nil, p.action == q.action, let a = p.addressee, let b = q.addressee, a != b,
        a == "medewerker" && Self.namesStaff(p) || b == "medewerker" && Self.namesStaff(q)
      {
        bound = (a, b)
      }
    }
    // (Only items that one side has and the other has none for: an item reworded is compared as
    // a sentence, its amounts, periods and norms.)
    // (By sets of their words: a list of many items is compared in one pass, not item by item.)
    let goneWords = Set(itemsGone.map(\.wordText))
    let comeWords = Set(itemsCome.map(\.wordText))
    let gone = itemsGone.filter { !comeWords.contains($0.wordText) }
    let come = itemsCome.filter { !goneWords.contains($0.wordText) }
    if come.isEmpty {
      for s in gone { scopeChanges.append((Self.itemDisplay(s), nil, Self.itemDirection(s).reversed)) }
    } else if gone.isEmpty {
      for s in come { scopeChanges.append((nil, Self.itemDisplay(s), Self.itemDirection(s))) }
    }
    amounts.finish()
    periods.finish()
    norms.finish()

    let place = explanation ? LocalizedText("diff.text-comparer.in-explanation") : nil
    func change(_ kind: String, _ old: String?, _ new: String?, _ direction: Direction?, note: LocalizedText? = nil)
      -> SemanticChange
    {
      var n = place
      if let note {
        n = place.map { LocalizedText("diff.notes", messages: ["first": $0, "second": note]) } ?? note
      }
      return SemanticChange(kind: kind, old: old, new: new, direction: direction, note: n, basis: .inferred, fromText: true)
    }

    var out: [SemanticChange] = []
    for (x, y) in amounts.pairs {
      out.append(change("drempel", x.display, y.display, TextComparer.direction(x, y)))
    }
    // A limit that comes or goes while the norm itself changes ("tot € 50 mogen aannemen" →
    // "geen geschenken aannemen") is judged with the norm: on its own its direction says nothing.
    let normChanged = !norms.pairs.isEmpty || !norms.removed.isEmpty || !norms.added.isEmpty
    func alone(_ d: Direction) -> Direction { normChanged ? .onbepaald : d }
    for x in amounts.removed { out.append(change("drempel", x.display, nil, alone(TextComparer.added(x).reversed))) }
    for y in amounts.added { out.append(change("drempel", nil, y.display, alone(TextComparer.added(y)))) }

    var periodChanges: [SemanticChange] = []
    for (x, y) in periods.pairs {
      periodChanges.append(change(x.period.kind.rawValue, x.display, y.display, TextComparer.direction(x, y)))
    }
    for x in periods.removed {
      periodChanges.append(change(x.period.kind.rawValue, x.display, nil, alone(TextComparer.added(x).reversed)))
    }
    for y in periods.added {
      periodChanges.append(change(y.period.kind.rawValue, nil, y.display, alone(TextComparer.added(y))))
    }
    // Deadlines, periods and frequencies in the order the differ lists them.
    for kind in ["termijn", "binnen", "frequentie"] { out += periodChanges.filter { $0.kind == kind } }

    func roleNote(_ role: Int) -> LocalizedText? {
      switch role {
      case 1: return LocalizedText("diff.text-comparer.in-condition")
      case 2: return LocalizedText("diff.text-comparer.in-exception")
      default: return nil
      }
    }
    // Only norms that bind or permit count when added or removed; a description or principle
    // that appears or goes is not a change of norm.
    let counted: Set<Modality> = [.gebod, .verbod, .meldplicht, .toestemming]
    // An explanation binds no one: its prose reworded reads as other norms without saying
    // anything new ("Daarom leggen we vast welke geschenken …" → "Daarom staat hier …"). Only a
    // norm it turns around, what was allowed now forbidden or the reverse, is named there.
    func flips(_ x: NormItem, _ y: NormItem) -> Bool {
      counted.contains(x.value.modality) && counted.contains(y.value.modality)
        && TextComparer.normDirection(x.value, y.value) != .onbepaald
    }
    for (x, y) in norms.pairs where !explanation && !describes || flips(x, y) {
      out.append(change("norm", x.value.text, y.value.text, TextComparer.direction(x, y), note: roleNote(x.role)))
    }
    for x in norms.removed where counted.contains(x.value.modality) && !explanation && !describes {
      out.append(change("norm", x.value.text, nil, TextComparer.added(x).reversed, note: roleNote(x.role)))
    }
    for y in norms.added where counted.contains(y.value.modality) && !explanation && !describes {
      out.append(change("norm", nil, y.value.text, TextComparer.added(y), note: roleNote(y.role)))
    }

    for t in times {
      out.append(change("tijd", t.old?.0.rawValue, t.new?.0.rawValue, TextComparer.direction(t.old, t.new)))
    }
    // An exception added to a prohibition or duty frees the cases it names (looser); added to a
    // permission it takes them out of it (stricter). Gone, the reverse.
    for e in exceptions {
      let d = TextComparer.narrowing(e.polarity)
      let narrower = e.new.map { n in e.old.map { n.count > $0.count && n.hasPrefix($0) } ?? false } ?? true
      out.append(change("uitzondering", e.old, e.new, narrower ? d.reversed : d))
    }
    // A condition added (or a part added to one) narrows the norm: a permission under it is
    // stricter, a prohibition or duty looser. Gone, the reverse.
    for c in conditions {
      let d = TextComparer.narrowing(c.polarity)
      // (Gone, or a part of it gone, the reverse.)
      let fewer = c.new == nil || c.old.map { o in c.new.map { o.hasPrefix($0) } ?? false } == true
      out.append(change("voorwaarde", c.old, c.new, fewer ? d.reversed : d))
    }
    // Fewer people bound by a prohibition or duty is looser; fewer allowed by a permission stricter.
    for g in groups { out.append(change("gebonden", g.old, g.new, TextComparer.narrowing(g.polarity))) }
    for c in scopeChanges { out.append(change("reikwijdte", c.old, c.new, c.direction)) }
    for r in lidReferences { out.append(change("verwijzing", r.old.isEmpty ? nil : r.old, r.new.isEmpty ? nil : r.new, nil)) }
    for m in moments {
      // A duty due later is looser; for other norms the moment does not say which way.
      let binding = m.norm.map { ($0.modality == .gebod || $0.modality == .meldplicht) && !$0.negated } ?? false
      let later = m.new == "achteraf" || m.new == nil && m.old == "vooraf"
      let direction: Direction = binding ? (later ? .soepeler : .strenger) : .onbepaald
      out.append(change("moment", m.old, m.new, direction))
    }

    for f in forms {
      // A duty, a ban or a consent asked in writing binds more; for a permission the form does not
      // say which way.
      let binding = f.norm.map { $0.modality != .toestemming } ?? false
      out.append(change("vorm", f.old, f.new, binding ? (f.new != nil ? .strenger : .soepeler) : .onbepaald))
    }

    func roles(_ kind: String, _ old: [String], _ new: [String]) {
      var x: [String] = []
      var y: [String] = []
      for r in old where !x.contains(r) { x.append(r) }
      for r in new where !y.contains(r) { y.append(r) }
      guard Set(x) != Set(y) else { return }
      // Consent that comes or goes under the same norm: in a ban it is the way out ("geen
      // geschenken, tenzij je leidinggevende toestemming geeft" → "geen geschenken" is stricter);
      // in a permission or duty it is a burden.
      var direction: Direction?
      if kind == "toestemming-van", x.isEmpty != y.isEmpty, let n = consentNorms.old, n == consentNorms.new,
        [.verbod, .toestemming, .gebod, .meldplicht].contains(n)
      {
        direction = (n == .verbod) == y.isEmpty ? .strenger : .soepeler
      }
      out.append(
        change(kind, x.isEmpty ? nil : x.joined(separator: ", "), y.isEmpty ? nil : y.joined(separator: ", "), direction))
    }
    if kinds.contains(.roles) {
      roles("melden-bij", reportOld, reportNew)
      roles("toestemming-van", consentOld, consentNew)
      // (Only a decider replaced by another: one that comes or goes with a reworded sentence
      // may be a change of reading, not of who decides.)
      if !deciderOld.isEmpty && !deciderNew.isEmpty {
        roles("wie", deciderOld, deciderNew)
      } else if let (old, new) = bound {
        roles("wie", [old], [new])
      }
    } else if let (old, new) = bound {
      // (Confirmed recipients say nothing of who reports.)
      roles("wie", [old], [new])
    }
    return out
  }

  /// The norms whose addressee acts: a decision, a duty, a report to make.
  static let acting: Set<Modality> = [.bevoegdheid, .gebod, .meldplicht]

  // MARK: Directions

  /// What narrowing a norm's cases (an exception or a condition added, fewer people bound) does:
  /// a prohibition or duty becomes looser, a permission stricter.
  static func narrowing(_ p: Polarity) -> Direction {
    switch p {
    case .burdening: return .soepeler
    case .freeing: return .strenger
    case .unknown: return .onbepaald
    }
  }

  /// Amounts. A bound names a set of cases: `minder dan € 50` the values under 50, `meer dan
  /// € 50` those over it. What "stricter" means depends on what the norm does with that set:
  /// a permission ("geschenken tot € 50 mag je aannemen") frees it, so a lower limit or an
  /// exclusive boundary (tot en met → minder dan) makes the permission smaller and is stricter;
  /// a prohibition or duty ("geschenken van meer dan € 50 neem je niet aan") burdens it, so a
  /// lower limit or an inclusive boundary (meer dan → vanaf) widens the prohibition and is
  /// stricter too. Inside an exception (`tenzij …`) the roles swap. Without a norm the amount
  /// reads as a limit (as `@drempel` does): lower is stricter. A bare amount (`€ 50`) takes the
  /// side of the bound it is compared with; two bare amounts read as limits; a bare amount and a
  /// bound of the same value cannot be ordered.
  static func direction(_ x: AmountItem, _ y: AmountItem) -> Direction {
    enum Side { case below, above, bare }
    func side(_ b: Boundary) -> Side {
      switch b {
      case .lt, .le: return .below
      case .gt, .ge: return .above
      case .eq: return .bare
      }
    }
    let a = x.amount
    let b = y.amount
    let higher = b.value - a.value > 0.005
    let lower = a.value - b.value > 0.005
    var sa = side(a.boundary)
    var sb = side(b.boundary)
    if sa == .bare && sb == .bare { return lower ? .strenger : higher ? .soepeler : .onbepaald }
    if sa == .bare || sb == .bare {
      guard higher || lower else { return .onbepaald }
      if sa == .bare { sa = sb } else { sb = sa }
    }
    guard sa == sb else { return .onbepaald }
    // Whether the set of cases named grows or shrinks.
    let inclusive: (Boundary) -> Bool = { $0 == .le || $0 == .ge || $0 == .eq }
    let grows: Bool
    if higher || lower {
      grows = sa == .below ? higher : lower
    } else if inclusive(a.boundary) != inclusive(b.boundary) {
      grows = inclusive(b.boundary)
    } else {
      return .onbepaald
    }
    if x.polarity != .unknown && y.polarity != .unknown && x.polarity != y.polarity { return .onbepaald }
    var polarity = y.polarity == .unknown ? x.polarity : y.polarity
    if polarity == .unknown { polarity = sa == .below ? .freeing : .burdening }
    return (polarity == .burdening) == grows ? .strenger : .soepeler
  }

  /// An amount added to a sentence that was already there narrows its norm: a permission that
  /// gets a limit is stricter, a prohibition or duty that gets one looser. In a sentence that is
  /// new as a whole, the norm itself is the change.
  static func added(_ y: AmountItem) -> Direction {
    guard !y.standalone else { return .onbepaald }
    switch y.polarity {
    case .freeing: return .strenger
    case .burdening: return .soepeler
    case .unknown: return .onbepaald
    }
  }

  /// Periods, compared in days. How long a restriction or duty lasts (termijn): longer is
  /// stricter, for a permission looser. A deadline (binnen): shorter is stricter, for a duty and
  /// for a permission alike (less time to act). A frequency (once per period): for a duty a
  /// longer period is looser (less often), for a permission stricter; without a norm it cannot
  /// be judged. Werkdagen against calendar days of the same length: direction undetermined.
  static func direction(_ x: PeriodItem, _ y: PeriodItem) -> Direction {
    let a = x.period.days
    let b = y.period.days
    guard abs(a - b) >= 0.001 else { return .onbepaald }
    if x.polarity != .unknown && y.polarity != .unknown && x.polarity != y.polarity { return .onbepaald }
    let polarity = y.polarity == .unknown ? x.polarity : y.polarity
    let longer = b > a
    switch y.period.kind {
    case .termijn:
      if polarity == .freeing { return longer ? .soepeler : .strenger }
      return longer ? .strenger : .soepeler
    case .binnen:
      return longer ? .soepeler : .strenger
    case .frequentie:
      switch polarity {
      case .burdening: return longer ? .soepeler : .strenger
      case .freeing: return longer ? .strenger : .soepeler
      case .unknown: return .onbepaald
      }
    }
  }

  /// A deadline added to a sentence that was already there is stricter; other periods that
  /// appear can narrow or widen a norm and are undetermined.
  static func added(_ y: PeriodItem) -> Direction {
    y.period.kind == .binnen && !y.standalone ? .strenger : .onbepaald
  }

  /// Norms. A permission that becomes a prohibition or duty is stricter, the reverse looser;
  /// a principle that becomes binding is stricter. A duty that becomes a prohibition of the
  /// same act (or the reverse) asks the opposite conduct, and gebod ↔ meldplicht another one:
  /// neither is stricter. In an exception (`tenzij je het meldt`) the directions swap, since
  /// the exception loosens the rule it belongs to.
  static func direction(_ x: NormItem, _ y: NormItem) -> Direction {
    let d = normDirection(x.value, y.value)
    return x.role == 2 ? d.reversed : d
  }

  /// A binding norm added is stricter, a permission added looser; removed, the reverse.
  static func added(_ y: NormItem) -> Direction {
    let d = normDirection(nil, y.value)
    return y.role == 2 ? d.reversed : d
  }

  static let before = [" voordat ", " alvorens ", " vooraf ", " voorafgaand ", " van tevoren ", " voor aanvang "]
  static let after = [
    " nadat ", " achteraf ", " na afloop ", " naderhand ", " na aanvang ", " na de aanvang ", " na de start ",
    " na het begin ",
  ]

  /// Whether the sentences put their act before (`vooraf`) or after (`achteraf`) another one;
  /// nil when they say neither, or both.
  /// The references to other leden of the same rule, each as `lid N` ("het tweede lid" and "lid 2"
  /// are one), sorted; "het vorige lid" as written.
  static func ownLidReferences(_ sentences: [SentenceAnalysis]) -> [String] {
    sentences.flatMap { s in
      s.references.filter { $0.article == nil && $0.text.contains("lid") }.map { r -> String in
        let words = r.text.split(separator: " ")
        if words.count == 2, words[1] == "lid", let n = TextReference.lidOrdinals[words[0].lowercased()] { return "lid \(n)" }
        return r.text
      }
    }.sorted()
  }

  /// Whether two stretches say the same words in another order or split otherwise, leaving aside
  /// the words that join or point back ("en", "die", "waarbij", "hij"): a sentence split in two.
  static func sameWords(_ x: [SentenceAnalysis], _ y: [SentenceAnalysis]) -> Bool {
    func bag(_ list: [SentenceAnalysis]) -> [Substring] {
      list.flatMap { $0.wordText.split(separator: " ") }.filter { !joiningWords.contains(String($0)) }.sorted()
    }
    return bag(x) == bag(y)
  }
  static let joiningWords: Set<String> = [
    "en", "die", "dat", "welke", "waarbij", "daarbij", "waarna", "daarna", "hij", "zij", "ze", "deze", "dit", "dan", "de",
    "het",
  ]

  /// Whether a sentence asks for writing: "schriftelijk", "schriftelijke toestemming", "op schrift".
  static func inWriting(_ sentences: [SentenceAnalysis]) -> Bool {
    sentences.contains { s in writtenForms.contains { s.wordText.contains($0) } }
  }
  static let writtenForms = [" schriftelijk ", " schriftelijke ", " op schrift "]

  static func moment(_ sentences: [SentenceAnalysis]) -> String? {
    let b = sentences.contains { s in before.contains { s.wordText.contains($0) } }
    let a = sentences.contains { s in after.contains { s.wordText.contains($0) } }
    return b == a ? nil : b ? "vooraf" : "achteraf"
  }

  /// Time scopes: a norm that binds over a wider time (`tijdens` → `tijdens-en-na`) is stricter,
  /// a permission over a wider time looser. A scope that comes or goes, or `tijdens` against
  /// `na`, cannot be ordered (a sentence without one may hold at any time, or only during the
  /// employment the code governs).
  static func direction(_ x: (TemporalScope, NormValue)?, _ y: (TemporalScope, NormValue)?) -> Direction {
    guard let (a, n) = x, let (b, m) = y else { return .onbepaald }
    func width(_ t: TemporalScope) -> Int { t == .tijdensEnNa ? 2 : 1 }
    guard width(a) != width(b) else { return .onbepaald }
    let wider = width(b) > width(a)
    let binding: (NormValue) -> Bool? = { v in
      switch v.modality {
      case .gebod, .meldplicht: return v.negated ? nil : true
      case .verbod: return true
      case .toestemming: return false
      default: return nil
      }
    }
    guard let bx = binding(n), let by = binding(m), bx == by else { return .onbepaald }
    return wider == bx ? .strenger : .soepeler
  }

  static func normDirection(_ a: NormValue?, _ b: NormValue?) -> Direction {
    enum Class { case binding, freeing, principle, other }
    func cls(_ v: NormValue) -> Class {
      switch v.modality {
      case .gebod, .meldplicht: return v.negated ? .other : .binding
      case .verbod: return .binding
      case .toestemming: return .freeing
      case .uitgangspunt: return v.negated ? .other : .principle
      default: return .other
      }
    }
    switch (a.map(cls), b.map(cls)) {
    case (nil, .binding?): return .strenger
    case (nil, .freeing?): return .soepeler
    case (.freeing?, .binding?), (.principle?, .binding?): return .strenger
    case (.binding?, .freeing?), (.binding?, .principle?): return .soepeler
    default: return .onbepaald
    }
  }
}

extension TextComparer {
  static let monthNames = [
    "januari", "februari", "maart", "april", " mei ", "juni", "juli", "augustus", "september", "oktober", "november",
    "december",
  ]
}

extension Direction {
  /// Stricter and looser swapped.
  var reversed: Direction {
    switch self {
    case .strenger: return .soepeler
    case .soepeler: return .strenger
    case .onbepaald: return .onbepaald
    }
  }
}

extension Amount {
  /// `< € 50`, `≤ € 50`, `> € 50`, `≥ € 50` or `€ 50`.
  var display: String { Boundary.symbol(boundary) + "€ " + Quantity.euros(value) }
}

extension Boundary {
  /// The sign before an amount: `<`, `≤`, `>`, `≥`, or nothing for a bare amount.
  static func symbol(_ b: Boundary?) -> String {
    switch b {
    case .lt?: return "< "
    case .le?: return "≤ "
    case .gt?: return "> "
    case .ge?: return "≥ "
    case .eq?, nil: return ""
    }
  }
}

extension Period {
  /// `2 jaar`, `4 weken`, `10 werkdagen`; a frequency as `per jaar`, `per 6 maanden`.
  var display: String { Period.display(value, unit, frequency: kind == .frequentie) }

  static func display(_ value: Double, _ unit: PeriodUnit, frequency: Bool) -> String {
    let words: (String, String)
    switch unit {
    case .jaar: words = ("jaar", "jaar")
    case .maand: words = ("maand", "maanden")
    case .week: words = ("week", "weken")
    case .dag: words = ("dag", "dagen")
    case .werkdag: words = ("werkdag", "werkdagen")
    case .uur: words = ("uur", "uur")
    }
    let one = value == 1
    if frequency { return one ? "per " + words.0 : "per \(Quantity.format(value)) \(words.1)" }
    return "\(Quantity.format(value)) \(one ? words.0 : words.1)"
  }
}
