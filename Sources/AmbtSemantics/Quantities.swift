import AmbtModel

/// Amounts of money and periods in a sentence's tokens: in figures (`€ 50,-`, `50 euro`,
/// `€ 1 miljoen`) and in words (`vijftig euro`, `vijfentwintig euro`, `twee jaar`), with the
/// boundary or kind the words around them give.
struct QuantityReader {
  let table: WordTable

  /// The value of a number written in figures: `1.000` → 1000, `2,5` → 2.5, `50,-` → 50.
  static func figure(_ text: String) -> Double? {
    var t = text
    if t.hasSuffix(",-") { t.removeLast(2) }
    let parts = t.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let whole = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    // Thousands dots: every group after the first has three digits; else a decimal point.
    var integer: String
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    if whole.count > 1 && whole.dropFirst().allSatisfy({ $0.count == 3 }) {
      integer = whole.joined()
    } else if whole.count == 2 && fraction.isEmpty {
      integer = String(whole[0])
      fraction = String(whole[1])
    } else if whole.count == 1 {
      integer = String(whole[0])
    } else {
      return nil
    }
    guard integer.count <= 15, !integer.isEmpty, let i = Double(integer) else { return nil }
    if fraction.isEmpty || fraction.allSatisfy({ $0 == "0" }) { return i }
    guard fraction.count <= 6, let f = Double("0." + fraction) else { return i }
    return i + f
  }

  /// The number a token starts, with how many tokens it takes (`1 miljoen` takes two).
  @inline(__always)
  func number(at k: Int, in tokens: [Token]) -> (value: Double, length: Int)? {
    var v = tokens[k].info.number
    guard !v.isNaN else { return nil }
    var length = 1
    if k + 1 < tokens.count {
      let m = tokens[k + 1].info.multiplier
      if !m.isNaN, m >= 1000 {
        v *= m
        length = 2
      }
    }
    return (v, length)
  }

  static let euroWords: WordSet = [.euro, .eur, .euros]

  /// The amounts in `tokens`.
  func amounts(_ tokens: [Token], _ place: (Int, Int) -> (String, SourceRange)) -> [Amount] {
    var out: [Amount] = []
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      var found: (value: Double, start: Int, end: Int)?
      if t.kind == .euro, k + 1 < tokens.count, let n = number(at: k + 1, in: tokens) {
        found = (n.value, k, k + 1 + n.length)
      } else if t.kind == .number || t.kind == .word, k > 0,
        tokens[k - 1].id == .tussen || tokens[k - 1].id == .van
          || k > 1 && tokens[k - 1].id == .de && tokens[k - 2].id == .tussen,
        let n = number(at: k, in: tokens), k + n.length + 1 < tokens.count,
        tokens[k + n.length].id == .en || tokens[k + n.length].id == .tot,
        let m = number(at: k + n.length + 1, in: tokens), k + n.length + 1 + m.length < tokens.count,
        Self.euroWords.contains(tokens[k + n.length + 1 + m.length].id)
      {
        // "tussen vijfentwintig en vijftig euro", "van 25 tot 50 euro", "tussen de 25 en 40 euro":
        // the first bound of a range whose currency the second carries, as "tussen € 25 en € 50"
        // names both.
        found = (n.value, k, k + n.length)
      } else if t.kind == .number || t.kind == .word, let n = number(at: k, in: tokens), k + n.length < tokens.count,
        case let unitAt = restated(at: k + n.length, value: n.value, in: tokens) ?? k + n.length, unitAt < tokens.count,
        Self.euroWords.contains(tokens[unitAt].id)
      {
        // `een euro` counts too: the article is read as the number one.
        // ("vijftig (50) euro": the number restated in brackets before its currency.)
        found = (n.value, k, unitAt + 1)
      } else if t.id == .tientje || t.id == .vijfje {
        // "een tientje", "een vijfje": ten and five euro in words of their own.
        found = (t.id == .tientje ? 10 : 5, k > 0 && tokens[k - 1].id == .een ? k - 1 : k, k + 1)
      } else if t.kind == .word, Self.euroWords.contains(t.id), k + 1 < tokens.count, tokens[k + 1].kind == .number,
        let n = number(at: k + 1, in: tokens)
      {
        // "EUR 5.000": the currency's code before the figure, as the sign.
        found = (n.value, k, k + 1 + n.length)
      }
      guard var f = found, f.value.isFinite, f.value > 0, f.value < 1e13 else {
        k += 1
        continue
      }
      // ("€ 50 (vijftig euro)": the amount restated in brackets is the same amount.)
      if let end = restatedAmount(at: f.end, value: f.value, in: tokens) { f.end = end }
      let (written, range) = place(f.start, f.end)
      out.append(
        Amount(value: f.value, boundary: boundary(before: f.start, after: f.end, in: tokens), written: written, range: range))
      k = f.end
    }
    return out
  }

  /// The end of a number restated in brackets at `k` ("2 (twee) weken", "vijftig (50) euro"):
  /// the index after `)`, when the brackets hold only a number equal to `value`.
  func restated(at k: Int, value: Double, in tokens: [Token]) -> Int? {
    guard k + 2 < tokens.count, tokens[k].id == .openParen, let m = number(at: k + 1, in: tokens), m.value == value,
      k + 1 + m.length < tokens.count, tokens[k + 1 + m.length].id == .closeParen
    else { return nil }
    return k + 2 + m.length
  }

  /// The end of an amount restated in brackets at `k` ("€ 50 (vijftig euro)", "€ 50 (EUR 50)"):
  /// the index after `)`, when the brackets hold the same value with or without its currency.
  func restatedAmount(at k: Int, value: Double, in tokens: [Token]) -> Int? {
    guard k + 2 < tokens.count, tokens[k].id == .openParen,
      let close = tokens[(k + 1)...].prefix(5).firstIndex(where: { $0.id == .closeParen })
    else { return nil }
    let inside = Array(tokens[(k + 1)..<close]).filter { !(Self.euroWords.contains($0.id) || $0.kind == .euro) }
    guard let m = inside.isEmpty ? nil : number(at: 0, in: inside), m.length == inside.count, m.value == value else { return nil }
    return close + 1
  }

  static let amountFillers: WordSet = [.een, .waarde, .van, .bedrag, .totaal, .maximaal, .ongeveer, .de, .het]
  static let maximumFillers: WordSet = [.een, .waarde, .van, .bedrag, .totaal, .de, .het]

  /// The boundary words around an amount.
  func boundary(before k: Int, after end: Int, in tokens: [Token]) -> Boundary {
    let w = tokens[max(0, k - 6)..<k].map(\.id)
    func ends(_ p: [RuleWord], skipping: WordSet = QuantityReader.amountFillers) -> Bool {
      // `p` ends right before the amount, allowing words like "een waarde van" between.
      var j = w.count
      while j > 0 && skipping.contains(w[j - 1]) && !(p.last!.rawValue == w[j - 1]) { j -= 1 }
      guard j >= p.count else { return false }
      for (n, q) in p.enumerated() where w[j - p.count + n] != q { return false }
      return true
    }
    let after = tokens[end..<min(tokens.count, end + 3)].map(\.id)
    func starts(_ p: [RuleWord]) -> Bool { after.count >= p.count && zip(after, p).allSatisfy { $0 == $1 } }
    if starts([.of, .meer]) || starts([.of, .hoger]) || starts([.en, .meer]) {
      return .ge
    }
    // "een geschenk dat de € 50,- te boven gaat", "dat € 50 overschrijdt": the amount before
    // the verb of exceeding.
    if starts([.te, .boven]) || starts([.overschrijdt]) { return .gt }
    // "een attentie die de € 75 niet te boven gaat", "dat € 50 niet overschrijdt": up to it.
    if starts([.niet, .te, .boven]) || starts([.niet, .overschrijdt]) { return .le }
    if starts([.of, .minder]) || starts([.of, .lager]) { return .le }
    if ends([.tot, .en, .met]) || ends([.tSlashM]) { return .le }
    // ("als de waarde hoger is dan € 50": the copula between the comparative and `dan`.)
    if ends([.niet, .meer, .dan]) || ends([.niet, .hoger, .dan]) || ends([.niet, .boven])
      || ends([.niet, .hoger, .is, .dan]) || ends([.niet, .meer, .is, .dan])
      || ends([.niet, .meer, .waard, .dan]) || ends([.niet, .meer, .waard, .is, .dan])
    {
      return .le
    }
    // ("elk geschenk dat meer waard is dan vijftig euro".)
    if ends([.hoger, .is, .dan]) || ends([.meer, .is, .dan]) || ends([.groter, .is, .dan]) || ends([.meer, .waard, .is, .dan]) {
      return .gt
    }
    if ends([.lager, .is, .dan]) || ends([.minder, .is, .dan]) || ends([.kleiner, .is, .dan])
      || ends([.minder, .waard, .is, .dan])
    {
      return .lt
    }
    if ends([.meer, .dan]) || ends([.hoger, .dan]) || ends([.groter, .dan]) || ends([.boven])
      || ends([.meer, .waard, .dan])
      || ends([.hogere, .waarde, .dan]) || ends([.uitstijgt, .boven]) || ends([.overschrijdt])
    {
      return .gt
    }
    if ends([.minder, .dan]) || ends([.lager, .dan]) || ends([.kleiner, .dan]) || ends([.onder]) || ends([.beneden])
      || ends([.minder, .waard, .dan]) || ends([.lagere, .waarde, .dan])
    {
      return .lt
    }
    if ends([.maximaal], skipping: QuantityReader.maximumFillers) || ends([.ten, .hoogste])
      || ends([.hooguit]) || ends([.hoogstens]) || ends([.maximum, .van]) || ends([.maximum]) || ends([.max])
      || ends([.tot, .maximaal]) || ends([.niet, .meer, .dan])
    {
      return .le
    }
    if ends([.vanaf]) || ends([.ten, .minste]) || ends([.tenminste]) || ends([.minimaal]) || ends([.minstens])
      || ends([.minimum, .van])
    {
      return .ge
    }
    if ends([.tot]) || ends([.tot, .een, .waarde, .van]) { return .lt }
    return .eq
  }

  static let units: [String: PeriodUnit] = [
    "jaar": .jaar, "jaren": .jaar, "maand": .maand, "maanden": .maand, "week": .week, "weken": .week, "dag": .dag,
    "dagen": .dag, "kalenderdag": .dag, "kalenderdagen": .dag, "werkdag": .werkdag, "werkdagen": .werkdag, "uur": .uur,
    "uren": .uur, "kwartaal": .maand, "kwartalen": .maand, "halfjaar": .maand, "kalenderjaar": .jaar,
    "kalenderjaren": .jaar, "kalendermaand": .maand, "kalendermaanden": .maand, "kalenderweek": .week,
    "kalenderweken": .week,
    // A day and a night, 24 hours ("binnen een etmaal").
    "etmaal": .dag, "etmalen": .dag,
    // The abbreviations of terse rules ("binnen 3 mnd.", "uiterlijk 5 wd", "2 wk").
    "mnd": .maand, "mnden": .maand, "wk": .week, "wkn": .week, "wd": .werkdag, "jr": .jaar, "dgn": .dag,
  ]
  /// Adverbs of frequency: `jaarlijks` is once a year.
  static let frequencyWords: [String: (Double, PeriodUnit)] = [
    "jaarlijks": (1, .jaar), "jaarlijkse": (1, .jaar), "tweejaarlijks": (2, .jaar), "tweejaarlijkse": (2, .jaar),
    "halfjaarlijks": (6, .maand), "halfjaarlijkse": (6, .maand), "maandelijks": (1, .maand), "maandelijkse": (1, .maand),
    "wekelijks": (1, .week), "wekelijkse": (1, .week), "dagelijks": (1, .dag), "dagelijkse": (1, .dag),
    "driemaandelijks": (3, .maand), "driemaandelijkse": (3, .maand), "kwartaalsgewijs": (3, .maand),
  ]
  /// Counts written as one word with `maal` ("tweemaal per jaar" as "twee keer per jaar").
  static let timesWords: [String: Int8] = [
    "tweemaal": 2, "driemaal": 3, "viermaal": 4, "vijfmaal": 5, "zesmaal": 6, "achtmaal": 8, "tienmaal": 10,
    "twaalfmaal": 12,
  ]

  /// Words after which `dagelijks(e)` is an adjective of a noun ("je dagelijkse werk").
  static let attributiveBefore: WordSet = [
    .de, .het, .een, .je, .jouw, .uw, .zijn, .haar, .hun, .ons, .onze, .mijn, .dit, .deze, .dat, .die,
  ]

  /// `16.00`, `9:30`: hours and minutes.
  static func isClockTime(_ text: String) -> Bool {
    let parts = text.split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      let h = Int(parts[0]), let m = Int(parts[1])
    else { return false }
    return h < 24 && m < 60
  }

  static let perWords: WordSet = [.per, .elk, .elke, .ieder, .iedere]
  static let currencyWords: WordSet = [.euro, .euros, .eur]

  @inline(__always)
  static func unit(_ t: Token) -> PeriodUnit? { t.info.unit < 0 ? nil : PeriodUnit.allCases[Int(t.info.unit)] }

  /// The periods in `tokens`.
  func periods(_ tokens: [Token], _ place: (Int, Int) -> (String, SourceRange)) -> [Period] {
    var out: [Period] = []
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      if t.info.frequencyUnit >= 0 {
        // "je dagelijks functioneren", "uw dagelijkse werkzaamheden", "het dagelijks bestuur":
        // after a determiner or possessive, dagelijks is "everyday", not a frequency.
        if t.info.flags.contains(.dailyStart), k > 0, Self.attributiveBefore.contains(tokens[k - 1].id) {
          k += 1
          continue
        }
        let (written, range) = place(k, k + 1)
        out.append(
          Period(
            value: t.info.frequency, unit: PeriodUnit.allCases[Int(t.info.frequencyUnit)], kind: .frequentie, written: written,
            range: range))
        k += 1
        continue
      }
      // "per kwartaal", "ieder kwartaal", "per jaar" without a number: once per unit.
      // (After an amount, in figures or in words, "€ 10 per maand", "tien euro per maand", the
      // unit is the amount's rate: no frequency, however the amount is written.)
      if Self.perWords.contains(t.id), k + 1 < tokens.count, let unit = Self.unit(tokens[k + 1]),
        !(k > 0 && (number(at: k - 1, in: tokens) != nil || Self.currencyWords.contains(tokens[k - 1].id)))
      {
        let quarter = tokens[k + 1].info.flags.contains(.quarterStart)
        // "eenmaal per jaar": once per unit; "twee keer per jaar", "drie maal per jaar": the unit
        // divided by the count, so twice a year is every six months.
        var (value, u) = (quarter ? 3.0 : 1.0, unit)
        var start = k
        if k >= 2, tokens[k - 1].id == .keer || tokens[k - 1].id == .maal, let n = number(at: k - 2, in: tokens),
          n.length == 1, n.value >= 2, n.value <= 365, n.value == n.value.rounded()
        {
          (value, u) = Self.interval(every: value, unit, times: n.value)
          start = k - 2
        } else if k >= 1, tokens[k - 1].info.times >= 2 {
          (value, u) = Self.interval(every: value, unit, times: Double(tokens[k - 1].info.times))
          start = k - 1
        }
        let (written, range) = place(start, k + 2)
        out.append(Period(value: value, unit: u, kind: .frequentie, written: written, range: range))
        k += 2
        continue
      }
      // ("2 (twee) weken": the number restated in brackets before its unit.)
      guard t.kind == .number || t.kind == .word, let n0 = number(at: k, in: tokens), k + n0.length < tokens.count,
        case let unitAt = restated(at: k + n0.length, value: n0.value, in: tokens) ?? k + n0.length, unitAt < tokens.count,
        let unit = Self.unit(tokens[unitAt])
      else {
        k += 1
        continue
      }
      let n = (value: n0.value, length: unitAt - k)
      let unitWord = tokens[k + n.length]
      // A time of day: "16.00 uur", "om 9 uur".
      if unit == .uur && (t.info.flags.contains(.clockTime) || k > 0 && tokens[k - 1].id == .om) {
        k += n.length + 1
        continue
      }
      // `een` counts only as "one" before a unit; ages (`18 jaar oud`) and dates are no periods.
      let after = k + n.length + 1 < tokens.count ? tokens[k + n.length + 1].id : RuleWord.unknown.rawValue
      if after == .oud || after == .of && k + n.length + 2 < tokens.count && tokens[k + n.length + 2].id == .ouder {
        k += n.length + 1
        continue
      }
      var value = n.value
      var u = unit
      if unitWord.info.flags.contains(.quarterStart) { value *= 3 }
      if unitWord.id == .halfjaar {
        value *= 6
        u = .maand
      }
      let (written, range) = place(k, k + n.length + 1)
      out.append(
        Period(value: value, unit: u, kind: kind(before: k, after: k + n.length + 1, in: tokens), written: written, range: range))
      k += n.length + 1
      // ("binnen vierentwintig uur (24 uur)": the period restated in brackets is the same one.)
      if k < tokens.count, tokens[k].id == .openParen, let m = number(at: k + 1, in: tokens), m.value == n.value,
        k + 2 + m.length < tokens.count, tokens[k + 1 + m.length].id == unitWord.id,
        tokens[k + 2 + m.length].id == .closeParen
      {
        k += 3 + m.length
      }
    }
    return out
  }

  /// `times` times per `value` `unit`, as one interval: in months for a year or a quarter when the
  /// count divides it ("twee keer per jaar": every 6 months), otherwise a fraction of the unit.
  static func interval(every value: Double, _ unit: PeriodUnit, times: Double) -> (Double, PeriodUnit) {
    if unit == .jaar, (12 * value).truncatingRemainder(dividingBy: times) == 0 { return (12 * value / times, .maand) }
    if unit == .maand, value.truncatingRemainder(dividingBy: times) == 0 { return (value / times, .maand) }
    if unit == .week, (7 * value).truncatingRemainder(dividingBy: times) == 0 { return (7 * value / times, .dag) }
    return (value / times, unit)
  }

  static let frequencyBefore: WordSet = [.elke, .iedere, .ieder, .elk, .om, .per]
  static let deadlineBefore: WordSet = [.binnen, .uiterlijk, .uiterst, .tijdig, .termijn]
  static let startsAfterVoor: WordSet = [.aanvang, .het, .de, .afloop]

  /// What a period means from the words around it.
  func kind(before k: Int, after end: Int, in tokens: [Token]) -> PeriodKind {
    let before = tokens[max(0, k - 4)..<k].map(\.id)
    let previous = before.last ?? RuleWord.unknown.rawValue
    func endsWith(_ p: [RuleWord]) -> Bool {
      before.count >= p.count && zip(before.suffix(p.count), p).allSatisfy { $0 == $1 }
    }
    if Self.frequencyBefore.contains(previous) || endsWith([.om, .de]) || endsWith([.eens, .per]) || endsWith([.keer, .per])
      || endsWith([.maal, .per]) || before.contains(RuleWord.eenmaal.rawValue) && previous == .per
      // ("eens in de twee jaar", "een keer in de drie maanden": once in every such period.)
      || endsWith([.in, .de]) && before.count >= 3
        && [RuleWord.eens, .keer, .maal, .eenmaal].contains(where: { before[before.count - 3] == $0 })
    {
      return .frequentie
    }
    if Self.deadlineBefore.contains(previous) || endsWith([.niet, .later]) || endsWith([.in, .ieder, .geval])
      || endsWith([.ten, .laatste])
    {
      return .binnen
    }
    if end < tokens.count && tokens[end].id == .voor && end + 1 < tokens.count
      && Self.startsAfterVoor.contains(tokens[end + 1].id)
    {
      return .binnen
    }
    if before.contains(RuleWord.binnen.rawValue) || before.contains(RuleWord.uiterlijk.rawValue) { return .binnen }
    return .termijn
  }
}

extension QuantityReader {
  static let percentWords: [[UInt8]] = ["procent", "percent", "%"].map { Array($0.utf8) }

  /// Shares written as a percentage ("maximaal 10 procent", "meer dan 5%"), with the boundary the
  /// words before give, as for amounts. Not amounts: a share of something (a discount, a stake in a
  /// company) is no sum of money, so the rules on gift values never see them.
  func percentages(_ tokens: [Token], _ bytes: [UInt8]) -> [(value: Double, boundary: Boundary, at: Int)] {
    var out: [(value: Double, boundary: Boundary, at: Int)] = []
    func spelledPercent(_ k: Int) -> Bool {
      let t = tokens[k]
      return Self.percentWords.contains { $0.elementsEqual(bytes[t.start..<t.end]) }
    }
    var k = 0
    while k < tokens.count {
      if let n = number(at: k, in: tokens), k + n.length < tokens.count, spelledPercent(k + n.length),
        n.value.isFinite, n.value >= 0, n.value <= 100
      {
        out.append((n.value, boundary(before: k, after: k + n.length + 1, in: tokens), tokens[k].start))
        k += n.length + 1
      } else {
        k += 1
      }
    }
    return out
  }
}

extension NormAnalyser {
  /// The percentages a text names with their boundaries (`QuantityReader.percentages`), for the
  /// differ: read on demand, not part of every sentence's analysis.
  /// `at`: the byte offset in `text` where the number starts.
  public func percentages(in text: String) -> [(value: Double, boundary: Boundary, at: Int)] {
    let folded = FoldedText(text)
    let tokens = Tokenizer.tokens(folded, source: Array(text.utf8), base: 0, lexicon: lexicon)
    return QuantityReader(table: lexicon.table).percentages(tokens, folded.bytes).map {
      ($0.value, $0.boundary, folded.sourceOffset($0.at))
    }
  }
}

extension QuantityReader {
  static let months: [[UInt8]] = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december",
  ].map { Array($0.utf8) }
  static let monthStarts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
  /// Words before a date that make it a deadline ("vóór 1 februari", "uiterlijk 31 december").
  static let deadlineWords: [[UInt8]] = ["voor", "uiterlijk", "tot"].map { Array($0.utf8) }

  /// Calendar deadlines ("vóór 1 februari van elk jaar", "uiterlijk op 31 december"): the day of
  /// the year, and where the day's number starts. A date without such a word (a date of adoption,
  /// "na 1 januari") is none.
  func deadlines(_ tokens: [Token], _ bytes: [UInt8]) -> [(day: Int, at: Int)] {
    func spelled(_ k: Int, _ list: [[UInt8]]) -> Int? {
      let t = tokens[k]
      return list.firstIndex { $0.elementsEqual(bytes[t.start..<t.end]) }
    }
    var out: [(day: Int, at: Int)] = []
    for k in tokens.indices.dropLast() where tokens[k].kind == .number {
      let day = tokens[k].info.number
      guard day.isFinite, day >= 1, day <= 31, day.rounded() == day, let m = spelled(k + 1, Self.months) else { continue }
      var j = k - 1
      if j >= 0, spelled(j, [Array("op".utf8)]) != nil { j -= 1 }
      // ("tot en met 30 september": the last day itself.)
      let through =
        j >= 2 && spelled(j, [Array("met".utf8)]) != nil && spelled(j - 1, [Array("en".utf8)]) != nil
        && spelled(j - 2, [Array("tot".utf8)]) != nil
      guard j >= 0, let w = through ? 1 : spelled(j, Self.deadlineWords) else { continue }
      // The last day allowed: "vóór 1 oktober" and "tot 1 oktober" end on 30 September, as
      // "uiterlijk 30 september" does.
      out.append((Self.monthStarts[m] + Int(day) - (w == 1 ? 0 : 1), tokens[k].start))
    }
    return out
  }
}

extension NormAnalyser {
  /// The calendar deadlines a text names (`QuantityReader.deadlines`), for the differ: the day of
  /// the year and the byte offset in `text` where the date starts.
  public func deadlines(in text: String) -> [(day: Int, at: Int)] {
    let folded = FoldedText(text)
    let tokens = Tokenizer.tokens(folded, source: Array(text.utf8), base: 0, lexicon: lexicon)
    return QuantityReader(table: lexicon.table).deadlines(tokens, folded.bytes).map { ($0.day, folded.sourceOffset($0.at)) }
  }
}
