import AmbtModel

/// To whom one reports, and whose consent counts.
struct RolesReader {
  let lexicon: Lexicon
  let words: [String]

  static let recipientPrepositions: Set<String> = ["bij", "aan", "met", "tot", "naar", "via"]
  static let fillers: Set<String> = [
    "de", "het", "een", "je", "jouw", "uw", "zijn", "haar", "hun", "direct", "directe", "naast", "hogere", "eigen", "betrokken",
    "desbetreffende", "betreffende", "vooraf", "tijdig", "altijd", "schriftelijk", "onmiddellijk", "direct", "zo", "snel",
    "mogelijk", "eerst", "ook", "dan", "daarvan", "hiervan", "dit", "dat", "gemeentelijke", "interne", "externe",
    "onafhankelijke",
  ]

  /// Roles bound to a recipient preposition in a clause that reports, consults or asks, and
  /// the roles listed after them (`bij je leidinggevende, de vertrouwenspersoon of …`).
  func recipients(clauses: [Clause]) -> [String] {
    let reader = ClauseReader(lexicon: lexicon, words: words, kinds: [])
    var found: [String] = []
    let consent = Set(consentGivers(withSubjects: false))
    for c in clauses
    where reader.reports(c.indices)
      || c.indices.contains(where: { ["overleg", "samenspraak", "afstemming", "melding", "meldpunt"].contains(words[$0]) })
    {
      let indices = c.indices
      var n = 0
      while n < indices.count {
        let w = words[indices[n]]
        guard Self.recipientPrepositions.contains(w) else {
          n += 1
          continue
        }
        // "toestemming aan … vragen": consent, not a report.
        if n > 0 && lexicon.consentNouns.contains(words[indices[n - 1]]) {
          n += 1
          continue
        }
        var j = n + 1
        var progressed = false
        while j < indices.count {
          while j < indices.count && Self.fillers.contains(words[indices[j]]) { j += 1 }
          guard j < indices.count, let (id, len) = lexicon.role(at: indices[j], in: words) else { break }
          if !found.contains(id) && !(consent.contains(id) && w == "aan") { found.append(id) }
          j += len
          progressed = true
          while j < indices.count && [",", "of", "en", "en/of", "dan", "wel"].contains(words[indices[j]]) { j += 1 }
        }
        n = progressed ? j : n + 1
      }
    }
    return found.filter { $0 != "medewerker" }
  }

  /// Roles whose consent is asked or given.
  func consentGivers(withSubjects: Bool = true) -> [String] {
    var found: [String] = []
    func add(_ id: String) { if !found.contains(id) && id != "medewerker" { found.append(id) } }
    for (k, w) in words.enumerated() where lexicon.consentNouns.contains(w) || w == "toestemming" || w == "goedkeuring" {
      // "toestemming van (je) X", "toestemming aan/bij X (vragen)".
      var j = k + 1
      if j < words.count, ["van", "aan", "bij"].contains(words[j]) {
        j += 1
        while j < words.count && RolesReader.fillers.contains(words[j]) { j += 1 }
        while j < words.count, let (id, len) = lexicon.role(at: j, in: words) {
          add(id)
          j += len
          while j < words.count && [",", "of", "en", "en/of"].contains(words[j])
            || j < words.count && RolesReader.fillers.contains(words[j])
          { j += 1 }
        }
      }
      // "X geeft toestemming", "als je leidinggevende toestemming geeft".
      if withSubjects {
        var b = k - 1
        while b >= max(0, k - 4) {
          if ["geeft", "geven", "verleent", "verlenen", "gegeven", "verleend", "geef"].contains(words[b]) || b == k - 1 {
            var r = b
            while r >= max(0, k - 6) {
              if let (id, _) = lexicon.role(at: r, in: words), r < k { add(id); break }
              r -= 1
            }
            break
          }
          b -= 1
        }
      }
    }
    // "met instemming van", "na akkoord van" are in the consent nouns; "X stemt in", "X keurt goed".
    for (k, _) in words.enumerated() where withSubjects {
      if let (id, len) = lexicon.role(at: k, in: words), k + len + 1 < words.count + 1 {
        let rest = words[(k + len)..<min(words.count, k + len + 3)]
        if rest.contains("stemt") && rest.contains("in") || rest.contains("keurt") && rest.contains("goed") { add(id) }
      }
    }
    return found
  }
}

/// The topics a sentence is about, from the lexicon's terms.
struct TopicReader {
  let lexicon: Lexicon

  func topics(_ words: [String]) -> [String] {
    let ws = words.filter { !$0.isEmpty }
    var scores = [Int](repeating: 0, count: lexicon.topicTerms.count)
    var any = false
    for (i, w) in ws.enumerated() {
      // Terms that start at this word.
      if let list = lexicon.topicTermsByStart[String(w.prefix(3))] {
        for (topic, term) in list where matches(term, at: i, in: ws) {
          scores[topic] += 1
          any = true
        }
      }
      // The word as the head of a compound: `eindejaarsgeschenk` ends in `geschenk`.
      guard w.utf8.count > 5 else { continue }
      var counted: [Int] = []
      for drop in [0, 2, 1] {
        let stem = w.utf8.dropLast(drop)
        guard stem.count >= 5, let list = lexicon.topicTermsByEnd[String(decoding: stem.suffix(3), as: UTF8.self)] else {
          continue
        }
        for (topic, term) in list
        where stem.count > term.utf8.count && stem.suffix(term.utf8.count).elementsEqual(term.utf8) && !counted.contains(topic) {
          scores[topic] += 1
          counted.append(topic)
          any = true
        }
      }
    }
    guard any else { return [] }
    let best = scores.max() ?? 0
    return scores.indices.filter { scores[$0] > 0 && scores[$0] * 2 >= best }
      .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(3).map { lexicon.topicTerms[$0].id }
  }

  /// Whether `term` occurs at word `i`: its last word whole (`~`: with an inflection ending),
  /// exact (`=`), or as a word start; earlier words exact.
  func matches(_ term: [String], at i: Int, in words: [String]) -> Bool {
    guard i + term.count <= words.count, let last = term.last else { return false }
    for (k, t) in term.enumerated() {
      let w = words[i + k]
      if k < term.count - 1 {
        if w != t { return false }
        continue
      }
      if last.hasSuffix("~") {
        let stem = String(last.dropLast())
        return w == stem || ["s", "n", "en", "e", "'s"].contains { w == stem + $0 }
      } else if last.hasSuffix("=") {
        return w == String(last.dropLast())
      }
      return w.hasPrefix(t)
    }
    return true
  }

  /// Occurrences of a term: its last word whole (`~`: with an inflection), exact (`=`), or as a
  /// word start; earlier words exact.
  func count(_ term: [String], in words: [String]) -> Int {
    guard let last = term.last, !words.isEmpty, words.count >= term.count else { return 0 }
    var n = 0
    for i in 0...(words.count - term.count) {
      var ok = true
      for (k, t) in term.enumerated() {
        let w = words[i + k]
        if k < term.count - 1 {
          if w != t { ok = false; break }
          continue
        }
        if last.hasSuffix("~") {
          let stem = String(last.dropLast())
          ok = w == stem || ["s", "n", "en", "e", "'s"].contains { w == stem + $0 }
        } else if last.hasSuffix("=") {
          ok = w == String(last.dropLast())
        } else {
          // A word start, or the head of a compound (`eindejaarsgeschenk`, `kerstpakket`).
          ok = w.hasPrefix(t) || term.count == 1 && t.count >= 5 && ["", "en", "s", "n", "e"].contains { w.hasSuffix(t + $0) }
        }
      }
      if ok { n += 1 }
    }
    return n
  }
}

/// When a norm applies, measured against the employment.
enum TemporalReader {
  static let employment: Set<String> = [
    "dienstverband", "aanstelling", "arbeidsovereenkomst", "dienstbetrekking", "arbeidsrelatie", "dienst", "functie",
    "werkzaamheden", "contract", "inhuur", "opdracht",
  ]

  static func scope(_ words: [String]) -> TemporalScope? {
    var during = false
    var after = false
    var also = false
    var endsWithIt = false
    for (k, w) in words.enumerated() {
      let window = words[(k + 1)..<min(words.count, k + 9)]
      switch w {
      case "tijdens", "gedurende":
        // "gedurende een jaar na het einde van het dienstverband" is a period after it.
        let upTo = window.prefix { $0 != "na" && $0 != "," }
        if upTo.contains(where: { employment.contains($0) && $0 != "functie" && $0 != "werkzaamheden" }) { during = true }
      case "zolang":
        if window.contains("dienst") || window.contains("werkt") || window.contains("werkzaam")
          || window.contains(where: { employment.contains($0) })
        {
          during = true
        }
      case "na", "nadat", "na-":
        // "na het einde van het dienstverband", "na beëindiging daarvan" (pointing back to it).
        let ending =
          window.prefix(3).contains { ["einde", "beeindiging", "afloop"].contains($0) }
          && window.contains { employment.contains($0) || ["daarvan", "ervan", "hiervan", "daarna"].contains($0) }
        if ending
          || window.prefix(3).contains(where: {
            ["uitdiensttreding", "vertrek", "ontslag", "pensionering", "dienstverband", "aanstelling"].contains($0)
          })
          || window.prefix(3).contains("uit") && window.contains("dienst")
        {
          after = true
        }
        if k > 0 && words[k - 1] == "ook" { also = true }
      case "uitdiensttreding", "gewezen", "oud-medewerker", "oud-medewerkers", "ex-medewerker", "ex-medewerkers", "oud-collega",
        "oud-collega's":
        after = true
      case "daarna", "nadien", "hierna":
        if k > 0 && (words[k - 1] == "ook" || words[max(0, k - 2)] == "ook") { also = true }
      case "ook":
        if window.prefix(3).contains("na") || window.prefix(2).contains("daarna") || window.prefix(2).contains("nadien") {
          also = true
        }
      case "blijft", "blijven":
        if window.contains("na") || window.contains("gelden") && words.contains("na") { also = true }
      case "tot":
        if window.prefix(3).contains("einde") && window.contains(where: { employment.contains($0) }) { during = true }
      case "duur":
        // "voor de duur van het dienstverband".
        if window.prefix(4).contains(where: { employment.contains($0) }) { during = true }
      case "vervalt", "vervallen", "eindigt", "eindigen", "stopt", "stoppen", "ophoudt", "loopt":
        // "de plicht vervalt bij het einde van het dienstverband": it ends with the employment.
        if window.contains(where: { ["einde", "beeindiging", "uitdiensttreding", "vertrek", "ontslag"].contains($0) }) {
          endsWithIt = true
        }
      default:
        break
      }
    }
    if also && (after || during || endsWithIt) { return .tijdensEnNa }
    if endsWithIt { return .tijdens }
    if during && after { return .tijdensEnNa }
    if after { return .na }
    if during { return .tijdens }
    return nil
  }
}

/// References in running text to articles and leden of the same code.
struct TextReferences {
  let lexicon: Lexicon

  static let lawWords = [
    "wet", "besluit", "cao", "car", "reglement", "wetboek", "grondwet", "verordening", "avg", "awb", "bw", "regeling", "protocol",
    "richtlijn", "statuut", "verdrag", "uwo", "lluwo", "arar", "wetsvoorstel",
  ]

  func isNumber(_ t: Token) -> Bool {
    t.kind == .number && t.text.first.map(\.isNumber) == true && !t.text.contains(",")
      || t.kind == .word && t.text.first.map(\.isNumber) == true && t.text.count <= 5
        && t.text.dropFirst().allSatisfy { $0.isNumber || $0.isLetter }
        && !t.text.hasSuffix("ter") && !t.text.contains("quater") && !t.text.contains("quinquies")
  }

  /// Whether a law is named right after `k` (`van de Ambtenarenwet`, `Gemeentewet`).
  func lawFollows(_ k: Int, _ tokens: [Token]) -> Bool {
    let window = tokens[k..<min(tokens.count, k + 12)]
    for (n, t) in window.enumerated() {
      // "van deze gedragscode": the code itself.
      if t.text == "deze" || t.text == "dit" && n < 3 { return false }
      if Self.lawWords.contains(where: { t.text == $0 || t.text.hasSuffix($0) && t.text.count > $0.count + 2 }) { return true }
      if t.text == "." || t.text == ";" { break }
    }
    return false
  }

  func find(_ tokens: [Token], _ place: (Int, Int) -> (String, SourceRange)) -> [TextReference] {
    var out: [TextReference] = []
    var k = 0
    while k < tokens.count {
      let w = tokens[k].text
      // "het vorige lid", "het eerste lid", "lid 2".
      if w == "lid" || w == "leden" {
        if k > 0, ["vorige", "voorgaande", "eerste", "tweede", "derde", "vierde", "volgende"].contains(tokens[k - 1].text),
          !lawFollows(k, tokens)
        {
          out.append(TextReference(text: tokens[k - 1].text + " lid", article: nil, range: place(k - 1, k + 1).1))
          k += 1
          continue
        }
        if k + 1 < tokens.count, isNumber(tokens[k + 1]), !(k > 0 && isNumber(tokens[k - 1])), !lawFollows(k, tokens),
          !(k > 1 && ["artikel", "art"].contains(tokens[k - 2].text))
        {
          out.append(TextReference(text: "lid " + tokens[k + 1].text, article: nil, range: place(k, k + 2).1))
          k += 2
          continue
        }
      }
      // "in 7.4", "omschreven in 7.4": a dotted number after `in` is a rule number too.
      let dottedAfterIn =
        w == "in" && k + 1 < tokens.count && tokens[k + 1].kind == .number && tokens[k + 1].text.contains(".")
        && !(QuantityReader.figure(tokens[k + 1].text).map { $0 >= 1000 } ?? false)
      let opener =
        ["artikel", "artikelen", "art", "zie", "onder", "regel", "regels", "paragraaf", "bepaling"].contains(w) || dottedAfterIn
      guard opener, k + 1 < tokens.count else {
        k += 1
        continue
      }
      var j = k + 1
      if j < tokens.count && tokens[j].text == "." { j += 1 }
      guard j < tokens.count, isNumber(tokens[j]) else {
        k += 1
        continue
      }
      // "onder 2 jaar", "artikel 3 lid 2 van de Ambtenarenwet".
      if j + 1 < tokens.count, QuantityReader.units[tokens[j + 1].text] != nil || tokens[j + 1].text == "euro" {
        k = j + 1
        continue
      }
      if w == "onder" && !tokens[j].text.contains(".") {
        k = j + 1
        continue
      }
      if lawFollows(j + 1, tokens) {
        k = j + 1
        continue
      }
      let first = tokens[j].text
      var through: String?
      var end = j + 1
      if end < tokens.count && (tokens[end].text == "t/m" || tokens[end].text == "tm") && end + 1 < tokens.count
        && isNumber(tokens[end + 1])
      {
        through = tokens[end + 1].text
        end += 2
      } else if end + 3 < tokens.count && tokens[end].text == "tot" && tokens[end + 1].text == "en"
        && tokens[end + 2].text == "met"
        && isNumber(tokens[end + 3])
      {
        through = tokens[end + 3].text
        end += 4
      }
      let text = through.map { "\(first) t/m \($0)" } ?? first
      out.append(TextReference(text: text, article: first, through: through, range: place(k, end).1))
      // "artikel 3 en 4", "artikelen 3, 4 en 5".
      var m = end
      while m + 1 < tokens.count && (tokens[m].text == "en" || tokens[m].text == "," || tokens[m].text == "of")
        && isNumber(tokens[m + 1])
      {
        out.append(TextReference(text: tokens[m + 1].text, article: tokens[m + 1].text, range: place(m + 1, m + 2).1))
        m += 2
      }
      k = m
    }
    return out
  }
}
