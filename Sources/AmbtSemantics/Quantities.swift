import AmbtModel

/// Amounts of money and periods in a sentence's tokens: in figures (`€ 50,-`, `50 euro`,
/// `€ 1 miljoen`) and in words (`vijftig euro`, `vijfentwintig euro`, `twee jaar`), with the
/// boundary or kind the words around them give.
struct QuantityReader {
  let lexicon: Lexicon

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

  /// The value of a Dutch number word: `vijftig` → 50, `vijfentwintig` → 25,
  /// `tweehonderdvijftig` → 250, `drieduizend` → 3000, `een` → 1.
  func word(_ w: String) -> Double? {
    // Number words end in a unit, a ten or a multiplier: a cheap test on the last letter first.
    guard let last = w.utf8.last, w.utf8.count >= 2, w.utf8.count <= 40,
      [
        UInt8(ascii: "n"), UInt8(ascii: "g"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "t"),
        UInt8(ascii: "d"), UInt8(ascii: "r"), UInt8(ascii: "l"),
      ].contains(last)
    else { return nil }
    if let v = lexicon.numberUnits[w] ?? lexicon.numberTeens[w] ?? lexicon.numberTens[w] ?? lexicon.fractions[w] { return v }
    if let v = lexicon.numberMultipliers[w] { return v }
    // Composed numbers end in a ten (`vijfentwintig`) or hold a multiplier; anything else is no number.
    guard
      w.hasSuffix("ig") || w.containsBytes("honderd") || w.containsBytes("duizend") || w.containsBytes("miljoen")
        || w.hasSuffix("tien")
    else {
      return nil
    }
    // Split at the largest multiplier: `tweehonderdvijftig` = twee × honderd + vijftig.
    for (name, m) in lexicon.numberMultipliers.sorted(by: { $0.value > $1.value }) {
      guard let r = w.range(of: name) else { continue }
      let head = String(w[..<r.lowerBound])
      let tail = String(w[r.upperBound...])
      let h = head.isEmpty ? 1 : word(head)
      let t =
        tail.isEmpty ? 0 : word(tail.hasPrefix("en") && word(String(tail.dropFirst(2))) != nil ? String(tail.dropFirst(2)) : tail)
      if let h, let t, h < m { return h * m + t }
    }
    // `vijfentwintig`: unit + en + ten.
    if let r = w.range(of: "en"), r.lowerBound > w.startIndex {
      let unit = String(w[..<r.lowerBound])
      let ten = String(w[r.upperBound...])
      if let u = lexicon.numberUnits[unit], let t = lexicon.numberTens[ten] { return t + u }
    }
    return nil
  }

  /// The number a token starts, with how many tokens it takes (`1 miljoen` takes two).
  func number(at k: Int, in tokens: [Token]) -> (value: Double, length: Int)? {
    let t = tokens[k]
    var value: Double?
    if t.kind == .number {
      value = Self.figure(t.text)
    } else if t.kind == .word {
      value = word(t.text)
    }
    guard var v = value else { return nil }
    var length = 1
    if k + 1 < tokens.count, let m = lexicon.numberMultipliers[tokens[k + 1].text], m >= 1000 {
      v *= m
      length = 2
    }
    return (v, length)
  }

  /// The amounts in `tokens`.
  func amounts(_ tokens: [Token], _ place: (Int, Int) -> (String, SourceRange)) -> [Amount] {
    var out: [Amount] = []
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      var found: (value: Double, start: Int, end: Int)?
      if t.kind == .euro, k + 1 < tokens.count, let n = number(at: k + 1, in: tokens) {
        found = (n.value, k, k + 1 + n.length)
      } else if t.kind == .number || t.kind == .word, let n = number(at: k, in: tokens), k + n.length < tokens.count,
        ["euro", "eur", "euros"].contains(tokens[k + n.length].text)
      {
        // `een euro` only counts with a real number word or figure, not the article.
        if !(t.text == "een" && n.length == 1) || true { found = (n.value, k, k + n.length + 1) }
      }
      guard let f = found, f.value.isFinite, f.value > 0, f.value < 1e13 else {
        k += 1
        continue
      }
      let (written, range) = place(f.start, f.end)
      out.append(
        Amount(value: f.value, boundary: boundary(before: f.start, after: f.end, in: tokens), written: written, range: range))
      k = f.end
    }
    return out
  }

  /// The boundary words around an amount.
  func boundary(before k: Int, after end: Int, in tokens: [Token]) -> Boundary {
    func words(_ from: Int) -> [String] { tokens[max(0, from)..<k].map(\.text) }
    let w = words(k - 6)
    func ends(
      _ p: [String], skipping: Set<String> = ["een", "waarde", "van", "bedrag", "totaal", "maximaal", "ongeveer", "de", "het"]
    ) -> Bool {
      // `p` ends right before the amount, allowing words like "een waarde van" between.
      var j = w.count
      while j > 0 && skipping.contains(w[j - 1]) && !(p.last == w[j - 1]) { j -= 1 }
      guard j >= p.count else { return false }
      return Array(w[(j - p.count)..<j]) == p
    }
    let after = tokens[end..<min(tokens.count, end + 3)].map(\.text)
    if after.starts(with: ["of", "meer"]) || after.starts(with: ["of", "hoger"]) || after.starts(with: ["en", "meer"]) {
      return .ge
    }
    if after.starts(with: ["of", "minder"]) || after.starts(with: ["of", "lager"]) { return .le }
    if ends(["tot", "en", "met"]) || ends(["t/m"]) { return .le }
    if ends(["niet", "meer", "dan"]) || ends(["niet", "hoger", "dan"]) || ends(["niet", "boven"]) { return .le }
    if ends(["meer", "dan"]) || ends(["hoger", "dan"]) || ends(["groter", "dan"]) || ends(["boven"])
      || ends(["meer", "waard", "dan"])
      || ends(["hogere", "waarde", "dan"]) || ends(["uitstijgt", "boven"]) || ends(["overschrijdt"])
    {
      return .gt
    }
    if ends(["minder", "dan"]) || ends(["lager", "dan"]) || ends(["kleiner", "dan"]) || ends(["onder"]) || ends(["beneden"])
      || ends(["minder", "waard", "dan"]) || ends(["lagere", "waarde", "dan"])
    {
      return .lt
    }
    if ends(["maximaal"], skipping: ["een", "waarde", "van", "bedrag", "totaal", "de", "het"]) || ends(["ten", "hoogste"])
      || ends(["hooguit"]) || ends(["hoogstens"]) || ends(["maximum", "van"]) || ends(["maximum"]) || ends(["max"])
      || ends(["tot", "maximaal"]) || ends(["niet", "meer", "dan"])
    {
      return .le
    }
    if ends(["vanaf"]) || ends(["ten", "minste"]) || ends(["tenminste"]) || ends(["minimaal"]) || ends(["minstens"])
      || ends(["minimum", "van"])
    {
      return .ge
    }
    if ends(["tot"]) || ends(["tot", "een", "waarde", "van"]) { return .lt }
    return .eq
  }

  static let units: [String: PeriodUnit] = [
    "jaar": .jaar, "jaren": .jaar, "maand": .maand, "maanden": .maand, "week": .week, "weken": .week, "dag": .dag,
    "dagen": .dag, "kalenderdag": .dag, "kalenderdagen": .dag, "werkdag": .werkdag, "werkdagen": .werkdag, "uur": .uur,
    "uren": .uur, "kwartaal": .maand, "kwartalen": .maand, "halfjaar": .maand,
  ]
  /// Adverbs of frequency: `jaarlijks` is once a year.
  static let frequencyWords: [String: (Double, PeriodUnit)] = [
    "jaarlijks": (1, .jaar), "jaarlijkse": (1, .jaar), "tweejaarlijks": (2, .jaar), "tweejaarlijkse": (2, .jaar),
    "halfjaarlijks": (6, .maand), "halfjaarlijkse": (6, .maand), "maandelijks": (1, .maand), "maandelijkse": (1, .maand),
    "wekelijks": (1, .week), "wekelijkse": (1, .week), "dagelijks": (1, .dag), "dagelijkse": (1, .dag),
    "driemaandelijks": (3, .maand), "driemaandelijkse": (3, .maand), "kwartaalsgewijs": (3, .maand),
  ]

  /// Words after which `dagelijks(e)` is an adjective of a noun ("je dagelijkse werk").
  static let attributiveBefore: Set<String> = [
    "de", "het", "een", "je", "jouw", "uw", "zijn", "haar", "hun", "ons", "onze", "mijn", "dit", "deze", "dat", "die",
  ]

  /// `16.00`, `9:30`: hours and minutes.
  static func isClockTime(_ text: String) -> Bool {
    let parts = text.split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      let h = Int(parts[0]), let m = Int(parts[1])
    else { return false }
    return h < 24 && m < 60
  }

  /// The periods in `tokens`.
  func periods(_ tokens: [Token], _ place: (Int, Int) -> (String, SourceRange)) -> [Period] {
    var out: [Period] = []
    var k = 0
    while k < tokens.count {
      let t = tokens[k]
      if let (v, unit) = Self.frequencyWords[t.text] {
        // "je dagelijks functioneren", "uw dagelijkse werkzaamheden", "het dagelijks bestuur":
        // after a determiner or possessive, dagelijks is "everyday", not a frequency.
        if t.text.hasPrefix("dagelijks"), k > 0, Self.attributiveBefore.contains(tokens[k - 1].text) {
          k += 1
          continue
        }
        let (written, range) = place(k, k + 1)
        out.append(Period(value: v, unit: unit, kind: .frequentie, written: written, range: range))
        k += 1
        continue
      }
      // "per kwartaal", "ieder kwartaal", "per jaar" without a number: once per unit.
      if ["per", "elk", "elke", "ieder", "iedere"].contains(t.text), k + 1 < tokens.count,
        let unit = Self.units[tokens[k + 1].text],
        !(k > 0 && number(at: k - 1, in: tokens) != nil)
      {
        let quarter = tokens[k + 1].text.hasPrefix("kwarta")
        // "eenmaal per jaar", "twee keer per jaar": a frequency of the unit.
        let (written, range) = place(k, k + 2)
        out.append(Period(value: quarter ? 3 : 1, unit: unit, kind: .frequentie, written: written, range: range))
        k += 2
        continue
      }
      guard t.kind == .number || t.kind == .word, let n = number(at: k, in: tokens), k + n.length < tokens.count,
        let unit = Self.units[tokens[k + n.length].text]
      else {
        k += 1
        continue
      }
      let unitWord = tokens[k + n.length].text
      // A time of day: "16.00 uur", "om 9 uur".
      if unit == .uur && (Self.isClockTime(t.text) || k > 0 && tokens[k - 1].text == "om") {
        k += n.length + 1
        continue
      }
      // `een` counts only as "one" before a unit; ages (`18 jaar oud`) and dates are no periods.
      let after = k + n.length + 1 < tokens.count ? tokens[k + n.length + 1].text : ""
      if after == "oud" || after == "of" && k + n.length + 2 < tokens.count && tokens[k + n.length + 2].text == "ouder" {
        k += n.length + 1
        continue
      }
      var value = n.value
      var u = unit
      if unitWord.hasPrefix("kwarta") { value *= 3 }
      if unitWord == "halfjaar" {
        value *= 6
        u = .maand
      }
      let (written, range) = place(k, k + n.length + 1)
      out.append(
        Period(value: value, unit: u, kind: kind(before: k, after: k + n.length + 1, in: tokens), written: written, range: range))
      k += n.length + 1
    }
    return out
  }

  /// What a period means from the words around it.
  func kind(before k: Int, after end: Int, in tokens: [Token]) -> PeriodKind {
    let before = tokens[max(0, k - 4)..<k].map(\.text)
    let previous = before.last ?? ""
    let after = tokens[end..<min(tokens.count, end + 2)].map(\.text)
    if ["elke", "iedere", "ieder", "elk", "om", "per"].contains(previous) || before.suffix(2) == ["om", "de"]
      || before.suffix(2) == ["eens", "per"] || before.suffix(2) == ["keer", "per"] || before.suffix(2) == ["maal", "per"]
      || before.contains("eenmaal") && previous == "per"
    {
      return .frequentie
    }
    if ["binnen", "uiterlijk", "uiterst", "tijdig", "termijn"].contains(previous) || before.suffix(2) == ["niet", "later"]
      || before.suffix(3) == ["in", "ieder", "geval"] || before.suffix(2) == ["ten", "laatste"]
    {
      return .binnen
    }
    if after.first == "voor" && after.dropFirst().first.map({ ["aanvang", "het", "de", "afloop"].contains($0) }) ?? false {
      return .binnen
    }
    if before.contains("binnen") || before.contains("uiterlijk") { return .binnen }
    return .termijn
  }
}
